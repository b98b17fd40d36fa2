import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { annotationQueues, scoreConfigs } from "../schema";
import { uuidV7 } from "./ids";
import {
  chooseLabelSpecs,
  configlessPlans,
  planFromConfig,
  planFromSpec,
  storedCategoriesOf,
} from "./label-plans";
import { QUEUE_SPECS } from "./people";
import type { LabelPlan, QueueInsert } from "./plan-types";
import { type Prng, WeightedPicker, zipfWeights } from "./prng";

/** Share of all rows for the config-less names (corrections, nps). */
const CONFIGLESS_SHARE = [0.02, 0.015];

export type LabelSetup = { labels: LabelPlan[]; labelPicker: WeightedPicker<LabelPlan>; queueIds: string[] };

/**
 * Labels (score configs) and annotation queues of one project. Configs and queues that already
 * exist are reused by name and keep their definition; only missing ones are inserted.
 */
export async function ensureLabels(
  db: Database,
  projectId: string,
  rng: Prng,
  window: { startMs: number; baseMs: number },
): Promise<LabelSetup> {
  const existing = await db.select().from(scoreConfigs).where(eq(scoreConfigs.projectId, projectId));
  // Every random choice below draws from a stream of its own (fork), never from a shared one, so
  // what already exists in the database cannot shift later draws: the same seed gives the same plan.
  const byName = new Map(existing.map((row) => [row.name, row]));
  const takenSlugs = new Set(existing.map((row) => row.slug).filter(Boolean));
  const createdAt = new Date(window.startMs - 3 * 86_400_000);
  const archivedAtMs = Math.round(window.startMs + 0.55 * (window.baseMs - window.startMs));

  const labels: LabelPlan[] = [];
  const inserts: (typeof scoreConfigs.$inferInsert)[] = [];
  const specs = chooseLabelSpecs(rng.fork("labels"));
  // One mid-popularity label was retired halfway through the window; never the only one of its widget.
  const archived = specs.slice(7).find((s) => specs.filter((o) => o.widget === s.widget).length > 1);
  for (const spec of specs) {
    const labelRng = rng.fork(`label:${spec.name}`);
    const found = byName.get(spec.name);
    if (found) {
      const plan = planFromConfig(found, labelRng);
      if (plan) labels.push(plan);
      continue;
    }
    const id = uuidV7(createdAt.getTime(), labelRng);
    const archive = spec === archived;
    const slug = spec.evaluator === "llm" || spec.evaluator === "code" ? spec.name : null;
    inserts.push({
      id,
      projectId,
      name: spec.name,
      slug: slug && !takenSlugs.has(slug) ? slug : null,
      dataType: spec.dataType,
      widget: spec.widget,
      minValue: spec.dataType === "NUMERIC" ? (spec.min ?? null) : null,
      maxValue: spec.dataType === "NUMERIC" ? (spec.max ?? null) : null,
      step: spec.step ?? null,
      categories: storedCategoriesOf(spec),
      evaluatorType: spec.evaluator,
      description: spec.description,
      isArchived: archive,
      createdAt,
      updatedAt: archive ? new Date(archivedAtMs) : createdAt,
    });
    labels.push({ ...planFromSpec(spec, id, labelRng), archivedAtMs: archive ? archivedAtMs : null });
  }
  if (inserts.length > 0) await db.insert(scoreConfigs).values(inserts);

  const queueIds = await ensureQueues(db, projectId, labels, rng, createdAt);
  const configless = configlessPlans(rng.fork("configless"));
  const zipf = zipfWeights(labels.length);
  const zipfSum = zipf.reduce((a, b) => a + b, 0);
  const weights = zipf.map((w) => (w / zipfSum) * (1 - CONFIGLESS_SHARE[0] - CONFIGLESS_SHARE[1]));
  const all = [...labels, ...configless];
  return { labels: all, labelPicker: new WeightedPicker(all, [...weights, ...CONFIGLESS_SHARE]), queueIds };
}

/** 3–6 queues, each serving a few human-judged labels; fills `queueIds` on those labels. */
async function ensureQueues(
  db: Database,
  projectId: string,
  labels: LabelPlan[],
  rng: Prng,
  createdAt: Date,
): Promise<string[]> {
  const existing = await db.select().from(annotationQueues).where(eq(annotationQueues.projectId, projectId));
  const annotatable = labels.filter((l) => l.configId && l.sources.items.includes("ANNOTATION"));
  const pick = rng.fork("queues");
  const specs = pick.shuffle(QUEUE_SPECS).slice(0, pick.range(3, 6));
  const queues: { id: string; configIds: readonly string[] }[] = [];
  const inserts: QueueInsert[] = [];
  for (const spec of specs) {
    const found = existing.find((q) => q.name === spec.name);
    if (found) {
      queues.push({ id: found.id, configIds: found.configIds });
      continue;
    }
    const queueRng = rng.fork(`queue:${spec.name}`);
    const popular = annotatable.slice(0, 10);
    const configIds = queueRng
      .shuffle(popular)
      .slice(0, queueRng.range(3, 6))
      .map((l) => l.configId!);
    const queue = {
      id: uuidV7(createdAt.getTime(), queueRng),
      projectId,
      ...spec,
      configIds,
      createdAt,
      updatedAt: createdAt,
    };
    inserts.push(queue);
    queues.push(queue);
  }
  if (inserts.length > 0) await db.insert(annotationQueues).values(inserts);
  for (const label of labels) {
    if (label.configId)
      label.queueIds = queues.filter((q) => q.configIds.includes(label.configId!)).map((q) => q.id);
  }
  return queues.map((q) => q.id);
}
