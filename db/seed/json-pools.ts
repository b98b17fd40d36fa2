import type { ScoreSource } from "../schema";
import type { Prng } from "./prng";
import { JUDGE_MODELS, MODELS, RELEASES } from "./subject-pools";

/**
 * JSON values (JSON scores, metadata) come from small pools built once per project: rows share
 * the objects, so each object's JSON text is encoded once instead of once per row.
 */
const POOL_SIZE = 48;

const round2 = (x: number) => Math.round(x * 100) / 100;

const JSON_BUILDERS: Record<string, (rng: Prng) => object> = {
  "rubric-breakdown": (rng) => {
    const [accuracy, clarity, tone] = [rng.range(2, 5), rng.range(1, 5), rng.range(3, 5)];
    const verdict = accuracy + clarity + tone >= 11 ? "pass" : "fail";
    return { accuracy, clarity, tone, verdict, judge: rng.pick(JUDGE_MODELS) };
  },
  "structured-eval": (rng) => {
    const checks = ["schema", "required_fields", "enum_values"].map((name) => ({
      name,
      ok: rng.chance(0.85),
    }));
    return { passed: checks.every((c) => c.ok), checks };
  },
  "tool-trace-check": (rng) => {
    const steps = rng.range(1, 6);
    const correct = rng.range(Math.max(0, steps - 2), steps);
    const wrongArgs = correct < steps ? ["order_id"] : [];
    return {
      steps,
      correct_tools: correct,
      wrong_args: wrongArgs,
      verdict: correct === steps ? "ok" : "review",
    };
  },
  "retrieval-diagnostics": (rng) => ({
    gold_rank: rng.chance(0.8) ? rng.range(1, 5) : null,
    top_k: 5,
    scores: [
      round2(0.7 + rng.float() * 0.25),
      round2(0.5 + rng.float() * 0.2),
      round2(0.3 + rng.float() * 0.2),
    ],
  }),
  "ragas-report": (rng) => ({
    faithfulness: round2(0.5 + rng.float() * 0.5),
    answer_relevancy: round2(0.6 + rng.float() * 0.4),
    context_precision: round2(0.4 + rng.float() * 0.6),
    context_recall: round2(0.4 + rng.float() * 0.6),
  }),
};

/** Values for a JSON label; configs found in an existing project get a generic shape. */
export function buildJsonPool(labelName: string, rng: Prng): object[] {
  const build =
    JSON_BUILDERS[labelName] ?? ((r: Prng) => ({ score: round2(r.float()), reviewed: r.chance(0.5) }));
  return Array.from({ length: POOL_SIZE }, () => build(rng));
}

export type MetadataPools = Record<ScoreSource, readonly object[]>;

/** Score metadata as SDKs, judges and the annotation UI attach it; about one in six rows has none. */
export function buildMetadataPools(rng: Prng): MetadataPools {
  const empty = {};
  const withEmpty = (build: () => object) =>
    Array.from({ length: POOL_SIZE }, (_, i) => (i % 6 === 0 ? empty : build()));
  return {
    EVAL: withEmpty(() => ({
      judge_model: rng.pick(JUDGE_MODELS),
      judge_prompt_version: rng.range(1, 7),
      latency_ms: rng.range(300, 4000),
      tokens: { input: rng.range(400, 3000), output: rng.range(20, 300) },
    })),
    API: withEmpty(() => ({
      sdk: rng.chance(0.6) ? "python" : "js",
      sdk_version: rng.pick(["3.2.1", "3.3.0", "3.4.2", "2.60.1"]),
      release: rng.pick(RELEASES),
    })),
    ANNOTATION: withEmpty(() => ({
      ui: rng.pick(["queue", "trace-view", "session-view"]),
      time_spent_s: rng.range(5, 240),
    })),
  };
}

/** Subject metadata: which model answered, for whom, in which release. */
export function buildSubjectMetadataPool(rng: Prng): object[] {
  return Array.from({ length: POOL_SIZE }, () => ({
    model: rng.pick(MODELS),
    user_id: `u_${rng.range(1000, 99999)}`,
    release: rng.pick(RELEASES),
    tokens: rng.range(150, 4000),
  }));
}
