import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { RevisionJson } from "./revisions";
import type { ScoreDetailJson } from "./score-detail";
import {
  applyOptimisticEdit,
  facetsKeyPrefix,
  listKeyPrefix,
  restoreSnapshot,
  writeServerVersion,
  type EditSnapshot,
  type ScoreEditPatch,
} from "./score-edit-cache";
import { scoreDetailKey } from "./use-score-detail";
import { apiPath, fetchApi, readApiJson, type ScoreJson } from "./use-score-list";
import { scoreRevisionsKey } from "./use-score-revisions";

/**
 * Saving an edit of a score's value or comment (dashboard.md, "Detail drawer"): every cached copy
 * shows the new value at once; the PATCH carries `If-Match` with the version the person started
 * from, so an edit made meanwhile by someone else is a 412 the editor turns into a choice, never a
 * silent overwrite; any failure puts every copy back as it was.
 */
export type ScoreEditVariables = {
  patch: ScoreEditPatch;
  /** The `updatedAt` (or ETag) of the version the edit was made against. */
  ifMatch: string;
  /** The label's categories, so a categorical value's mapped number is right before the answer. */
  categories?: { label: string; value: number }[];
};

export async function sendScorePatch(
  projectId: string,
  scoreId: string,
  patch: ScoreEditPatch,
  ifMatch: string,
): Promise<ScoreJson> {
  const response = await fetch(apiPath(`scores/${encodeURIComponent(scoreId)}`, projectId), {
    method: "PATCH",
    headers: { accept: "application/json", "content-type": "application/json", "if-match": ifMatch },
    body: JSON.stringify(patch),
  });
  return readApiJson<ScoreJson>(
    response,
    `The server answered ${response.status} ${response.statusText}`.trim(),
  );
}

/** After a write: the history and the revision count grew, and facet counts may have moved. */
function refreshAfterWrite(client: QueryClient, projectId: string, scoreId: string) {
  void client.invalidateQueries({ queryKey: scoreRevisionsKey(projectId, scoreId) });
  void client.invalidateQueries({ queryKey: scoreDetailKey(projectId, scoreId) });
  void client.invalidateQueries({ queryKey: facetsKeyPrefix(projectId) });
}

export function useScoreEdit(projectId: string, scoreId: string) {
  const client = useQueryClient();
  return useMutation<ScoreJson, Error, ScoreEditVariables, EditSnapshot>({
    mutationFn: ({ patch, ifMatch }) => sendScorePatch(projectId, scoreId, patch, ifMatch),
    onMutate: async ({ patch, categories }) => {
      // A refetch landing after the optimistic write would show the old value again.
      await client.cancelQueries({ queryKey: scoreDetailKey(projectId, scoreId) });
      await client.cancelQueries({ queryKey: listKeyPrefix(projectId) });
      return applyOptimisticEdit(client, projectId, scoreId, patch, categories);
    },
    onError: (_error, _variables, snapshot) => {
      if (snapshot) restoreSnapshot(client, projectId, scoreId, snapshot);
    },
    onSuccess: (saved) => {
      writeServerVersion(client, projectId, saved);
      refreshAfterWrite(client, projectId, scoreId);
    },
  });
}

/** The version that won a conflict, with who made it and when, for the editor to show. */
export type LatestVersion = { score: ScoreDetailJson; changedBy: string; changedAt: string };

function actorNameOf(revision: RevisionJson | undefined, members: { id: string; name: string | null }[]) {
  if (!revision) return "someone";
  if (revision.actorApiKeyId) return "an API key";
  const member = members.find((candidate) => candidate.id === revision.actorUserId);
  return member?.name || revision.actorUserId || "someone";
}

export async function fetchLatestVersion(projectId: string, scoreId: string): Promise<LatestVersion> {
  const path = (sub: string) => apiPath(sub, projectId);
  const id = encodeURIComponent(scoreId);
  const [score, revisions, members] = await Promise.all([
    fetchApi<ScoreDetailJson>(path(`scores/${id}`)),
    // Who changed it is a courtesy: without it the dialog still shows their version.
    fetchApi<{ data: RevisionJson[] }>(path(`scores/${id}/revisions`)).catch(() => ({ data: [] })),
    fetchApi<{ data: { id: string; name: string | null }[] }>(path("members")).catch(() => ({ data: [] })),
  ]);
  const latest = revisions.data.at(-1);
  return {
    score,
    changedBy: actorNameOf(latest, members.data),
    changedAt: latest?.createdAt ?? score.updatedAt,
  };
}

/** "Keep theirs": every copy shows the version that won, and the history its edit. */
export function showLatestVersion(client: QueryClient, projectId: string, latest: ScoreDetailJson): void {
  client.setQueryData(scoreDetailKey(projectId, latest.id), latest);
  writeServerVersion(client, projectId, latest);
  refreshAfterWrite(client, projectId, latest.id);
}
