import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { scores } from "@/db/schema";

/**
 * A boolean tree of field comparisons, for surfaces whose filters are richer than the native
 * AND-of-lists (Respan's Filters grammar with OR groups, Langfuse v2's `operator`). Dialects
 * build it; only this file turns it into SQL, always with parameters. Invariants: a field name
 * is one of `conditionFields` or `metadata.<key>`; an operator's value has the type it needs
 * (checked by the dialect's parser, and again here so nothing malformed reaches SQL).
 *
 * Two fields are not one scalar each. `categories` (a multi-select score's list) compares element
 * by element: a comparison holds when some category satisfies it, `ne`/`notIn` when none equals,
 * `isNull` when there is no list. `jsonValue` compares whole JSON documents as jsonb (key order
 * and spacing do not matter); its values are JSON texts, and only equality and presence apply.
 */
export const conditionFields = {
  id: scores.id,
  name: scores.name,
  configId: scores.configId,
  environment: scores.environment,
  authorUserId: scores.authorUserId,
  authorLabel: scores.authorLabel,
  queueId: scores.queueId,
  queueItemId: scores.queueItemId,
  traceId: scores.traceId,
  observationId: scores.observationId,
  observationType: scores.observationType,
  sessionId: scores.sessionId,
  experimentId: scores.experimentId,
  source: scores.source,
  dataType: scores.dataType,
  subjectKind: scores.subjectKind,
  numericValue: scores.numericValue,
  stringValue: scores.stringValue,
  comment: scores.comment,
  kind: scores.kind,
  isPassed: scores.isPassed,
  cost: scores.cost,
  status: scores.status,
  promptId: scores.promptId,
  promptVersion: scores.promptVersion,
  automationId: scores.automationId,
  errorMessage: scores.errorMessage,
  executionTraceId: scores.executionTraceId,
  datasetId: scores.datasetId,
  categories: scores.categories,
  jsonValue: scores.jsonValue,
  timestamp: scores.timestamp,
  createdAt: scores.createdAt,
  updatedAt: scores.updatedAt,
} satisfies Record<string, PgColumn>;

export type ConditionField = keyof typeof conditionFields | `metadata.${string}`;
export type ScalarValue = string | number | boolean | Date;
export type ConditionOperator =
  | "eq"
  | "ieq"
  | "ne"
  | "gt"
  | "gte"
  | "lt"
  | "lte"
  | "in"
  | "notIn"
  | "contains"
  | "icontains"
  | "startsWith"
  | "endsWith"
  | "isNull"
  | "isNotNull";

export type ScoreCondition =
  | { and: ScoreCondition[] }
  | { or: ScoreCondition[] }
  | { not: ScoreCondition }
  | { field: ConditionField; op: ConditionOperator; value?: ScalarValue | ScalarValue[] };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const asParam = (value: ScalarValue) => (value instanceof Date ? value.toISOString() : value);

/** The SQL operand of a field; metadata values are typed by the value compared against them. */
function operandOf(field: ConditionField, sample: ScalarValue | undefined): SQL {
  if (!field.startsWith("metadata.")) return sql`${conditionFields[field as keyof typeof conditionFields]}`;
  const key = field.slice("metadata.".length);
  const entry = sql`(${scores.metadata} -> ${key})`;
  // Casts only what has the right JSON type, so a text value compared to a number is a
  // non-match instead of a cast error.
  if (typeof sample === "number")
    return sql`(case when jsonb_typeof(${entry}) = 'number' then (${entry})::text::float8 end)`;
  if (typeof sample === "boolean")
    return sql`(case when jsonb_typeof(${entry}) = 'boolean' then (${entry})::text::boolean end)`;
  return sql`(${scores.metadata} ->> ${key})`;
}

type Comparison = Extract<ScoreCondition, { field: ConditionField }>;
type Param = (value: ScalarValue) => SQL;

