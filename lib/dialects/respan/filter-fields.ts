/**
 * What each Respan score field is, for the Filters grammar: its kind decides which operators
 * apply and which JSON type its values must have. `metadata__<key>` fields are typed by the
 * values sent. `categorical_value` is a list: its operators test each category. `json_value` is
 * a JSON document encoded as a string: it compares whole documents, so only equality applies
 * (a substring of Scorelens' own encoding would not be a substring of the client's).
 */
export type FieldKind = "text" | "number" | "boolean" | "date" | "category" | "json" | "metadata";

export const filterFieldKinds = {
  id: "text",
  created_at: "date",
  type: "text",
  environment: "text",
  numerical_value: "number",
  string_value: "text",
  boolean_value: "boolean",
  categorical_value: "category",
  json_value: "json",
  is_passed: "boolean",
  cost: "number",
  evaluator_id: "text",
  evaluator_slug: "text",
  evaluator_name: "text",
  scorer: "text",
  log_id: "text",
  prompt_id: "text",
  prompt_version_number: "number",
  dataset_id: "text",
  automation_id: "text",
  status: "text",
  error_message: "text",
} as const satisfies Record<string, FieldKind>;

export type FilterField = keyof typeof filterFieldKinds;

/** Fields of the score object that filters cannot reach (none left; kept for clear refusals). */
export const unfilterableFields: string[] = [];

export const METADATA_PREFIX = "metadata__";

/** Operators in the order the documentation lists them; equality is the empty string. */
export const filterOperators = [
  "",
  "not",
  "iexact",
  "lt",
  "lte",
  "gt",
  "gte",
  "contains",
  "icontains",
  "startswith",
  "endswith",
  "in",
  "isnull",
  "empty",
  "not_empty",
] as const;

export type FilterOperator = (typeof filterOperators)[number];

/** Spellings the Respan SDK models, folded onto the documented operator. */
export const operatorAliases: Record<string, FilterOperator> = {
  "=": "",
  "==": "",
  eq: "",
  equals: "",
  notEmpty: "not_empty",
};

/** Modelled by the SDK, but Scorelens cannot answer them exactly: refused by name. */
export const unsupportedOperators = ["regex", "ilike", "trigram_word_similar", "full_text_search"];

const presence: FilterOperator[] = ["isnull", "empty", "not_empty"];
const equality: FilterOperator[] = ["", "not", "in", ...presence];
const ordering: FilterOperator[] = ["lt", "lte", "gt", "gte"];
const textual: FilterOperator[] = ["iexact", "contains", "icontains", "startswith", "endswith"];

export const operatorsByKind: Record<FieldKind, FilterOperator[]> = {
  text: [...equality, ...ordering, ...textual],
  number: [...equality, ...ordering],
  date: [...equality, ...ordering],
  boolean: equality,
  category: [...equality, ...textual],
  json: equality,
  metadata: [...equality, ...ordering, ...textual],
};

export const textOperators = new Set<FilterOperator>(textual);
export const orderingOperators = new Set<FilterOperator>(ordering);

export function kindOfField(field: string): FieldKind | undefined {
  if (field.startsWith(METADATA_PREFIX)) return "metadata";
  return Object.hasOwn(filterFieldKinds, field) ? filterFieldKinds[field as FilterField] : undefined;
}

export const filterableFieldList = `${Object.keys(filterFieldKinds).join(", ")} and ${METADATA_PREFIX}<key>`;
