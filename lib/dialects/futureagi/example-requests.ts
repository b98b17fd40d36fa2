import { PUBLIC_KEY_VAR, renderCurl, SECRET_KEY_VAR } from "@/lib/scores/example-curl";
import type { ExampleContext, SurfaceExamples } from "@/lib/scores/example-types";
import { labelTypeOf, type LabelType } from "./label-types";

/** The value in the shape FutureAGI's label type takes it. */
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

/** Read and update examples for one score in FutureAGI's API (lib/api/example-requests.ts). */
export function futureAgiExamples({ base, id, score, edit }: ExampleContext): SurfaceExamples {
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
