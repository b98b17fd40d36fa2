import type { RevisionActor } from "@/lib/scores/revisions";

/** Words the revision history shows: who, what and when. Pure, so it is unit-tested. */
export const actionLabels: Record<string, string> = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
};

export type ActorText = { name: string; detail: string | null };

/** A person by name (email beside it), an API key by its note; ids only when nothing else is known. */
export function describeActor(actor: RevisionActor | null): ActorText {
  if (actor === null) return { name: "Unknown", detail: "no actor was recorded" };
  if (actor.kind === "user") {
    if (actor.name) return { name: actor.name, detail: actor.email };
    return { name: actor.email ?? "Deleted user", detail: actor.email ? null : actor.id };
  }
  return actor.name
    ? { name: `API key “${actor.name}”`, detail: null }
    : { name: "API key", detail: actor.id };
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "3 minutes ago", "yesterday", "just now"; `now` is passed in so the text is testable. */
export function formatRelativeTime(iso: string, now: number): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const size = Math.abs(seconds);
  if (size < 45) return "just now";
  for (const [unit, length] of units) {
    if (size >= length) return relative.format(Math.round(seconds / length), unit);
  }
  return relative.format(Math.round(seconds / 60), "minute");
}
