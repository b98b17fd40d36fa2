import { formatNumber } from "@/components/scores/format";

/** Text and links the drill-down pages share. Pure, so they are unit-tested. */
export const NO_FIGURE = "—";

/** A 0…1 share as a percentage with at most one decimal: 0.75 → "75%", 2/3 → "66.7%". */
export function formatPercent(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return NO_FIGURE;
  return `${Math.round(share * 1000) / 10}%`;
}

/** A figure that may be undefined (kappa with one constant category, a mean without numbers). */
export function formatFigure(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NO_FIGURE : formatNumber(value);
}

/** A histogram bucket as a range, e.g. "0.2–0.35". */
export function formatBucket(from: number, to: number): string {
  return `${formatNumber(from)}–${formatNumber(to)}`;
}

/** A person by name, falling back to the id so a deleted member is still identifiable. */
export const personName = (person: { id: string; name: string | null }) => person.name ?? person.id;

const base = (projectId: string) => `/projects/${encodeURIComponent(projectId)}`;

export const drilldownHref = {
  label: (projectId: string, name: string) => `${base(projectId)}/labels/${encodeURIComponent(name)}`,
  annotator: (projectId: string, userId: string) =>
    `${base(projectId)}/annotators/${encodeURIComponent(userId)}`,
  subject: (projectId: string, kind: string, id: string) =>
    `${base(projectId)}/subjects/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`,
  queue: (projectId: string, queueId: string) => `${base(projectId)}/queues/${encodeURIComponent(queueId)}`,
  /** The explorer with this score's drawer open. */
  score: (projectId: string, scoreId: string) =>
    `${base(projectId)}/scores?${new URLSearchParams({ score: scoreId })}`,
};

/** Scores of one subject grouped by label, labels in name order, each group newest first as given. */
export function groupByLabel<T extends { name: string }>(scores: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const score of scores) groups.set(score.name, [...(groups.get(score.name) ?? []), score]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** A route segment as text: Next hands dynamic segments over still percent-encoded. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%" that is not an escape is part of the name
  }
}
