import type { SubjectKind } from "../schema";
import { hexId } from "./ids";
import type { RowSink, SubjectInsert } from "./plan-types";
import type { Prng, WeightedPicker } from "./prng";
import { RecentRing } from "./recent-ring";
import { experimentContent, type Content, type ContentPools } from "./subject-content";
import { OBSERVATIONS, SESSION_NAMES, TRACE_NAMES } from "./subject-pools";

/** What a score points at; the id columns are set exactly as the subject kind requires. */
export type Subject = {
  kind: SubjectKind;
  traceId: string | null;
  observationId: string | null;
  sessionId: string | null;
  experimentId: string | null;
  observationType: string | null;
  environment: string;
  datasetId: string | null;
  /** The queue item this subject sits in, once an annotator scored it from a queue. */
  queueItem: { queueId: string; id: string } | null;
};

/** A new subject for about 30% of scores keeps subjects near scores / 3 (each is judged ~3 times). */
const NEW_SUBJECT_RATE = 0.3;
const RING = 40;

/**
 * Recent subjects per kind of one project. Scores reuse them (several labels judge the same
 * trace within minutes), and new ones are written to the subjects sink as they appear.
 */
export class SubjectPool {
  private readonly rings = {
    trace: new RecentRing<Subject>(RING),
    observation: new RecentRing<Subject>(RING),
    session: new RecentRing<Subject>(RING),
    experiment: new RecentRing<Subject>(RING),
  };
  private experiment: { id: string; dataset: string; remaining: number } | null = null;
  private experimentSerial = 0;

  constructor(
    private readonly projectId: string,
    private readonly rng: Prng,
    private readonly sink: RowSink<SubjectInsert>,
    private readonly environments: WeightedPicker<string>,
    private readonly contents: ContentPools,
    private readonly metadata: readonly object[],
    private readonly startMs: number,
  ) {}

  take(kind: SubjectKind, ts: number): Subject {
    const ring = this.rings[kind];
    if (ring.size > 0 && !this.rng.chance(NEW_SUBJECT_RATE)) return ring.pickRecent(this.rng);
    const subject = this.create(kind, ts);
    ring.push(subject);
    return subject;
  }

  private create(kind: SubjectKind, ts: number): Subject {
    const { rng, contents } = this;
    const subject: Subject = {
      kind,
      traceId: null,
      observationId: null,
      sessionId: null,
      experimentId: null,
      observationType: null,
      environment: kind === "experiment" && rng.chance(0.85) ? "eval" : this.environments.pick(rng),
      datasetId: null,
      queueItem: null,
    };
    // The subject row appears a little before its first score: minutes for traces, hours for sessions.
    if (kind === "trace") {
      const id = (subject.traceId = hexId(rng, 16));
      this.emit("trace", id, id, rng.pick(TRACE_NAMES), rng.pick(contents.trace), ts, 20);
    } else if (kind === "observation") {
      const traces = this.rings.trace;
      const traceId = traces.size > 0 && rng.chance(0.5) ? traces.pickRecent(rng).traceId : hexId(rng, 16);
      const id = (subject.observationId = hexId(rng, 8));
      const [name, type] = rng.pick(OBSERVATIONS);
      subject.traceId = traceId;
      subject.observationType = type;
      this.emit("observation", id, traceId, name, rng.pick(contents.observation[type]), ts, 20);
    } else if (kind === "session") {
      const id = (subject.sessionId = `sess_${hexId(rng, 8)}`);
      this.emit("session", id, null, rng.pick(SESSION_NAMES), rng.pick(contents.session), ts, 120);
    } else {
      const experiment = this.currentExperiment(ts);
      subject.experimentId = experiment.id;
      subject.datasetId = experiment.dataset;
      // A run item is a trace of its own; its subject row carries the item's input and output.
      const id = (subject.traceId = hexId(rng, 16));
      this.emit("trace", id, id, "experiment-item", rng.pick(contents.trace), ts, 5);
    }
    return subject;
  }

  /** Experiments run in bursts: one stays current for 40–400 items, then the next one starts. */
  private currentExperiment(ts: number) {
    if (this.experiment && this.experiment.remaining-- > 0) return this.experiment;
    const { name, dataset, content } = experimentContent(this.rng, ++this.experimentSerial);
    const id = `exp_${hexId(this.rng, 8)}`;
    this.experiment = { id, dataset, remaining: this.rng.range(40, 400) };
    this.emit("experiment", id, null, name, content, ts, 30);
    return this.experiment;
  }

  private emit(
    kind: SubjectKind,
    id: string,
    traceId: string | null,
    name: string,
    content: Content,
    ts: number,
    leadMinutes: number,
  ) {
    const lead = this.rng.range(1, leadMinutes * 60) * 1000;
    this.sink.add({
      projectId: this.projectId,
      kind,
      id,
      traceId,
      name,
      input: content.input,
      output: content.output,
      metadata: this.rng.pick(this.metadata),
      timestamp: new Date(Math.max(this.startMs, ts - lead)),
    });
  }
}
