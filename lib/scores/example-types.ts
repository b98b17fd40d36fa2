import type { EvaluatorField } from "./evaluator-fields";
import type { ScoreDetailJson } from "./score-detail";

/**
 * Example requests that read and update one score through each API surface, as copyable curl
 * commands. Each surface addresses the score the way its own routes do; where a surface cannot
 * (Langfuse has no JSON type, no partial update), the example says why instead of showing a
 * request that would fail or change more than it says. lib/api/example-requests.db.test.ts
 * runs every command against the route handlers. These are the types every surface's builder
 * shares; each vendor's builder lives in its dialect folder.
 */
export type Surface = "native" | "langfuse" | "respan" | "futureagi";

export type ExampleRequest = { title: string; command: string; note?: string };
export type Unavailable = { title: string; reason: string };
export type SurfaceExamples = {
  surface: Surface;
  label: string;
  read: ExampleRequest | Unavailable;
  update: ExampleRequest | Unavailable;
};

/** The new value and comment the update examples send; by default the score's current ones. */
export type ScoreEdit = { value: unknown; comment: string | null };

export type ExampleScore = Pick<
  ScoreDetailJson,
  | "id"
  | "name"
  | "dataType"
  | "value"
  | "source"
  | "traceId"
  | "observationId"
  | "observationType"
  | "sessionId"
  | "experimentId"
  | "environment"
  | "configId"
  | "authorUserId"
  | "authorLabel"
  | "queueId"
  | "queueItemId"
  | "comment"
  | "metadata"
  | EvaluatorField
  | "updatedAt"
> & { config: Pick<NonNullable<ScoreDetailJson["config"]>, "dataType" | "widget"> | null };

export const isAvailable = (example: ExampleRequest | Unavailable): example is ExampleRequest =>
  "command" in example;

/** The version `If-Match` names: the ETag the score's GET answers (its updatedAt in milliseconds). */
export const etagOfScore = (score: Pick<ExampleScore, "updatedAt">) => `"${Date.parse(score.updatedAt)}"`;

export type ExampleContext = { base: string; id: string; score: ExampleScore; edit: ScoreEdit };

export const IF_MATCH_NOTE =
  "If-Match names the version shown here; if the score changed since, the answer is 412 and nothing is written.";
