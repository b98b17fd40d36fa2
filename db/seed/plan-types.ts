import type {
  annotationQueues,
  ConfigCategory,
  queueItems,
  scoreRevisions,
  scores,
  ScoreDataType,
  ScoreSource,
  subjects,
} from "../schema";
import type { EvaluatorType, TextPoolName, Widget } from "./label-catalog";
import type { WeightedPicker } from "./prng";

/**
 * Every column spelled out (Required): the COPY path writes all columns, so a forgotten field
 * must be a type error rather than a silent NULL that the insert path would have defaulted.
 */
export type ScoreInsert = Required<typeof scores.$inferInsert>;
export type SubjectInsert = Required<typeof subjects.$inferInsert>;
export type QueueItemInsert = Required<typeof queueItems.$inferInsert>;
export type RevisionInsert = Required<typeof scoreRevisions.$inferInsert>;
export type QueueInsert = typeof annotationQueues.$inferInsert;

/** A label as the generator uses it: a config (new or reused) or a config-less name. */
export type LabelPlan = {
  name: string;
  configId: string | null;
  dataType: ScoreDataType;
  widget: Widget | null;
  min: number;
  max: number;
  step: number | null;
  /** Empty unless CATEGORICAL. */
  categories: readonly ConfigCategory[];
  multi: boolean;
  polarity: 1 | -1;
  evaluator: EvaluatorType | null;
  sources: WeightedPicker<ScoreSource>;
  text: TextPoolName | null;
  /** Pre-built JSON values (JSON labels), shared across rows so their text is encoded once. */
  jsonPool: readonly object[];
  /** Queues whose config ids include this label. */
  queueIds: readonly string[];
  /** An archived config accepts no new scores: rows after this time pick another label. */
  archivedAtMs: number | null;
  slug: string;
};

export type ProjectPlan = {
  id: string;
  labels: readonly LabelPlan[];
  labelPicker: WeightedPicker<LabelPlan>;
  annotatorPicker: WeightedPicker<string>;
  queueIds: readonly string[];
};

/** Where generated rows go: COPY streams on the server, batched inserts on PGlite, arrays in tests. */
export interface RowSink<T> {
  add(row: T): void;
}

export type SeedSinks = {
  scores: RowSink<ScoreInsert>;
  subjects: RowSink<SubjectInsert>;
  queueItems: RowSink<QueueItemInsert>;
  revisions: RowSink<RevisionInsert>;
};
