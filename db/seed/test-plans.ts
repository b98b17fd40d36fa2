import { ScoreGenerator } from "./generator";
import { chooseLabelSpecs, configlessPlans, planFromSpec } from "./label-plans";
import type {
  ProjectPlan,
  QueueItemInsert,
  RevisionInsert,
  RowSink,
  ScoreInsert,
  SubjectInsert,
} from "./plan-types";
import { Prng, WeightedPicker, zipfWeights } from "./prng";

/**
 * Plans built without a database (tests only): fixed config, user and queue ids, so generated
 * rows can be checked without foreign-key parents.
 */
export function plansWithoutDatabase(seed: number, projectIds: readonly string[]): ProjectPlan[] {
  const rng = new Prng(seed, "test-plans");
  return projectIds.map((id) => {
    const labels = chooseLabelSpecs(rng).map((spec, i) => ({
      ...planFromSpec(spec, `${id}-config-${i}`, rng),
      queueIds: [`${id}-queue-${i % 3}`],
    }));
    const all = [...labels, ...configlessPlans(rng)];
    return {
      id,
      labels: all,
      labelPicker: new WeightedPicker(all, zipfWeights(all.length)),
      annotatorPicker: new WeightedPicker(["user-1", "user-2", "user-3"], [3, 2, 1]),
      queueIds: [`${id}-queue-0`, `${id}-queue-1`, `${id}-queue-2`],
    };
  });
}

export type CapturedRows = {
  scores: ScoreInsert[];
  subjects: SubjectInsert[];
  queueItems: QueueItemInsert[];
  revisions: RevisionInsert[];
};

const capture = <T>(rows: T[]): RowSink<T> => ({ add: (row) => rows.push(row) });

/** Runs the generator into arrays. */
export function generateRows(seed: number, total: number, baseMs: number): CapturedRows {
  const rows: CapturedRows = { scores: [], subjects: [], queueItems: [], revisions: [] };
  const plans = plansWithoutDatabase(seed, ["p-one", "p-two"]);
  const sinks = {
    scores: capture(rows.scores),
    subjects: capture(rows.subjects),
    queueItems: capture(rows.queueItems),
    revisions: capture(rows.revisions),
  };
  const generator = new ScoreGenerator(seed, plans, [0.7, 0.3], total, baseMs, sinks);
  while (generator.done < total) generator.emit(97);
  return rows;
}
