import { scoreDataTypes } from "@/db/schema";
import type { ConditionField, ScalarValue, ScoreCondition } from "@/lib/scores/conditions";
import {
  allOf,
  anyOf,
  columnMatch,
  equals,
  FALSE,
  isNotNullOf,
  isNullOf,
  matchesValue,
  negate,
  oneOf,
  type MatchOperator,
} from "./condition-builders";
import type { FilterField } from "./filter-fields";
import type { FilterValue } from "./filter-values";
import { annotationTypeOf, evalTypeOf, slugOf, type Evaluator } from "./score-type";

/**
 * How each Respan field reads from canonical columns, mirrored by the formatter: a field shows a
 * column's value only for some data types (`numerical_value` for NUMERIC scores), may default a
 * null (`cost` shows 0), or is derived from configs and members (`evaluator_slug`, `scorer`,
 * `type`). Filtering matches exactly the rows whose formatted value satisfies the condition.
 */
export type CompileContext = { evaluators: Evaluator[]; members: { id: string; email: string }[] };

export type Lowering = {
  match(op: MatchOperator, values: FilterValue[], context: CompileContext): ScoreCondition;
  /** Where the formatted field is null. */
  isNull(context: CompileContext): ScoreCondition;
};

type Branch = { when?: ScoreCondition; column: ConditionField; encode?: (value: FilterValue) => ScalarValue };

/** The field is `column` where `when` holds (null elsewhere); `nullAs` is shown in place of a null. */
function columnView(branches: Branch[], options: { nullAs?: number; exhaustive?: boolean } = {}): Lowering {
  const guarded = branches.every((branch) => branch.when) && !options.exhaustive;
  const uncovered = guarded ? negate(anyOf(...branches.map((branch) => branch.when!))) : FALSE;
  const within = (branch: Branch, condition: ScoreCondition) =>
    branch.when ? allOf(branch.when, condition) : condition;
  return {
    match(op, values) {
      const hit = anyOf(...branches.map((b) => within(b, columnMatch(b.column, op, values, b.encode))));
      if (options.nullAs === undefined || !matchesValue(op, options.nullAs, values)) return hit;
      return anyOf(hit, ...branches.map((b) => within(b, isNullOf(b.column))));
    },
    isNull() {
      if (options.nullAs !== undefined) return uncovered;
      return anyOf(uncovered, ...branches.map((b) => within(b, isNullOf(b.column))));
    },
  };
}

const column = (name: ConditionField) => columnView([{ column: name }]);
const ofType = (...types: string[]): ScoreCondition =>
  types.length === 1 ? equals("dataType", types[0]) : { field: "dataType", op: "in", value: types };
const TEXT_TYPES = ["TEXT", "CORRECTION"];

/** `is_passed` is never null: a score stored without it reads (and filters) as `false`. */
const passedView: Lowering = {
  match(op, values) {
    const hit = columnMatch("isPassed", op, values);
    return matchesValue(op, "false", values.map(String)) ? anyOf(hit, isNullOf("isPassed")) : hit;
  },
  isNull: () => FALSE,
};

const typeView: Lowering = {
  match(op, values, { evaluators }) {
    const test = (type: string) => matchesValue(op, type, values);
    const evalIds = evaluators.filter((e) => test(evalTypeOf(e))).map((e) => e.id);
    const annotationIds = evaluators.filter((e) => test(annotationTypeOf(e, e.dataType))).map((e) => e.id);
    const annotationTypes = scoreDataTypes.filter((dataType) => test(annotationTypeOf(undefined, dataType)));
    const derived = anyOf(
      test("api") ? equals("source", "API") : FALSE,
      allOf(
        equals("source", "EVAL"),
        anyOf(oneOf("configId", evalIds), test(evalTypeOf(undefined)) ? isNullOf("configId") : FALSE),
      ),
      allOf(
        equals("source", "ANNOTATION"),
        anyOf(
          oneOf("configId", annotationIds),
          allOf(isNullOf("configId"), oneOf("dataType", annotationTypes)),
        ),
      ),
    );
    return anyOf(
      allOf(isNotNullOf("kind"), columnMatch("kind", op, values)),
      allOf(isNullOf("kind"), derived),
    );
  },
  isNull: () => FALSE,
};

const slugView: Lowering = {
  match(op, values, { evaluators }) {
    const ids = evaluators.filter((e) => matchesValue(op, slugOf(e), values)).map((e) => e.id);
    return anyOf(oneOf("configId", ids), allOf(isNullOf("configId"), columnMatch("name", op, values)));
  },
  isNull: () => FALSE,
};

const scorerView: Lowering = {
  match(op, values, { members }) {
    const ids = members.filter((m) => matchesValue(op, m.email, values)).map((m) => m.id);
    return anyOf(
      oneOf("authorUserId", ids),
      allOf(isNullOf("authorUserId"), columnMatch("authorLabel", op, values)),
    );
  },
  isNull({ members }) {
    const memberIds = members.map((m) => m.id);
    return anyOf(
      allOf(isNullOf("authorUserId"), isNullOf("authorLabel")),
      allOf(isNotNullOf("authorUserId"), negate(oneOf("authorUserId", memberIds))),
    );
  },
};

/**
 * A CATEGORICAL score's categories: the `categories` list when the client sent a list, else the
 * one category in `string_value` (always the list's first, so matching it too changes nothing).
 */
const categoricalView: Lowering = {
  match(op, values) {
    const some = anyOf(columnMatch("stringValue", op, values), columnMatch("categories", op, values));
    return allOf(ofType("CATEGORICAL"), some);
  },
  isNull: columnView([{ when: ofType("CATEGORICAL"), column: "stringValue" }]).isNull,
};

export const fieldLowerings: Record<FilterField, Lowering> = {
  id: column("id"),
  created_at: column("timestamp"),
  type: typeView,
  environment: column("environment"),
  numerical_value: columnView([{ when: ofType("NUMERIC"), column: "numericValue" }]),
  string_value: columnView(
    [
      { when: ofType(...TEXT_TYPES), column: "stringValue" },
      { when: { field: "dataType", op: "notIn", value: TEXT_TYPES }, column: "comment" },
    ],
    { exhaustive: true },
  ),
  boolean_value: columnView([
    { when: ofType("BOOLEAN"), column: "numericValue", encode: (value) => (value === true ? 1 : 0) },
  ]),
  categorical_value: categoricalView,
  json_value: columnView([{ when: ofType("JSON"), column: "jsonValue" }]),
  is_passed: passedView,
  cost: columnView([{ column: "cost" }], { nullAs: 0 }),
  evaluator_id: column("configId"),
  evaluator_slug: slugView,
  evaluator_name: column("name"),
  scorer: scorerView,
  log_id: column("observationId"),
  prompt_id: column("promptId"),
  prompt_version_number: column("promptVersion"),
  dataset_id: column("datasetId"),
  automation_id: column("automationId"),
  status: column("status"),
  error_message: column("errorMessage"),
};

export const metadataLowering = (key: string): Lowering => column(`metadata.${key}`);
