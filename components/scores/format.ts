import type { ScoreDataType, ScoreSource, SubjectKind } from "@/db/schema/enums";
import type { TimeRange } from "@/lib/scores/filters";

/** Text the explorer shows for values: counts, times, enum names, previews. Pure, so it is unit-tested. */
export const sourceLabels: Record<ScoreSource, string> = {
  API: "API",
  EVAL: "Evaluation",
  ANNOTATION: "Annotation",
};

export const dataTypeLabels: Record<ScoreDataType, string> = {
  NUMERIC: "Numeric",
  BOOLEAN: "Boolean",
  CATEGORICAL: "Categorical",
  TEXT: "Text",
  CORRECTION: "Correction",
  JSON: "JSON",
};

export const subjectKindLabels: Record<SubjectKind, string> = {
  trace: "Trace",
  observation: "Observation",
  session: "Session",
  experiment: "Experiment",
};

export const formatCount = (count: number) => count.toLocaleString("en-US");

/** "300 of 2,431 loaded", "300 of 10,000+ loaded", or "300 loaded" when the total is unknown. */
export function statusTextOf(loaded: number, total: number | null, totalIsLowerBound: boolean): string {
  if (total === null) return `${formatCount(loaded)} loaded`;
  return `${formatCount(loaded)} of ${formatCount(total)}${totalIsLowerBound ? "+" : ""} loaded`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-06-01 14:05:09" in the given zone; one formatter per zone, since building one is slow. */
export function formatTimestamp(iso: string, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    timeFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A number as people read scores: at most 4 significant decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return formatCount(value);
  return value.toLocaleString("en-US", { maximumFractionDigits: 4 });
}

/** One line of JSON, cut at `max` characters. */
export function jsonPreview(value: unknown, max = 120): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? "null";
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where a value sits in a label's range, 0…1, or null when the range is unknown or empty. */
export function rangePositionOf(value: number, min: number | null, max: number | null): number | null {
  if (min === null || max === null || !(max > min)) return null;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** `datetime-local` input text for an ISO instant, in the given zone offset (minutes east of UTC). */
export function localInputOf(iso: string, offsetMinutes: number): string {
  const shifted = new Date(new Date(iso).getTime() + offsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export const timeRangeLabels: Record<TimeRange, string> = {
  "15m": "Last 15 minutes",
  "1h": "Last hour",
  "6h": "Last 6 hours",
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
};

/**
 * Text cut to what a cell of `width` pixels can show (at least one character per 3.5 px, so
 * nothing visible is lost and the CSS ellipsis still appears): long comments and values would
 * otherwise be laid out in full for every row a scroll brings in (P10).
 */
export function clipText(text: string, width: number): string {
  const max = Math.max(8, Math.ceil(width / 3.5));
  return text.length > max ? text.slice(0, max) : text;
}
