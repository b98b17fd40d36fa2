import { z } from "zod";
import { AppError, invalidInput } from "@/lib/errors";
import {
  checkParamRules,
  scoreListSchema,
  scoreListShape,
  type ScoreListKey,
  type ScoreListParams,
} from "./filters";

/** The API's parse: any unknown key or bad value is a 400 listing every issue with its parameter. */
export function parseListParamsStrict(raw: Record<string, string>): ScoreListParams {
  const result = scoreListSchema.safeParse(raw);
  if (!result.success) throw invalidInput("query", result.error);
  return result.data;
}

/** A strict parser for `route({query})` that reports issues as AppErrors. */
export const strictListParamsParser = (raw: unknown): ScoreListParams => {
  if (typeof raw !== "object" || raw === null) throw new AppError("bad_request", "Invalid query");
  return parseListParamsStrict(raw as Record<string, string>);
};

export type DroppedParam = { key: string; value: string; message: string };

/**
 * The browser's parse: a shared or hand-edited URL must still open, so each bad value is
 * dropped and reported (for a notice in the UI) instead of failing the whole page.
 */
export function parseListParamsLenient(raw: Record<string, string>): {
  params: ScoreListParams;
  dropped: DroppedParam[];
} {
  const params: Record<string, unknown> = {};
  const dropped: DroppedParam[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const schema = (scoreListShape as Record<string, z.ZodType>)[key];
    if (!schema) {
      dropped.push({ key, value, message: "Unknown parameter" });
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) params[key] = result.data;
    else dropped.push({ key, value, message: result.error.issues[0]?.message ?? "Invalid value" });
  }
  const typed = params as ScoreListParams;
  checkParamRules(typed, (key, message) => {
    if (!(key in params)) return;
    dropped.push({ key, value: raw[key] ?? "", message });
    delete params[key];
  });
  return { params: typed, dropped };
}

function serializeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(serializeValue).join(",");
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The canonical query string: schema key order, defaults omitted by the caller, lists comma-joined. */
export function serializeListParams(params: Partial<ScoreListParams>): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of Object.keys(scoreListShape) as ScoreListKey[]) {
    const value = params[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, serializeValue(value));
  }
  return search;
}
