import { z } from "zod";

/**
 * Client text and JSON that PostgreSQL will store without complaint. PostgreSQL refuses a NUL
 * character in text and jsonb, jsonb refuses lone UTF-16 surrogates, and very deep JSON exhausts
 * its stack: each would surface as a 500 after the request was accepted, so they are 400s here.
 */
export const MAX_JSON_DEPTH = 64;

const NUL = "\u0000";

export function describeTextProblem(text: string): string | null {
  if (text.includes(NUL)) return "must not contain the NUL character (\\u0000)";
  if (!text.isWellFormed()) return "must be well-formed Unicode (no lone surrogates)";
  return null;
}

/** Walks a parsed JSON value without recursion, so no input can overflow the stack. */
export function describeJsonProblem(value: unknown): string | null {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (depth > MAX_JSON_DEPTH) return `is nested deeper than ${MAX_JSON_DEPTH} levels`;
    if (typeof current === "string") {
      const problem = describeTextProblem(current);
      if (problem) return `contains a string that ${problem}`;
    } else if (typeof current === "number") {
      if (!Number.isFinite(current)) return "contains a number that is not finite";
    } else if (Array.isArray(current)) {
      for (const item of current) pending.push({ value: item, depth: depth + 1 });
    } else if (current !== null && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        const problem = describeTextProblem(key);
        if (problem) return `contains a key that ${problem}`;
        pending.push({ value: item, depth: depth + 1 });
      }
    } else if (current !== null && typeof current !== "boolean") {
      return "is not JSON";
    }
  }
  return null;
}

/** A string PostgreSQL accepts, between `min` and `max` characters. */
export const safeText = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .superRefine((text, context) => {
      const problem = describeTextProblem(text);
      if (problem) context.addIssue({ code: "custom", message: `Text ${problem}` });
    });

/** Any JSON value, null included. A plain z.json() would recurse once per nesting level. */
export const jsonValueSchema = z.unknown().superRefine((value, context) => {
  if (value === undefined) {
    context.addIssue({ code: "custom", message: "Required" });
    return;
  }
  const problem = describeJsonProblem(value);
  if (problem) context.addIssue({ code: "custom", message: `Value ${problem}` });
});

/** A JSON object (metadata): keys to any JSON. */
export const jsonObjectSchema = z
  .record(z.string(), z.unknown(), { error: "Expected a JSON object" })
  .superRefine((value, context) => {
    const problem = describeJsonProblem(value);
    if (problem) context.addIssue({ code: "custom", message: `Object ${problem}` });
  });
