import { describe, expect, it } from "vitest";
import { memberRoles } from "@/db/schema/enums";
import { mayEditScore, scoreEditVerdict } from "./score-edit-rule";

const mine = { authorUserId: "u1" };
const theirs = { authorUserId: "u2" };
const nobodys = { authorUserId: null };

describe("who may edit a score", () => {
  it("lets members, admins and owners edit any score, authored or not", () => {
    for (const role of ["member", "admin", "owner"] as const) {
      for (const score of [mine, theirs, nobodys]) {
        expect(mayEditScore({ role, userId: "u1" }, score), `${role}`).toBe(true);
      }
    }
  });

  it("lets an annotator edit only the scores they authored", () => {
    const annotator = { role: "annotator", userId: "u1" } as const;
    expect(mayEditScore(annotator, mine)).toBe(true);
    expect(scoreEditVerdict(annotator, theirs)).toBe("not-the-author");
    expect(scoreEditVerdict(annotator, nobodys)).toBe("not-the-author");
  });

  it("never matches a missing user id to a score without author", () => {
    expect(scoreEditVerdict({ role: "annotator", userId: null }, nobodys)).toBe("not-the-author");
  });

  it("lets a viewer edit nothing, not even a score that names them as author", () => {
    expect(scoreEditVerdict({ role: "viewer", userId: "u1" }, mine)).toBe("role-may-not-write");
    expect(mayEditScore({ role: "viewer", userId: "u1" }, nobodys)).toBe(false);
  });

  it("decides for every role", () => {
    const allowedOnOthers = memberRoles.filter((role) => mayEditScore({ role, userId: "u1" }, theirs));
    expect(allowedOnOthers).toEqual(["owner", "admin", "member"]);
  });
});