/** One scalar operand compared by `op` with the values in `list`. */
function compareScalar(left: SQL, op: ConditionOperator, list: ScalarValue[], param: Param): SQL {
  const first = list[0];
  switch (op) {
    case "isNull":
      return sql`${left} is null`;
    case "isNotNull":
      return sql`${left} is not null`;
    case "in":
    case "notIn": {
      if (list.length === 0) return op === "in" ? sql`false` : sql`true`;
      const items = sql.join(list.map(param), sql`, `);
      return op === "in" ? sql`${left} in (${items})` : sql`(${left} is null or ${left} not in (${items}))`;
    }
    case "contains":
    case "icontains":
    case "startsWith":
    case "endsWith": {
      const text = escapeLike(String(first ?? ""));
      const pattern = op === "startsWith" ? `${text}%` : op === "endsWith" ? `%${text}` : `%${text}%`;
      return op === "icontains" ? sql`${left}::text ilike ${pattern}` : sql`${left}::text like ${pattern}`;
    }
    case "ieq":
      // Case-insensitive equality: ILIKE with every wildcard escaped.
      return sql`${left}::text ilike ${escapeLike(String(first ?? ""))}`;
    case "ne":
      return sql`${left} is distinct from ${param(first as ScalarValue)}`;
    default: {
      const symbol = { eq: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" }[op];
      return sql`${left} ${sql.raw(symbol)} ${param(first as ScalarValue)}`;
    }
  }
}

const plainParam: Param = (value) => sql`${value}`;

/** Some category satisfies the comparison; `ne`/`notIn`: no category equals any value. */
function compareCategories(op: ConditionOperator, list: ScalarValue[]): SQL {
  if (op === "isNull" || op === "isNotNull")
    return compareScalar(sql`${scores.categories}`, op, list, plainParam);
  if (list.some((value) => typeof value !== "string")) throw new Error("categories compare with text");
  const some = (test: SQL) =>
    sql`exists (select 1 from unnest(${scores.categories}) as category(value) where ${test})`;
  const element = sql.raw(`category.value`);
  if (op === "ne" || op === "notIn") {
    return sql`not ${some(compareScalar(element, "in", list, plainParam))}`;
  }
  return some(compareScalar(element, op, list, plainParam));
}

/** JSON documents as jsonb; a value is the JSON text of a document, re-serialized so only JSON reaches SQL. */
function compareJson(op: ConditionOperator, list: ScalarValue[]): SQL {
  const toDocument: Param = (value) => {
    if (typeof value !== "string") throw new Error("jsonValue compares with JSON texts");
    return sql`${JSON.stringify(JSON.parse(value))}::jsonb`;
  };
  if (!["eq", "ne", "in", "notIn", "isNull", "isNotNull"].includes(op)) {
    throw new Error(`Operator ${op} does not apply to jsonValue`); // a dialect bug, never client input
  }
  return compareScalar(sql`${scores.jsonValue}`, op, list, toDocument);
}

function comparison(condition: Comparison): SQL {
  const { field, op, value } = condition;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (field === "categories") return compareCategories(op, list);
  if (field === "jsonValue") return compareJson(op, list);
  const isDateField = ["timestamp", "createdAt", "updatedAt"].includes(field);
  // An integer column compared with a numeric parameter: a number past int4 matches nothing
  // instead of overflowing the parameter's inferred type.
  const cast = isDateField ? sql`::timestamptz` : field === "promptVersion" ? sql`::numeric` : sql``;
  const param: Param = (v) => sql`${asParam(v)}${cast}`;
  return compareScalar(operandOf(field, list[0]), op, list, param);
}

export function buildConditionSql(condition: ScoreCondition): SQL {
  if ("and" in condition) {
    return condition.and.length
      ? sql`(${sql.join(condition.and.map(buildConditionSql), sql` and `)})`
      : sql`true`;
  }
  if ("or" in condition) {
    return condition.or.length
      ? sql`(${sql.join(condition.or.map(buildConditionSql), sql` or `)})`
      : sql`false`;
  }
  if ("not" in condition) return sql`not coalesce(${buildConditionSql(condition.not)}, false)`;
  const known = condition.field.startsWith("metadata.") || Object.hasOwn(conditionFields, condition.field);
  if (!known) throw new Error(`Unknown condition field ${condition.field}`); // a dialect bug, never client input
  return comparison(condition);
}
