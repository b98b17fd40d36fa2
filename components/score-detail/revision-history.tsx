"use client";

import { useState, useSyncExternalStore } from "react";
import { QueryState } from "@/components/drilldown/query-state";
import { Button } from "@/components/ui/button";
import type { RevisionJson } from "@/lib/scores/revisions";
import { useScoreRevisions } from "@/lib/scores/use-score-revisions";
import { useTimeZone } from "@/lib/scores/use-time-zone";
import { RevisionItem } from "./revision-item";

/**
 * A score's edit history, newest first. The API answers the whole history at once; long
 * histories show their newest entries and reveal older ones on request, so the drawer stays short.
 */
export const REVISIONS_SHOWN = 10;

const MINUTE = 60_000;

/** The current time to the minute, refreshed each minute, so "5 minutes ago" stays true without re-rendering per second. */
function useMinuteClock(): number {
  return useSyncExternalStore(
    (onChange) => {
      const timer = setInterval(onChange, MINUTE);
      return () => clearInterval(timer);
    },
    () => Math.floor(Date.now() / MINUTE) * MINUTE,
    () => 0,
  );
}

export function RevisionHistory({ projectId, scoreId }: { projectId: string; scoreId: string }) {
  // Keyed by score, so stepping to another score starts with its newest entries again.
  return <RevisionList key={`${projectId}/${scoreId}`} projectId={projectId} scoreId={scoreId} />;
}

function RevisionList({ projectId, scoreId }: { projectId: string; scoreId: string }) {
  const query = useScoreRevisions(projectId, scoreId);
  return (
    <QueryState query={query} what="revision history">
      {(revisions) => <Revisions newestFirst={[...revisions].reverse()} />}
    </QueryState>
  );
}

function Revisions({ newestFirst }: { newestFirst: RevisionJson[] }) {
  const timeZone = useTimeZone();
  const now = useMinuteClock();
  const [shown, setShown] = useState(REVISIONS_SHOWN);
  if (newestFirst.length === 0) {
    return (
      <p className="text-sm text-slate-500 dark:text-slate-400">No revisions recorded for this score.</p>
    );
  }
  const older = newestFirst.length - shown;
  return (
    <div className="flex flex-col gap-3">
      <ol aria-label="Revisions, newest first" className="flex flex-col gap-3">
        {newestFirst.slice(0, shown).map((revision) => (
          <RevisionItem key={revision.id} revision={revision} timeZone={timeZone} now={now} />
        ))}
      </ol>
      {older > 0 && (
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => setShown((count) => count + REVISIONS_SHOWN)}
        >
          Show older ({older} more)
        </Button>
      )}
    </div>
  );
}
