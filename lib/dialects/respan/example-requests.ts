import type { ScoreDataType } from "@/db/schema/enums";
import { bearerSecret, renderCurl } from "@/lib/scores/example-curl";
import {
  etagOfScore,
  IF_MATCH_NOTE,
  type ExampleContext,
  type SurfaceExamples,
} from "@/lib/scores/example-types";
import { valueFieldOf } from "./value-fields";

/** The value as Respan's field for it takes it: categories as a list, JSON as text. */
function respanValueOf(dataType: ScoreDataType, value: unknown): unknown {
  if (dataType === "CATEGORICAL") return Array.isArray(value) ? value : [value];
  if (dataType === "JSON") return JSON.stringify(value);
  return value;
}

/** Read and update examples for one score in Respan's API (lib/api/example-requests.ts). */
export function respanExamples({ base, id, score, edit }: ExampleContext): SurfaceExamples {
  const url = `${base}/api/scores/${id}/`;
  const auth = { kind: "headers", lines: [bearerSecret()] } as const;
  const dataType = score.config?.dataType ?? score.dataType;
  const field = valueFieldOf[dataType];
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
