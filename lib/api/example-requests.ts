import { futureAgiExamples } from "@/lib/dialects/futureagi/example-requests";
import { langfuseExamples } from "@/lib/dialects/langfuse/example-requests";
import { respanExamples } from "@/lib/dialects/respan/example-requests";
import { renderCurl } from "@/lib/scores/example-curl";
import {
  etagOfScore,
  IF_MATCH_NOTE,
  type ExampleContext,
  type ExampleScore,
  type ScoreEdit,
  type SurfaceExamples,
} from "@/lib/scores/example-types";

export * from "@/lib/scores/example-types";

/** The native API's examples; each vendor's come from its dialect folder, and this file puts the four together. */
function nativeExamples({ base, id, score, edit }: ExampleContext): SurfaceExamples {
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

export function buildExampleRequests(input: {
  baseUrl: string;
  score: ExampleScore;
  edit?: ScoreEdit;
}): SurfaceExamples[] {
  const { score } = input;
  const context: ExampleContext = {
    base: input.baseUrl.replace(/\/+$/, ""),
    id: encodeURIComponent(score.id),
    score,
    edit: input.edit ?? { value: score.value, comment: score.comment },
  };
  return [nativeExamples, langfuseExamples, respanExamples, futureAgiExamples].map((build) => build(context));
}
