import type { ScoreSource, SubjectKind } from "../schema";
import { uuidV7 } from "./ids";
import { buildMetadataPools, buildSubjectMetadataPool, type MetadataPools } from "./json-pools";
import { ENVIRONMENT_WEIGHTS, ENVIRONMENTS } from "./people";
import type { LabelPlan, ProjectPlan, ScoreInsert, SeedSinks } from "./plan-types";
import { Prng, WeightedPicker } from "./prng";
import { REVISED_SHARE, reviseScore } from "./revisions";
import { applyEvaluatorFields, authorLabelFor, commentFor, enqueue, queueItemFor } from "./score-extras";
import { buildContentPools } from "./subject-content";
import { SubjectPool } from "./subjects";
import { Timeline } from "./timeline";
import { drawValue, emptyValue } from "./values";

const picker = <T extends string>(weights: Record<T, number>) =>
  new WeightedPicker(Object.keys(weights) as T[], Object.values(weights));

/** What a score judges depends on who scores: judges run on spans and experiments, people on traces and sessions. */
const SUBJECT_KINDS: Record<ScoreSource, WeightedPicker<SubjectKind>> = {
  EVAL: picker({ trace: 45, observation: 30, experiment: 20, session: 5 }),
  API: picker({ trace: 60, observation: 20, session: 20 }),
  ANNOTATION: picker({ trace: 55, observation: 20, session: 25 }),
};

type ProjectState = { plan: ProjectPlan; pool: SubjectPool; metadata: MetadataPools };

/**
 * Produces `total` scores in timestamp order, with the subjects, queue items and revisions they
 * imply, into the sinks. Purely synchronous and driven by one seeded PRNG stream, so the output
 * is a function of (seed, plans, total, baseMs) and independent of how the caller batches.
 */
export class ScoreGenerator {
  private readonly rng: Prng;
  private readonly timeline: Timeline;
  private readonly projects: ProjectState[];
  private readonly projectPicker: WeightedPicker<ProjectState>;
  private readonly value = emptyValue();
  private produced = 0;

  constructor(
    seed: number,
    plans: readonly ProjectPlan[],
    weights: readonly number[],
    readonly total: number,
    private readonly baseMs: number,
    private readonly sinks: SeedSinks,
  ) {
    const root = new Prng(seed, "scores");
    this.rng = root.fork("rows");
    this.timeline = new Timeline(baseMs, total, root.fork("time"));
    const environments = new WeightedPicker(ENVIRONMENTS, ENVIRONMENT_WEIGHTS);
    const contents = buildContentPools(root.fork("content"));
    this.projects = plans.map((plan) => {
      const rng = root.fork(`project:${plan.id}`);
      const subjectMetadata = buildSubjectMetadataPool(rng);
      const pool = new SubjectPool(
        plan.id,
        this.rng,
        sinks.subjects,
        environments,
        contents,
        subjectMetadata,
        this.timeline.startMs,
      );
      return { plan, pool, metadata: buildMetadataPools(rng) };
    });
    this.projectPicker = new WeightedPicker(this.projects, weights);
  }

  get done(): number {
    return this.produced;
  }

  /** Generates the next `count` scores (fewer at the end). */
  emit(count: number): void {
    const end = Math.min(this.total, this.produced + count);
    while (this.produced < end) this.next(this.produced++);
  }

  private pickLabel(plan: ProjectPlan, ts: number): LabelPlan {
    for (let attempt = 0; attempt < 4; attempt++) {
      const label = plan.labelPicker.pick(this.rng);
      if (label.archivedAtMs === null || ts <= label.archivedAtMs) return label;
    }
    return plan.labels.find((l) => l.archivedAtMs === null) ?? plan.labels[0];
  }

  private next(index: number): void {
    const { rng, value, baseMs } = this;
    const ts = this.timeline.at(index);
    const project = this.projectPicker.pick(rng);
    const label = this.pickLabel(project.plan, ts);
    const source = label.sources.pick(rng);
    const subject = project.pool.take(SUBJECT_KINDS[source].pick(rng), ts);
    drawValue(label, rng, value);

    const author = source === "ANNOTATION" ? project.plan.annotatorPicker.pick(rng) : null;
    const queueContext = { rng, sink: this.sinks.queueItems, startMs: this.timeline.startMs, baseMs };
    const item =
      source === "ANNOTATION" && rng.chance(0.45)
        ? queueItemFor(subject, label, ts, author, queueContext)
        : null;
    // A few subjects are queued for review but nobody has got to them yet.
    if (!subject.queueItem && project.plan.queueIds.length > 0 && rng.chance(0.01)) {
      enqueue(subject, rng.pick(project.plan.queueIds), ts, null, false, queueContext);
    }
    // SDKs and judges report a moment after the judgement; the annotation UI writes it directly.
    const createdAt = new Date(source === "ANNOTATION" ? ts : Math.min(baseMs, ts + rng.range(50, 4000)));

    const row: ScoreInsert = {
      projectId: project.plan.id,
      id: uuidV7(ts, rng),
      name: label.name,
      configId: label.configId,
      dataType: label.dataType,
      numericValue: value.numeric,
      stringValue: value.text,
      categories: value.categories,
      jsonValue: value.json,
      source,
      traceId: subject.traceId,
      observationId: subject.observationId,
      sessionId: subject.sessionId,
      experimentId: subject.experimentId,
      subjectKind: subject.kind,
      observationType: subject.observationType,
      environment: subject.environment,
      authorUserId: author,
      authorLabel: authorLabelFor(source, rng),
      queueId: item?.queueId ?? null,
      queueItemId: item?.id ?? null,
      comment: commentFor(source, value.goodness, rng),
      metadata: rng.pick(project.metadata[source]),
      kind: null,
      isPassed: null,
      cost: null,
      status: null,
      errorMessage: null,
      promptId: null,
      promptVersion: null,
      datasetId: subject.datasetId,
      automationId: null,
      executionTraceId: null,
      timestamp: new Date(ts),
      createdAt,
      updatedAt: createdAt,
    };
    applyEvaluatorFields(row, label, value.goodness, rng);
    if (rng.chance(REVISED_SHARE)) reviseScore(row, label, rng, this.sinks.revisions, baseMs);
    this.sinks.scores.add(row);
  }
}
