import type { ScoreCondition } from "@/lib/scores/conditions";
import { allOf, anyOf, negate } from "./condition-builders";
import { kindOfField, METADATA_PREFIX, type FilterField } from "./filter-fields";
import type { FilterEntry, FilterRule } from "./filter-grammar";
import { fieldLowerings, metadataLowering, type CompileContext, type Lowering } from "./filter-lowering";

/**
 * Checked filters → one canonical condition tree. Conditions are read left to right in the
 * order sent (a field's list in list order, a group as one item); each condition's `connector`
 * joins it to the one after it, and AND binds tighter than OR: `a OR b AND c` is `a OR (b AND c)`.
 * `not` and `isnull` follow Django: `not` also keeps rows where the field is null.
 */
const loweringOf = (field: string): Lowering =>
  field.startsWith(METADATA_PREFIX)
    ? metadataLowering(field.slice(METADATA_PREFIX.length))
    : fieldLowerings[field as FilterField];

function emptyOf(rule: FilterRule, lowering: Lowering, context: CompileContext): ScoreCondition {
  const kind = kindOfField(rule.field);
  const textual = kind === "text" || kind === "metadata";
  return textual
    ? anyOf(lowering.isNull(context), lowering.match("", [""], context))
    : lowering.isNull(context);
}

export function lowerRule(rule: FilterRule, context: CompileContext): ScoreCondition {
  const lowering = loweringOf(rule.field);
  switch (rule.operator) {
    case "isnull":
      return rule.values[0] === true ? lowering.isNull(context) : negate(lowering.isNull(context));
    case "not":
      return negate(lowering.match("", rule.values, context));
    case "empty":
      return emptyOf(rule, lowering, context);
    case "not_empty":
      return negate(emptyOf(rule, lowering, context));
    default:
      return lowering.match(rule.operator, rule.values, context);
  }
}

export function compileFilters(entries: FilterEntry[], context: CompileContext): ScoreCondition {
  const items = entries.flatMap((entry) =>
    "group" in entry
      ? [{ condition: compileFilters(entry.group, context), connector: entry.connector }]
      : entry.rules.map((rule) => ({ condition: lowerRule(rule, context), connector: rule.connector })),
  );
  const runs: ScoreCondition[][] = [[]];
  items.forEach((item, index) => {
    if (index > 0 && items[index - 1].connector === "OR") runs.push([]);
    runs[runs.length - 1].push(item.condition);
  });
  return anyOf(...runs.map((run) => allOf(...run)));
}

/** Which lookups compiling needs: configs for slugs and types, members for scorers. */
export function lookupsNeeded(fields: Set<string>): { evaluators: boolean; members: boolean } {
  return { evaluators: fields.has("type") || fields.has("evaluator_slug"), members: fields.has("scorer") };
}
