import type { ScoreDataType } from "@/db/schema";
import type { ScoreCondition } from "@/lib/scores/conditions";

/**
 * Which canonical scores a Langfuse read can show. Langfuse has no JSON data type, and a row
 * whose typed value would be missing (a NUMERIC without a number, a CATEGORICAL without a
 * label) cannot be written as a Langfuse score. Upstream drops such rows after the query, which
 * can leave a page short; filtering them in the query keeps every page full and the cursor exact.
 */
export const LANGFUSE_DATA_TYPES = ["NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT", "CORRECTION"] as const;

const NUMBER_TYPES: ScoreDataType[] = ["NUMERIC", "BOOLEAN"];
const LABEL_TYPES: ScoreDataType[] = ["CATEGORICAL", "TEXT"];

export function representableScores(types: readonly ScoreDataType[] = LANGFUSE_DATA_TYPES): ScoreCondition {
  const numberTypes = NUMBER_TYPES.filter((type) => types.includes(type));
  const labelTypes = LABEL_TYPES.filter((type) => types.includes(type));
  return {
    or: [
      ...(numberTypes.length
        ? [
            {
              and: [
                { field: "dataType", op: "in", value: numberTypes },
                { field: "numericValue", op: "isNotNull" },
              ],
            },
          ]
        : []),
      ...(labelTypes.length
        ? [
            {
              and: [
                { field: "dataType", op: "in", value: labelTypes },
                { field: "stringValue", op: "isNotNull" },
              ],
            },
          ]
        : []),
      ...(types.includes("CORRECTION") ? [{ field: "dataType", op: "eq", value: "CORRECTION" }] : []),
    ] as ScoreCondition[],
  };
}

/** v1 shows trace-level scores only (a trace or one of its observations), and no CORRECTION. */
export const v1Scope: ScoreCondition = {
  and: [
    representableScores(["NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT"]),
    { field: "subjectKind", op: "in", value: ["trace", "observation"] },
  ],
};
