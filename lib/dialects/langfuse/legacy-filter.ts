import { z } from "zod";
import type { ConditionField, ConditionOperator, ScoreCondition } from "@/lib/scores/conditions";
import type { LangfuseIssue } from "./errors";

/**
 * The v2 `filter` parameter: a JSON array of `{type, column, operator, value, key?}` objects,
 * AND-ed. Supported: `stringObject` on metadata keys, `string` and `stringOptions` on score
 * columns, `number` on the value, `datetime` on the timestamps. Column names match loosely
 * (`dataType`, `Data Type`, `data_type`). Trace columns (`arrayOptions` on tags, user ids) need
 * trace data Scorelens does not keep and are a 400 naming the filter.
 */
const stringColumns: Record<string, ConditionField> = {
  id: "id",
  name: "name",
  source: "source",
  datatype: "dataType",
  environment: "environment",
  comment: "comment",
  configid: "configId",
  queueid: "queueId",
  traceid: "traceId",
  observationid: "observationId",
  sessionid: "sessionId",
  datasetrunid: "experimentId",
  authoruserid: "authorUserId",
  stringvalue: "stringValue",
};
const dateColumns: Record<string, ConditionField> = {
  timestamp: "timestamp",
  createdat: "createdAt",
  updatedat: "updatedAt",
};

const textOperators: Record<string, { op: ConditionOperator; negate?: boolean }> = {
  "=": { op: "eq" },
  contains: { op: "contains" },
  "does not contain": { op: "contains", negate: true },
  "starts with": { op: "startsWith" },
  "ends with": { op: "endsWith" },
};
const compareOperators: Record<string, ConditionOperator> = {
  "=": "eq",
  ">": "gt",
  "<": "lt",
  ">=": "gte",
  "<=": "lte",
};

const filterSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("stringObject"),
    column: z.string(),
    key: z.string().min(1),
    operator: z.string(),
    value: z.string(),
  }),
  z.object({ type: z.literal("string"), column: z.string(), operator: z.string(), value: z.string() }),
  z.object({
    type: z.literal("stringOptions"),
    column: z.string(),
    operator: z.enum(["any of", "none of"]),
    value: z.array(z.string()),
  }),
  z.object({ type: z.literal("number"), column: z.string(), operator: z.string(), value: z.number() }),
  z.object({ type: z.literal("datetime"), column: z.string(), operator: z.string(), value: z.coerce.date() }),
]);

type Filter = z.output<typeof filterSchema>;

const looseName = (column: string) => column.toLowerCase().replace(/[\s_]/g, "");

/** Enum columns compared for equality must get a value of the enum, or PostgreSQL refuses the query. */
const enumValues: Partial<Record<ConditionField, readonly string[]>> = {
  source: ["API", "EVAL", "ANNOTATION"],
  dataType: ["NUMERIC", "CATEGORICAL", "BOOLEAN", "TEXT", "CORRECTION"],
};

function describeEnumProblem(field: ConditionField, values: string[]): string | null {
  const allowed = enumValues[field];
  const bad = allowed ? values.find((value) => !allowed.includes(value)) : undefined;
  return bad === undefined ? null : `"${bad}" is not one of ${allowed!.join(", ")}`;
}

function textCondition(field: ConditionField, operator: string, value: string): ScoreCondition | string {
  const known = textOperators[operator];
  if (!known) return `operator must be one of ${Object.keys(textOperators).join(", ")}`;
  if (known.op === "eq") {
    const problem = describeEnumProblem(field, [value]);
    if (problem) return problem;
  }
  const condition: ScoreCondition = { field, op: known.op, value };
  return known.negate ? { not: condition } : condition;
}

function conditionOf(filter: Filter): ScoreCondition | string {
  const column = looseName(filter.column);
  switch (filter.type) {
    case "stringObject":
      if (column !== "metadata") return "stringObject filters apply to the metadata column";
      return textCondition(`metadata.${filter.key}`, filter.operator, filter.value);
    case "string":
      if (!stringColumns[column]) return `unknown column "${filter.column}"`;
      return textCondition(stringColumns[column], filter.operator, filter.value);
    case "stringOptions": {
      if (!stringColumns[column]) return `unknown column "${filter.column}"`;
      const problem = describeEnumProblem(stringColumns[column], filter.value);
      if (problem) return problem;
      return {
        field: stringColumns[column],
        op: filter.operator === "any of" ? "in" : "notIn",
        value: filter.value,
      };
    }
    case "number":
      if (column !== "value") return "number filters apply to the value column";
      if (!compareOperators[filter.operator])
        return `operator must be one of ${Object.keys(compareOperators).join(", ")}`;
      return { field: "numericValue", op: compareOperators[filter.operator], value: filter.value };
    case "datetime":
      if (!dateColumns[column]) return `unknown column "${filter.column}"`;
      if (!compareOperators[filter.operator] || filter.operator === "=")
        return "operator must be one of >, <, >=, <=";
      return { field: dateColumns[column], op: compareOperators[filter.operator], value: filter.value };
  }
}

/** The conditions of a `filter` parameter, or the issues naming each bad entry. */
export function parseLegacyFilter(
  text: string,
): { conditions: ScoreCondition[] } | { issues: LangfuseIssue[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      issues: [
        { code: "custom", path: ["filter"], message: "filter must be a JSON array of filter objects" },
      ],
    };
  }
  const list = z.array(filterSchema).max(50).safeParse(parsed);
  if (!list.success) {
    return {
      issues: list.error.issues.map(
        (issue) => ({ ...issue, path: ["filter", ...issue.path] }) as LangfuseIssue,
      ),
    };
  }
  const issues: LangfuseIssue[] = [];
  const conditions: ScoreCondition[] = [];
  list.data.forEach((filter, index) => {
    const result = conditionOf(filter);
    if (typeof result === "string") issues.push({ code: "custom", path: ["filter", index], message: result });
    else conditions.push(result);
  });
  return issues.length > 0 ? { issues } : { conditions };
}
