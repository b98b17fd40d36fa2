import type { ScoreDataType } from "@/db/schema/enums";
import { labelTypeOf, type LabelType } from "@/lib/dialects/futureagi/label-types";
import type { EvaluatorField } from "./evaluator-fields";
import { bearerSecret, PUBLIC_KEY_VAR, renderCurl, SECRET_KEY_VAR } from "./example-curl";
import { langfuseUpsertBlockers, langfuseValueOf } from "./example-langfuse";
import type { ScoreDetailJson } from "./score-detail";

/**
 * Example requests that read and update one score through each API surface, as copyable curl
 * commands. Each surface addresses the score the way its own routes do; where a surface cannot
 * (Langfuse has no JSON type, no partial update), the example says why instead of showing a
 * request that would fail or change more than it says. lib/scores/example-requests.db.test.ts
 * runs every command against the route handlers.
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

type Context = { base: string; id: string; score: ExampleScore; edit: ScoreEdit };

const IF_MATCH_NOTE =
  "If-Match names the version shown here; if the score changed since, the answer is 412 and nothing is written.";

function nativeExamples({ base, id, score, edit }: Context): SurfaceExamples {
  const url = `${base}/api/v1/scores/${id}`;
  return {
    surface: "native",
    label: "Native /api/v1",
    read: { title: "Read this score", command: renderCurl({ method: "GET", url, auth: { kind: "basic" } }) },
    update: {
      title: "Change its value and comment",
      command: renderCurl({
        method: "PATCH",
        url,
        auth: { kind: "basic" },
        headers: { "If-Match": etagOfScore(score) },
        body: { value: edit.value, comment: edit.comment },
      }),
      note: IF_MATCH_NOTE,
    },
  };
}

function langfuseExamples({ base, id, score, edit }: Context): SurfaceExamples {
  const label = "Langfuse";
  if (score.dataType === "JSON") {
    const reason = "Langfuse has no JSON data type, so its API does not show JSON scores.";
    return {
      surface: "langfuse",
      label,
      read: { title: "Read this score", reason },
      update: { title: "Change its value and comment", reason },
    };
  }
  const read = {
    title: "Read this score",
    command: renderCurl({
      method: "GET",
      url: `${base}/api/public/v2/scores/${id}`,
      auth: { kind: "basic" },
    }),
  };
  const blockers = langfuseUpsertBlockers(score, edit);
  if (blockers.length > 0) {
    return {
      surface: "langfuse",
      label,
      read,
      update: {
        title: "Change its value and comment",
        reason: `Langfuse can only update by re-creating the score, and here ${blockers.join("; ")}. Use the native PATCH.`,
      },
    };
  }
  const body = {
    id: score.id,
    name: score.name,
    value: langfuseValueOf(score, edit.value),
    dataType: score.dataType,
    source: score.source,
    ...(score.configId ? { configId: score.configId } : {}),
    ...(score.traceId ? { traceId: score.traceId } : {}),
    ...(score.observationId ? { observationId: score.observationId } : {}),
    ...(score.sessionId ? { sessionId: score.sessionId } : {}),
    ...(score.experimentId ? { datasetRunId: score.experimentId } : {}),
    environment: score.environment,
    ...(score.queueId ? { queueId: score.queueId } : {}),
    ...(edit.comment === null ? {} : { comment: edit.comment }),
    ...(score.metadata === null ? {} : { metadata: score.metadata }),
  };
  return {
    surface: "langfuse",
    label,
    read,
    update: {
      title: "Change its value and comment",
      command: renderCurl({
        method: "POST",
        url: `${base}/api/public/scores`,
        auth: { kind: "basic" },
        body,
      }),
      note: "Langfuse has no update: a create with this score's id replaces it, so every field is sent again.",
    },
  };
}

/** Respan's value fields; the score's (or its evaluator's) data type picks the one that holds the value. */
const respanFieldOf: Record<ScoreDataType, string> = {
  NUMERIC: "numerical_value",
  BOOLEAN: "boolean_value",
  CATEGORICAL: "categorical_value",
  TEXT: "string_value",
  CORRECTION: "string_value",
  JSON: "json_value",
};

function respanValueOf(dataType: ScoreDataType, value: unknown): unknown {
  if (dataType === "CATEGORICAL") return Array.isArray(value) ? value : [value];
  if (dataType === "JSON") return JSON.stringify(value);
  return value;
}

function respanExamples({ base, id, score, edit }: Context): SurfaceExamples {
  const url = `${base}/api/scores/${id}/`;
  const auth = { kind: "headers", lines: [bearerSecret()] } as const;
  const dataType = score.config?.dataType ?? score.dataType;
  const field = respanFieldOf[dataType];
  const carriesComment = field !== "string_value";
  const body = {
    [field]: respanValueOf(dataType, edit.value),
    ...(carriesComment ? { string_value: edit.comment } : {}),
  };
  const note = carriesComment
    ? `string_value is the comment on a ${dataType.toLowerCase()} score. ${IF_MATCH_NOTE}`
    : `string_value is this text score's value, so Respan cannot change its comment (use the native PATCH). ${IF_MATCH_NOTE}`;
  return {
    surface: "respan",
    label: "Respan",
    read: { title: "Read this score", command: renderCurl({ method: "GET", url, auth }) },
    update: {
      title: carriesComment ? "Change its value and comment" : "Change its value",
      command: renderCurl({ method: "PATCH", url, auth, headers: { "If-Match": etagOfScore(score) }, body }),
      note,
    },
  };
}

function futureAgiValueOf(type: LabelType, value: unknown): Record<string, unknown> {
  switch (type) {
    case "numeric":
      return { value };
    case "star":
      return { rating: value };
    case "thumbs_up_down":
      return { value: value ? "up" : "down" };
    case "categorical":
      return { selected: Array.isArray(value) ? value : [value] };
    case "text":
      return { text: value };
    case "json":
      return { json: value };
  }
}

function futureAgiExamples({ base, id, score, edit }: Context): SurfaceExamples {
  const url = `${base}/model-hub/scores/${id}/`;
  const auth = {
    kind: "headers",
    lines: [`X-Api-Key: $${PUBLIC_KEY_VAR}`, `X-Secret-Key: $${SECRET_KEY_VAR}`],
  } as const;
  const type = labelTypeOf(score.dataType, score.config?.widget);
  const body = { value: futureAgiValueOf(type, edit.value), notes: edit.comment };
  return {
    surface: "futureagi",
    label: "FutureAGI",
    read: { title: "Read this score", command: renderCurl({ method: "GET", url, auth }) },
    update: {
      title: "Change its value and notes",
      command: renderCurl({ method: "PATCH", url, auth, body }),
      note: "FutureAGI has no If-Match: the last write wins.",
    },
  };
}

export function buildExampleRequests(input: {
  baseUrl: string;
  score: ExampleScore;
  edit?: ScoreEdit;
}): SurfaceExamples[] {
  const { score } = input;
  const context: Context = {
    base: input.baseUrl.replace(/\/+$/, ""),
    id: encodeURIComponent(score.id),
    score,
    edit: input.edit ?? { value: score.value, comment: score.comment },
  };
  return [nativeExamples, langfuseExamples, respanExamples, futureAgiExamples].map((build) => build(context));
}
