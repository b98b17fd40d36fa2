import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchLatestVersion, sendScorePatch } from "./use-score-edit";
import { ApiError } from "./use-score-list";

type Call = { url: string; init: RequestInit | undefined };

/** A fetch that answers by path, and records what was asked. */
function stubFetch(answers: Record<string, () => Response>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const path = new URL(url, "http://x").pathname;
    const answer = answers[path];
    return answer
      ? answer()
      : Response.json({ error: { code: "not_found", message: "nope" } }, { status: 404 });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe("sending a patch", () => {
  it("PATCHes only the patch, with If-Match and the project in the query string", async () => {
    const calls = stubFetch({ "/api/v1/scores/s%201": () => Response.json({ id: "s 1", value: 4 }) });
    await expect(sendScorePatch("p1", "s 1", { value: 4 }, "2026-03-01T10:00:00.000Z")).resolves.toEqual({
      id: "s 1",
      value: 4,
    });
    expect(calls[0].url).toBe("/api/v1/scores/s%201?projectId=p1");
    expect(calls[0].init?.method).toBe("PATCH");
    expect(calls[0].init?.body).toBe('{"value":4}');
    expect((calls[0].init?.headers as Record<string, string>)["if-match"]).toBe("2026-03-01T10:00:00.000Z");
  });

  it("turns the API's error into an ApiError with its status, code and message", async () => {
    stubFetch({
      "/api/v1/scores/s1": () =>
        Response.json(
          { error: { code: "precondition_failed", message: "Score s1 changed since you read it" } },
          { status: 412 },
        ),
    });
    const error = await sendScorePatch("p1", "s1", { comment: null }, "x").catch((caught) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 412,
      code: "precondition_failed",
      message: "Score s1 changed since you read it",
    });
  });

  it("says what failed when a proxy answers without the API's error shape", async () => {
    stubFetch({
      "/api/v1/scores/s1": () =>
        new Response("<html>down</html>", { status: 503, statusText: "Service Unavailable" }),
    });
    await expect(sendScorePatch("p1", "s1", { value: 1 }, "x")).rejects.toMatchObject({
      status: 503,
      message: "The server answered 503 Service Unavailable",
    });
  });
});

describe("the version that won a conflict", () => {
  const score = { id: "s1", value: 9, comment: "theirs", updatedAt: "2026-03-01T12:00:00.000Z" };
  const revision = (actorUserId: string | null, actorApiKeyId: string | null, createdAt: string) => ({
    id: createdAt,
    scoreId: "s1",
    action: "update",
    actorUserId,
    actorApiKeyId,
    before: null,
    after: null,
    createdAt,
  });

  it("names who made the latest revision and when", async () => {
    stubFetch({
      "/api/v1/scores/s1": () => Response.json(score),
      "/api/v1/scores/s1/revisions": () =>
        Response.json({
          data: [
            revision("u1", null, "2026-03-01T10:00:00.000Z"),
            revision("u2", null, "2026-03-01T12:00:00.001Z"),
          ],
        }),
      "/api/v1/members": () => Response.json({ data: [{ id: "u2", name: "Bo" }] }),
    });
    await expect(fetchLatestVersion("p1", "s1")).resolves.toEqual({
      score,
      changedBy: "Bo",
      changedAt: "2026-03-01T12:00:00.001Z",
    });
  });

  it("says an API key made it, and still shows the version when the history cannot be read", async () => {
    stubFetch({
      "/api/v1/scores/s1": () => Response.json(score),
      "/api/v1/scores/s1/revisions": () =>
        Response.json({ data: [revision(null, "k1", "2026-03-01T12:00:00.001Z")] }),
    });
    expect((await fetchLatestVersion("p1", "s1")).changedBy).toBe("an API key");
    stubFetch({ "/api/v1/scores/s1": () => Response.json(score) });
    await expect(fetchLatestVersion("p1", "s1")).resolves.toEqual({
      score,
      changedBy: "someone",
      changedAt: score.updatedAt,
    });
  });

  it("fails when the score itself cannot be read", async () => {
    stubFetch({});
    await expect(fetchLatestVersion("p1", "s1")).rejects.toMatchObject({ status: 404 });
  });
});
