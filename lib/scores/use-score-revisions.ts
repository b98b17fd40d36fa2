import { useQuery } from "@tanstack/react-query";
import type { RevisionJson } from "./revisions";
import { apiPath, fetchApi } from "./use-score-list";

/**
 * A score's edit history (GET /api/v1/scores/{id}/revisions, oldest first, unpaged). Whoever
 * edits a score invalidates `scoreRevisionsKey` so an open history shows the new revision.
 */
export type ScoreRevision = RevisionJson;

export const scoreRevisionsKey = (projectId: string, scoreId: string) =>
  ["scores", "revisions", projectId, scoreId] as const;

export const scoreRevisionsPath = (projectId: string, scoreId: string) =>
  apiPath(`scores/${encodeURIComponent(scoreId)}/revisions`, projectId);

export function useScoreRevisions(projectId: string, scoreId: string) {
  return useQuery({
    queryKey: scoreRevisionsKey(projectId, scoreId),
    queryFn: ({ signal }) =>
      fetchApi<{ data: ScoreRevision[] }>(scoreRevisionsPath(projectId, scoreId), signal).then(
        (body) => body.data,
      ),
    // A 404 (a score id never seen) will not heal on retry.
    retry: (count, error) => count < 2 && !("status" in error && Number(error.status) < 500),
  });
}
