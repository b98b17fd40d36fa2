import { describe, expect, it } from "vitest";
import { noEvaluatorFields } from "@/lib/scores/evaluator-fields";
import { quoteShellWord } from "@/lib/scores/example-curl";
import {
  buildExampleRequests,
  isAvailable,
  type ExampleScore,
  type SurfaceExamples,
} from "./example-requests";

/**
 * The builder's choices, without a database: which credentials each surface sends, where the
 * score's id goes, and why a surface declines. That the commands work is proven by
 * example-requests.db.test.ts, which runs them.
 */
const score: ExampleScore = {
  id: "s 1/'x'",
  name: "quality",
  dataType: "NUMERIC",
  value: 7,
  source: "API",
  traceId: "trace-1",
  observationId: null,
  observationType: null,
  sessionId: null,
  experimentId: null,
  environment: "default",
  configId: "cfg-quality",
  config: { dataType: "NUMERIC", widget: "numeric" },
  authorUserId: null,
  authorLabel: null,
  queueId: null,
  queueItemId: null,
  comment: "ok",
  metadata: { a: 1 },
  ...noEvaluatorFields,
  updatedAt: "2026-06-01T00:00:00.000Z",
};

const build = (fields: Partial<ExampleScore> = {}) =>
  buildExampleRequests({ baseUrl: "https://scorelens.example.com/", score: { ...score, ...fields } });
const bySurface = (examples: SurfaceExamples[]) =>
  Object.fromEntries(examples.map((example) => [example.surface, example]));
const commandOf = (example: SurfaceExamples["read"]) => (isAvailable(example) ? example.command : "");

describe("buildExampleRequests", () => {
  it("addresses the score by its encoded id on every surface, with each surface's own credentials", () => {
    const { native, langfuse, respan, futureagi } = bySurface(build());
    const url = (path: string) => quoteShellWord(`https://scorelens.example.com${path}`);
    const id = encodeURIComponent(score.id);
    expect(id).toBe("s%201%2F'x'");
    expect(commandOf(native.read)).toBe(
      `curl ${url(`/api/v1/scores/${id}`)} \\\n  -u "$SCORELENS_PUBLIC_KEY:$SCORELENS_SECRET_KEY"`,
    );
    expect(commandOf(langfuse.read)).toBe(
      `curl ${url(`/api/public/v2/scores/${id}`)} \\\n  -u "$SCORELENS_PUBLIC_KEY:$SCORELENS_SECRET_KEY"`,
    );
    expect(commandOf(respan.read)).toBe(
      `curl ${url(`/api/scores/${id}/`)} \\\n  -H "Authorization: Bearer $SCORELENS_SECRET_KEY"`,
    );
    expect(commandOf(futureagi.read)).toContain('-H "X-Api-Key: $SCORELENS_PUBLIC_KEY"');
    expect(commandOf(futureagi.read)).toContain('-H "X-Secret-Key: $SCORELENS_SECRET_KEY"');
  });

  it("guards the native and Respan updates with the score's ETag and sends the current value by default", () => {
    const { native, respan } = bySurface(build());
    expect(commandOf(native.update)).toContain(`-H 'If-Match: "${Date.parse(score.updatedAt)}"'`);
    expect(commandOf(native.update)).toContain(`--data-raw '{"value":7,"comment":"ok"}'`);
    expect(commandOf(respan.update)).toContain(`--data-raw '{"numerical_value":7,"string_value":"ok"}'`);
  });

  it("re-creates through Langfuse with every field it can carry", () => {
    const { langfuse } = bySurface(build());
    const command = commandOf(langfuse.update);
    expect(command).toContain("curl -X POST https://scorelens.example.com/api/public/scores \\\n");
    expect(command).toContain(`"id":"s 1/'\\''x'\\''"`);
    expect(command).toContain('"configId":"cfg-quality"');
    expect(command).toContain('"metadata":{"a":1}');
  });

  it("says in one line why Langfuse cannot update, naming every obstacle", () => {
    const { langfuse } = bySurface(
      build({ source: "EVAL", authorUserId: "u1", cost: 0.1, sessionId: "sess-1" }),
    );
    expect(isAvailable(langfuse.update)).toBe(false);
    const reason = (langfuse.update as { reason: string }).reason;
    expect(reason).not.toContain("\n");
    expect(reason).toMatch(/author.*source EVAL.*\(cost\).*exactly one trace, session or dataset run/);
    expect(reason).toMatch(/native PATCH/);
  });

  it("does not show JSON scores in Langfuse, and gives them a JSON string in Respan", () => {
    const json = build({ dataType: "JSON", value: { a: "it's" }, config: null, configId: null });
    const { langfuse, respan, futureagi } = bySurface(json);
    expect(isAvailable(langfuse.read)).toBe(false);
    expect(commandOf(respan.update)).toContain(
      `'{"json_value":"{\\"a\\":\\"it'\\''s\\"}","string_value":"ok"}'`,
    );
    expect(commandOf(futureagi.update)).toContain(`{"value":{"json":{"a":"it'\\''s"}},"notes":"ok"}`);
  });

  it("tells that Respan changes a text score's value but not its comment", () => {
    const { respan } = bySurface(build({ dataType: "TEXT", value: "hi", config: null, configId: null }));
    expect(respan.update).toMatchObject({ title: "Change its value" });
    expect(commandOf(respan.update)).toContain(`'{"string_value":"hi"}'`);
    expect((respan.update as { note: string }).note).toMatch(/cannot change its comment/);
  });

  it("shapes FutureAGI values by the label type: stars, thumbs and categories", () => {
    const stars = bySurface(build({ config: { dataType: "NUMERIC", widget: "star" }, value: 4 }));
    expect(commandOf(stars.futureagi.update)).toContain('{"value":{"rating":4},"notes":"ok"}');
    const thumbs = bySurface(
      build({ dataType: "BOOLEAN", value: false, config: { dataType: "BOOLEAN", widget: "thumbs" } }),
    );
    expect(commandOf(thumbs.futureagi.update)).toContain('{"value":{"value":"down"},"notes":"ok"}');
    const tags = bySurface(build({ dataType: "CATEGORICAL", value: "bug", config: null, configId: null }));
    expect(commandOf(tags.futureagi.update)).toContain('{"value":{"selected":["bug"]},"notes":"ok"}');
    expect(commandOf(tags.respan.update)).toContain('{"categorical_value":["bug"],"string_value":"ok"}');
  });
});
