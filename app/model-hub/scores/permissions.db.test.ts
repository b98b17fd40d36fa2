import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { scores } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import { futureAgiHeaders, LABELS, PEOPLE, PROJECT, seedFutureAgi } from "@/lib/dialects/futureagi/test-seed";
import { DELETE as remove, GET as retrieve, PATCH as patch } from "./[id]/route";
import { POST as bulk } from "./bulk/route";
import { POST as create } from "./route";

/** Edits through real sessions: annotators change only their own scores; owner, admin and member any. */
type Person = keyof typeof PEOPLE;
type Score = { id: string; annotator: string | null; annotator_email: string | null; score_source: string };

const PASSWORD = "correct-horse-battery-staple";
const cookies = {} as Record<Person, Record<string, string>>;
const query = `?projectId=${PROJECT}`;

async function seed(db: Database) {
  await seedFutureAgi(db);
  for (const { id } of Object.values(PEOPLE)) {
    await createPerson(db, { email: `${id}@example.com`, password: PASSWORD, name: `Person ${id}` });
  }
}

const as = (who: Person | "apiKey") => (who === "apiKey" ? futureAgiHeaders() : cookies[who]);
const createAs = async (who: Person | "apiKey", body: Record<string, unknown>) =>
  callRoute(create, `/model-hub/scores/${query}`, { method: "POST", headers: as(who), body });
const patchAs = (who: Person | "apiKey", id: string, body: unknown) =>
  callRoute(patch, `/model-hub/scores/${id}/${query}`, {
    method: "PATCH",
    headers: as(who),
    body,
    params: { id },
  });
const scoreOf = (response: { body: unknown }) => (response.body as { result: Score }).result;

describeEachEngine(
  "FutureAGI edit permissions",
  (t) => {
    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      for (const [person, { id }] of Object.entries(PEOPLE)) {
        cookies[person as Person] = {
          cookie: await signIn({ email: `${id}@example.com`, password: PASSWORD }),
        };
      }
    });

    it("makes the signed-in annotator the annotator, one score each on the same label", async () => {
      const body = { source_type: "trace", source_id: "t-mine", label_id: LABELS.quality, value: 3 };
      const mine = scoreOf(await createAs("annotator", body));
      const theirs = scoreOf(await createAs("otherAnnotator", body));
      expect(mine).toMatchObject({
        annotator: PEOPLE.annotator.id,
        annotator_email: `${PEOPLE.annotator.id}@example.com`,
        score_source: "human",
      });
      expect(theirs.id).not.toBe(mine.id);
      expect(theirs.annotator).toBe(PEOPLE.otherAnnotator.id);
    });

    it("lets an annotator edit and delete only their own scores", async () => {
      const body = { source_type: "trace", source_id: "t-own", label_id: LABELS.stars, value: 2 };
      const { id } = scoreOf(await createAs("annotator", body));
      expect((await patchAs("annotator", id, { value: 4 })).status).toBe(200);
      const refused = await patchAs("otherAnnotator", id, { value: 1 });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        status: false,
        type: "permission_error",
        code: "permission_denied",
      });
      const params = { id };
      const path = `/model-hub/scores/${id}/${query}`;
      const deleteBy = (who: Person) =>
        callRoute(remove, path, { method: "DELETE", headers: as(who), params });
      expect((await deleteBy("otherAnnotator")).status).toBe(403);
      expect((await deleteBy("annotator")).status).toBe(200);
    });

    it("lets owner, admin and member edit anyone's score; a viewer only reads", async () => {
      const body = { source_type: "span", source_id: "o-any", label_id: LABELS.quality, value: 1 };
      const { id } = scoreOf(await createAs("annotator", body));
      let value = 1;
      for (const who of ["owner", "admin", "member", "apiKey"] as const) {
        value += 1;
        const response = await patchAs(who, id, { value });
        expect(response.status, who).toBe(200);
        expect(response.body).toMatchObject({ value: { value }, annotator: PEOPLE.annotator.id });
      }
      expect((await patchAs("viewer", id, { value: 9 })).status).toBe(403);
      const read = await callRoute(retrieve, `/model-hub/scores/${id}/${query}`, {
        headers: as("viewer"),
        params: { id },
      });
      expect(read.status).toBe(200);
      expect((await createAs("viewer", { ...body, source_id: "o-viewer" })).status).toBe(403);
    });

    it("keeps annotators to human scores; an owner may change an annotation's origin", async () => {
      const body = { source_type: "trace", source_id: "t-origin", label_id: LABELS.thumbs, value: "up" };
      const refused = await createAs("annotator", { ...body, score_source: "api" });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        details: { score_source: [expect.stringContaining("ANNOTATION")] },
      });
      const bulkRefused = await callRoute(bulk, `/model-hub/scores/bulk/${query}`, {
        method: "POST",
        headers: as("annotator"),
        body: {
          source_type: "trace",
          source_id: "t-origin",
          scores: [{ label_id: LABELS.thumbs, value: "up", score_source: "auto" }],
        },
      });
      expect(bulkRefused.status).toBe(403);

      const { id } = scoreOf(await createAs("annotator", body));
      expect((await patchAs("annotator", id, { score_source: "auto" })).status).toBe(403);
      const moved = await patchAs("owner", id, { score_source: "api" });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        score_source: "api",
        annotator: PEOPLE.annotator.id,
        value: { value: "up" },
      });
    });

    it("changes the origin of a score without an annotator only with an API key", async () => {
      const body = { source_type: "trace", source_id: "t-keyed", label_id: LABELS.quality, value: 5 };
      const { id } = scoreOf(await createAs("apiKey", body));
      const refused = await patchAs("owner", id, { score_source: "auto" });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ details: { score_source: [expect.stringContaining("API key")] } });
      const moved = await patchAs("apiKey", id, { score_source: "auto" });
      expect(moved.body).toMatchObject({ score_source: "auto", annotator: null });
    });

    it("changes the origin of a score another API reported under a scorer label, keeping the label", async () => {
      const body = { source_type: "trace", source_id: "t-scorer", label_id: LABELS.quality, value: 4 };
      const { id } = scoreOf(await createAs("apiKey", body));
      // As Respan stores a free-text scorer: no annotator, a label naming who scored.
      await t.handle.db.update(scores).set({ authorLabel: "gpt-judge" }).where(eq(scores.id, id));
      const moved = await patchAs("owner", id, { score_source: "human" });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        score_source: "human",
        annotator: null,
        annotator_name: "gpt-judge",
      });
      const [row] = await t.handle.db.select().from(scores).where(eq(scores.id, id));
      expect(row).toMatchObject({ source: "ANNOTATION", authorLabel: "gpt-judge", authorUserId: null });
    });
  },
  seed,
);
