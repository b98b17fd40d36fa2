import type { SubjectKind } from "../schema";
import type { Prng } from "./prng";
import { DATASETS, EXCHANGES, EXPERIMENT_NAMES, MODELS, SESSION_OUTCOMES } from "./subject-pools";

/** Input and output of one subject; objects are shared between subjects so their JSON is encoded once. */
export type Content = { input: object; output: object };

const chat = ([question, answer]: readonly [string, string]): Content => ({
  input: { messages: [{ role: "user", content: question }] },
  output: { role: "assistant", content: answer },
});

/** Pre-built contents per subject kind (and per observation type), built once per seed run. */
export type ContentPools = {
  trace: readonly Content[];
  session: readonly Content[];
  observation: Readonly<Record<string, readonly Content[]>>;
};

export function buildContentPools(rng: Prng): ContentPools {
  const chats = EXCHANGES.map(chat);
  const retrieval = EXCHANGES.map(([question]) => ({
    input: { query: question, top_k: 5 },
    output: {
      documents: [`kb-${rng.range(1000, 1999)}#${rng.range(1, 9)}`, `kb-${rng.range(1000, 1999)}#1`],
    },
  }));
  const tools = EXCHANGES.map(() => ({
    input: { order_id: String(rng.range(40000, 49999)) },
    output: { status: rng.pick(["shipped", "processing", "delivered"]), eta_days: rng.range(1, 5) },
  }));
  const spans = EXCHANGES.map(([question]) => ({
    input: { text: question },
    output: { passed: rng.chance(0.9) },
  }));
  const sessions = EXCHANGES.map(([question]) => ({
    input: { first_message: question, turns: rng.range(2, 14) },
    output: { outcome: rng.pick(SESSION_OUTCOMES) },
  }));
  return {
    trace: chats,
    session: sessions,
    observation: { generation: chats, retriever: retrieval, tool: tools, span: spans, event: spans },
  };
}

/** An experiment: a named run over a dataset; its subject row summarises the configuration. */
export function experimentContent(rng: Prng, serial: number) {
  const dataset = rng.pick(DATASETS);
  const name = rng.pick(EXPERIMENT_NAMES).replace("{n}", String(serial));
  const input = { dataset, model: rng.pick(MODELS), temperature: rng.pick([0, 0.2, 0.7]) };
  const output = {
    items: rng.range(50, 400),
    mean_score: Math.round((0.55 + rng.float() * 0.4) * 100) / 100,
  };
  return { name, dataset, content: { input, output } satisfies Content };
}

export type { SubjectKind };
