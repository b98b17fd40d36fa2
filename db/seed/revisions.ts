import { uuidV7 } from "./ids";
import type { LabelPlan, RevisionInsert, RowSink, ScoreInsert } from "./plan-types";
import type { Prng } from "./prng";
import { NEGATIVE_COMMENTS } from "./text-pools";
import { drawValue, emptyValue } from "./values";

/** About 2% of scores were edited after creation, minutes to days later. */
export const REVISED_SHARE = 0.02;
const MINUTE = 60_000;

const previous = emptyValue();

/**
 * Edit history of one score: a "create" revision holding the first version and an "update"
 * revision from that version to the row as stored. Half the edits change the value, half only
 * the comment. Snapshots are whole rows, as the API writes them.
 */
export function reviseScore(
  row: ScoreInsert,
  label: LabelPlan,
  rng: Prng,
  sink: RowSink<RevisionInsert>,
  baseMs: number,
): void {
  const createdMs = row.createdAt.getTime();
  const updatedMs = Math.min(baseMs, createdMs + rng.range(1, 3 * 24 * 60) * MINUTE);
  row.updatedAt = new Date(updatedMs);

  const first: ScoreInsert = { ...row, updatedAt: row.createdAt };
  if (rng.chance(0.5) && row.dataType !== "CORRECTION") {
    drawValue(label, rng, previous);
    first.numericValue = previous.numeric;
    first.stringValue = previous.text;
    first.categories = previous.categories;
    first.jsonValue = previous.json;
  } else {
    first.comment = null;
    row.comment ??= rng.pick(NEGATIVE_COMMENTS);
  }

  const actorUserId = row.authorUserId;
  const base = { projectId: row.projectId, scoreId: row.id, actorUserId, actorApiKeyId: null };
  sink.add({
    ...base,
    id: uuidV7(createdMs, rng),
    action: "create",
    before: null,
    after: first,
    createdAt: row.createdAt,
  });
  sink.add({
    ...base,
    id: uuidV7(updatedMs, rng),
    action: "update",
    before: first,
    after: { ...row },
    createdAt: row.updatedAt,
  });
}
