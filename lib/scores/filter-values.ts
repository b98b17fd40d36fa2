import { z } from "zod";

/**
 * Building blocks of the list schema. Lists are comma-separated in query strings; every item is
 * trimmed and checked on its own so an error names the bad item.
 */
export const MAX_LIST_ITEMS = 100;

export function csvList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((raw) =>
      raw
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    )
    .pipe(
      z.array(item).min(1, "Give at least one value").max(MAX_LIST_ITEMS, `At most ${MAX_LIST_ITEMS} values`),
    );
}

export const idText = z.string().min(1).max(255);

/** An enum matched case-insensitively, answered in its canonical spelling. */
export function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  upper: boolean,
) {
  return z
    .string()
    .transform((raw) => (upper ? raw.toUpperCase() : raw.toLowerCase()))
    .pipe(z.enum(values, { error: () => `Expected one of ${values.join(", ")}` }));
}

/** A finite number written as a query-string value ("abc" and "" are errors, not NaN). */
export const finiteNumber = z
  .string()
  .trim()
  .regex(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/, "Expected a number")
  .transform(Number)
  .pipe(z.number().finite());

export const integerText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "Expected a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const booleanText = z
  .enum(["true", "false"], { error: () => "Expected true or false" })
  .transform((v) => v === "true");

/** Dates PostgreSQL reads back as they were written: years 1 to 9999 (no `+275760-…`). */
export const isStorableDate = (date: Date): boolean => {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999;
};

export const STORABLE_DATE_MESSAGE = "Date must fall between the years 1 and 9999";

export const isoTimestamp = z
  .string()
  .trim()
  .pipe(
    z.iso.datetime({
      offset: true,
      error: () => "Expected an ISO 8601 timestamp, e.g. 2026-06-01T00:00:00Z",
    }),
  )
  .transform((value) => new Date(value))
  .refine((date) => isStorableDate(date), STORABLE_DATE_MESSAGE);
