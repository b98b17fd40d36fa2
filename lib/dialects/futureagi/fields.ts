import { z } from "zod";
import type { ErrorIssue } from "@/lib/errors";
import { describeJsonProblem, safeText } from "@/lib/scores/json-value";
import {
  acceptedScoreSources,
  acceptedSourceTypes,
  scoreSourceAliases,
  sourceTypeAliases,
  unsupportedSourceTypes,
  type ScoreSourceAlias,
  type SourceTypeAlias,
} from "./aliases";
import { fieldError, REQUIRED, UNKNOWN_FIELD } from "./errors";

/**
 * Field parsers for FutureAGI bodies and query strings. Objects are strict like the vendor's
 * StrictInputSerializer: an unknown key (camelCase spellings included) is a 400 naming that key
 * with "Unknown field.". Messages follow DRF's wording where a client may match on it.
 */
const requiredOr =
  (expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? REQUIRED : expected;

/** An id: any non-empty text up to 255 characters (Scorelens ids are not always UUIDs). */
export const idField = z
  .string({ error: requiredOr("Expected a string") })
  .pipe(safeText(1, 255).refine((text) => text.trim() !== "", REQUIRED));

export const notesField = z.string({ error: requiredOr("Expected a string") }).pipe(safeText(0, 50_000));

/** Any JSON; the label type decides later what it must look like. */
export const valueField = z.unknown().superRefine((value, context) => {
  const problem = value === undefined ? REQUIRED : describeJsonProblem(value);
  if (problem)
    context.addIssue({ code: "custom", message: problem === REQUIRED ? problem : `Value ${problem}` });
});

function aliasField<const T extends string>(
  accepted: readonly T[],
  describeRefusal: (text: string) => string,
) {
  return z
    .string({ error: requiredOr(`Expected one of ${accepted.join(", ")}`) })
    .transform((text, context) => {
      if ((accepted as readonly string[]).includes(text)) return text as T;
      context.addIssue({ code: "custom", message: describeRefusal(text) });
      return z.NEVER;
    });
}

export const sourceTypeField = aliasField<SourceTypeAlias>(acceptedSourceTypes, (text) =>
  (unsupportedSourceTypes as readonly string[]).includes(text)
    ? `"${text}" sources are not supported by Scorelens; use one of ${acceptedSourceTypes.join(", ")}`
    : `"${text}" is not a valid choice; use one of ${acceptedSourceTypes.join(", ")}`,
);

export const scoreSourceField = aliasField<ScoreSourceAlias>(
  acceptedScoreSources,
  (text) => `"${text}" is not a valid choice; use one of ${acceptedScoreSources.join(", ")}`,
);

export const toSubjectKind = (alias: SourceTypeAlias) => sourceTypeAliases[alias];
export const toScoreSource = (alias: ScoreSourceAlias) => scoreSourceAliases[alias];

/** Query-string integers within bounds ("A valid integer is required." as DRF says). */
export const integerParam = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "A valid integer is required.")
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `Ensure this value is greater than or equal to ${min}.`)
        .max(max, `Ensure this value is less than or equal to ${max}.`),
    );

export const booleanParam = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["true", "false", "1", "0"], { error: () => "Must be a valid boolean (true or false)." }))
  .transform((text) => text === "true" || text === "1");

function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[]): ErrorIssue[] {
  const pathOf = (path: readonly PropertyKey[]) =>
    [...prefix, ...path].map(String).join(".") || "non_field_errors";
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: UNKNOWN_FIELD }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
}

/** Parses or throws one 400 naming every offending field (unknown keys included). */
export function parseStrict<T>(schema: z.ZodType<T>, raw: unknown, prefix: readonly PropertyKey[] = []): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw fieldError(issuesOf(result.error, prefix));
  return result.data;
}

export const strictObject = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === "invalid_type" ? "Expected a JSON object." : undefined),
  });
