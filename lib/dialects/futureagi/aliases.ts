import type { ScoreRow, ScoreSource, SubjectKind } from "@/db/schema";

/**
 * FutureAGI's spellings of "what was judged" and "who judged", mapped onto the canonical model.
 * Invariants: every accepted spelling maps to exactly one canonical value, and each stored value
 * is answered with one spelling (the documented one), so a score always reads back the same way.
 * The vendor's docs and code disagree on both enums; api-futureagi.md accepts both vocabularies.
 */
export const sourceTypeAliases = {
  trace: "trace",
  span: "observation",
  generation: "observation",
  observation_span: "observation",
  session: "session",
  trace_session: "session",
} as const satisfies Record<string, SubjectKind>;

export type SourceTypeAlias = keyof typeof sourceTypeAliases;
export const acceptedSourceTypes = Object.keys(sourceTypeAliases) as SourceTypeAlias[];

/** Kinds FutureAGI has and Scorelens does not store: refused by name, not as a typo. */
export const unsupportedSourceTypes = ["dataset_row", "call_execution", "prototype_run"] as const;

/** The code's four values, then the docs' three, which the vendor's own server rejects. */
export const scoreSourceAliases = {
  human: "ANNOTATION",
  api: "API",
  auto: "EVAL",
  imported: "API",
  sdk: "API",
  automation: "EVAL",
  model: "EVAL",
} as const satisfies Record<string, ScoreSource>;

export type ScoreSourceAlias = keyof typeof scoreSourceAliases;
export const acceptedScoreSources = Object.keys(scoreSourceAliases) as ScoreSourceAlias[];

const answeredScoreSource: Record<ScoreSource, "human" | "api" | "auto"> = {
  ANNOTATION: "human",
  API: "api",
  EVAL: "auto",
};

export const scoreSourceOf = (source: ScoreSource) => answeredScoreSource[source];

/** The observation type a spelling implies; `observation_span` does not say which kind of span. */
export function observationTypeOf(alias: SourceTypeAlias): string | null {
  if (alias === "span" || alias === "generation") return alias;
  return null;
}

/** Experiments have no FutureAGI kind; they keep their Scorelens name rather than pose as another. */
export type AnsweredSourceType =
  "trace" | "span" | "generation" | "observation_span" | "session" | "experiment";

/**
 * An observation reads back as the spelling it was written with: the docs' `span` and
 * `generation` are kept as the observation's type, and `observation_span` (the code's spelling,
 * which upstream's own tests read back) stores none, so an observation without a type —
 * also one scored through another API — answers `observation_span`.
 */
export function sourceTypeOf(row: Pick<ScoreRow, "subjectKind" | "observationType">): AnsweredSourceType {
  if (row.subjectKind !== "observation") return row.subjectKind;
  const type = row.observationType?.toLowerCase();
  if (type === "generation" || type === "span") return type;
  return "observation_span";
}

/** The id of the judged object under its own kind, FutureAGI's `source_id`. */
export function sourceIdOf(
  row: Pick<ScoreRow, "subjectKind" | "traceId" | "observationId" | "sessionId" | "experimentId">,
): string {
  const byKind = {
    trace: row.traceId,
    observation: row.observationId,
    session: row.sessionId,
    experiment: row.experimentId,
  } as const;
  return byKind[row.subjectKind] ?? "";
}

/** The canonical subject column that holds a kind's id. */
export const subjectIdKeyOf = {
  trace: "traceId",
  observation: "observationId",
  session: "sessionId",
  experiment: "experimentId",
} as const satisfies Record<SubjectKind, keyof ScoreRow>;
