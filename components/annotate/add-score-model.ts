import { dataTypeLabels } from "@/components/scores/format";
import {
  draftOf,
  parseDraft,
  valueInputOf,
  type EditorConfig,
  type ValueDraft,
  type ValueInput,
} from "@/components/score-detail/score-editor-value";
import type { ScoreDataType, SubjectKind } from "@/db/schema/enums";

/**
 * "Add score" anywhere (the subject page, the score drawer): which labels one may pick, the value
 * field a label gets (the score editor's, so both forms check values alike), and the native
 * create body. The server fills in the author (the signed-in person) and checks everything again.
 * Pure, so it is unit-tested.
 */
export type LabelOption = EditorConfig & {
  id: string;
  dataType: ScoreDataType;
  description: string | null;
  isArchived: boolean;
};

export type AnnotateSubject = {
  kind: SubjectKind;
  id: string;
  /** The trace an observation belongs to, when known: the new score links to it too. */
  traceId?: string | null;
  /** The environment of the score the drawer shows; the API's default otherwise. */
  environment?: string;
};

const subjectIdKey = {
  trace: "traceId",
  observation: "observationId",
  session: "sessionId",
  experiment: "experimentId",
} as const satisfies Record<SubjectKind, string>;

/** Labels one can still score with, by name; CORRECTION labels do not exist (corrections have no config). */
export const pickableLabels = (labels: readonly LabelOption[]): LabelOption[] =>
  labels
    .filter((label) => !label.isArchived && label.dataType !== "CORRECTION")
    .sort((a, b) => a.name.localeCompare(b.name));

export const inputOfLabel = (label: LabelOption): ValueInput =>
  valueInputOf(label.dataType, label, undefined);

export const emptyDraftOf = (label: LabelOption): ValueDraft => draftOf(inputOfLabel(label), undefined);

/** "Numeric, 1 to 5 in steps of 1", "Categorical: good, bad": what the value field will take. */
export function describeLabel(label: LabelOption): string {
  const type = dataTypeLabels[label.dataType];
  if (label.dataType === "NUMERIC") {
    const range = [
      label.minValue !== null ? `from ${label.minValue}` : null,
      label.maxValue !== null ? `to ${label.maxValue}` : null,
      label.step ? `in steps of ${label.step}` : null,
    ].filter(Boolean);
    return range.length > 0 ? `${type}, ${range.join(" ")}` : type;
  }
  if (label.dataType === "CATEGORICAL" && label.categories?.length) {
    const many = label.widget === "multi_select" ? " (one or more)" : "";
    return `${type}${many}: ${label.categories.map((category) => category.label).join(", ")}`;
  }
  return type;
}

export type NewScoreBody = Record<string, unknown> & {
  source: "ANNOTATION";
  configId: string;
  value: unknown;
};

/** The POST /api/v1/scores body, or what is wrong with the value. An empty comment is left out. */
export function buildScoreBody(
  subject: AnnotateSubject,
  label: LabelOption,
  draft: ValueDraft,
  comment: string,
): { ok: true; body: NewScoreBody } | { ok: false; message: string } {
  const input = inputOfLabel(label);
  if ((input.kind === "text" || input.kind === "json") && String(draft).trim() === "") {
    return { ok: false, message: "Value is required" };
  }
  const parsed = parseDraft(input, draft);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const body: NewScoreBody = {
    source: "ANNOTATION",
    configId: label.id,
    value: parsed.value,
    [subjectIdKey[subject.kind]]: subject.id,
  };
  if (subject.kind === "observation" && subject.traceId) body.traceId = subject.traceId;
  if (subject.environment) body.environment = subject.environment;
  if (comment.trim() !== "") body.comment = comment;
  return { ok: true, body };
}
