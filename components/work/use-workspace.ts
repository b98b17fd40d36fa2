"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { apiRequest, ApiRequestError } from "@/components/settings/api-request";
import type { Submission } from "./form-model";
import type { ClaimResponse, WorkItem } from "./work-types";

/**
 * The workspace's state: the item on screen, the next one (claimed ahead, so submit → next item
 * needs no round trip), what is left, and the items done in this sitting for `[` / `]`.
 */
export type WorkspaceState = {
  /** waiting: items are left for this person, but others hold them right now (retried every few seconds). */
  status: "loading" | "ready" | "waiting" | "empty" | "error";
  current: WorkItem | null;
  /** Set while looking back at an item of the history; the claimed item waits. */
  viewing: WorkItem | null;
  historyIndex: number | null;
  history: string[];
  left: number;
  total: number;
  message: string | null;
  busy: boolean;
};

const WAIT_RETRY_MS = 3000;

const base = (queueId: string) => `/api/v1/queues/${encodeURIComponent(queueId)}`;
const itemPath = (queueId: string, itemId: string, action: string) =>
  `${base(queueId)}/items/${encodeURIComponent(itemId)}/${action}`;

export function useWorkspace(projectId: string, queueId: string) {
  const [state, setState] = useState<WorkspaceState>({
    status: "loading",
    current: null,
    viewing: null,
    historyIndex: null,
    history: [],
    left: 0,
    total: 0,
    message: null,
    busy: false,
  });
  const prefetched = useRef<Promise<ClaimResponse> | null>(null);
  const held = useRef(new Set<string>());

  const claim = useCallback(
    (exclude: string[]) =>
      apiRequest<ClaimResponse>(`${base(queueId)}/next`, projectId, {
        method: "POST",
        body: { exclude },
      }).then((response) => {
        if (response.next) held.current.add(response.next.item.id);
        return response;
      }),
    [projectId, queueId],
  );

  /** Claims the item after `current` in the background. */
  const prefetch = useCallback(
    (current: WorkItem | null) => {
      prefetched.current = current ? claim([current.item.id]) : null;
      prefetched.current?.catch(() => undefined);
    },
    [claim],
  );

  const show = useCallback(
    (response: ClaimResponse, message: string | null = null) => {
      setState((previous) => ({
        ...previous,
        status: response.next ? "ready" : response.left > 0 ? "waiting" : "empty",
        current: response.next,
        viewing: null,
        historyIndex: null,
        left: response.left,
        total: response.total,
        message,
        busy: false,
      }));
      prefetch(response.next);
    },
    [prefetch],
  );

  const fail = (error: unknown) =>
    setState((previous) => ({
      ...previous,
      busy: false,
      message: error instanceof Error ? error.message : "Something went wrong",
    }));

  useEffect(() => {
    let cancelled = false;
    claim([])
      .then((response) => !cancelled && show(response))
      .catch((error: unknown) => {
        if (cancelled) return;
        setState((previous) => ({
          ...previous,
          status: "error",
          message: error instanceof Error ? error.message : "Could not open the queue",
        }));
      });
    const release = () => {
      for (const itemId of held.current) {
        navigator.sendBeacon?.(
          `${itemPath(queueId, itemId, "release")}?projectId=${encodeURIComponent(projectId)}`,
        );
      }
      held.current.clear();
    };
    window.addEventListener("pagehide", release);
    return () => {
      cancelled = true;
      window.removeEventListener("pagehide", release);
    };
  }, [claim, show, projectId, queueId]);

  // While others hold every item left for this person, ask again every few seconds.
  useEffect(() => {
    if (state.status !== "waiting" || state.viewing) return;
    const timer = window.setInterval(() => {
      claim([])
        .then((response) => {
          if (response.next || response.left === 0) show(response);
        })
        .catch(() => undefined);
    }, WAIT_RETRY_MS);
    return () => window.clearInterval(timer);
  }, [state.status, state.viewing, claim, show]);

  /** The prefetched next item, or a fresh claim when there is none (or it failed). */
  const advance = useCallback(
    async (doneId: string) => {
      const ahead = prefetched.current;
      prefetched.current = null;
      const response = ahead ? await ahead.catch(() => null) : null;
      if (response && response.next?.item.id !== doneId) return response;
      return claim([doneId]);
    },
    [claim],
  );

  const { current, busy } = state;
  const submit = useCallback(
    async (submission: Submission) => {
      if (!current || busy) return;
      setState((previous) => ({ ...previous, busy: true, message: null }));
      try {
        const result = await apiRequest<{ left: number; total: number }>(
          itemPath(queueId, current.item.id, "submit"),
          projectId,
          { method: "POST", body: submission },
        );
        held.current.delete(current.item.id);
        setState((previous) => ({ ...previous, history: [...previous.history, current.item.id] }));
        const next = await advance(current.item.id);
        show({ ...next, left: Math.min(next.left, result.left), total: result.total });
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 409) {
          held.current.delete(current.item.id);
          show(await advance(current.item.id), `${error.message}. Here is your next item.`);
        } else fail(error);
      }
    },
    [advance, projectId, queueId, show, busy, current],
  );

  const skip = useCallback(async () => {
    if (!current || busy) return;
    setState((previous) => ({ ...previous, busy: true, message: null }));
    try {
      await apiRequest(itemPath(queueId, current.item.id, "skip"), projectId, { method: "POST" });
      held.current.delete(current.item.id);
      let next = await advance(current.item.id);
      if (!next.next) next = await claim([]); // only skipped items are left: offer them again
      show(next, next.next?.item.id === current.item.id ? "Only skipped items are left." : "Skipped.");
    } catch (error) {
      fail(error);
    }
  }, [advance, claim, projectId, queueId, show, busy, current]);

  /** `[` and `]`: step through the items done in this sitting; past the end returns to the claimed item. */
  const step = useCallback(
    async (delta: -1 | 1) => {
      const { history, historyIndex } = state;
      if (history.length === 0) return;
      const from = historyIndex ?? history.length;
      const to = Math.max(0, Math.min(history.length, from + delta));
      if (to === from) return;
      if (to === history.length) {
        setState((previous) => ({ ...previous, viewing: null, historyIndex: null, message: null }));
        return;
      }
      try {
        const item = await apiRequest<WorkItem>(itemPath(queueId, history[to], "work"), projectId);
        setState((previous) => ({ ...previous, viewing: item, historyIndex: to, message: null }));
      } catch (error) {
        fail(error);
      }
    },
    [projectId, queueId, state],
  );

  /** Saves changed answers of an item from the history: If-Match on each existing score. */
  const saveEarlier = useCallback(
    async (submission: Submission) => {
      const viewing = state.viewing;
      if (!viewing) return;
      setState((previous) => ({ ...previous, busy: true, message: null }));
      try {
        const existing = new Map(viewing.yourScores.map((score) => [score.configId, score]));
        const fresh = submission.scores.filter((score) => !existing.has(score.configId));
        for (const score of submission.scores) {
          const earlier = existing.get(score.configId);
          if (!earlier) continue;
          const response = await fetch(
            `/api/v1/scores/${encodeURIComponent(earlier.id)}?projectId=${encodeURIComponent(projectId)}`,
            {
              method: "PATCH",
              headers: {
                "content-type": "application/json",
                "if-match": `"${Date.parse(earlier.updatedAt)}"`,
              },
              body: JSON.stringify({ value: score.value, comment: submission.comment }),
            },
          );
          if (response.status === 412)
            throw new Error("Someone changed this answer meanwhile; step away and back to reload it");
          if (!response.ok) {
            const payload = await response.json().catch(() => null);
            throw new Error(payload?.error?.message ?? `Saving failed with status ${response.status}`);
          }
        }
        if (fresh.length > 0) {
          await apiRequest(itemPath(queueId, viewing.item.id, "submit"), projectId, {
            method: "POST",
            body: { scores: fresh, comment: submission.comment },
          });
        }
        const reloaded = await apiRequest<WorkItem>(itemPath(queueId, viewing.item.id, "work"), projectId);
        setState((previous) => ({ ...previous, busy: false, viewing: reloaded, message: "Saved." }));
      } catch (error) {
        fail(error);
      }
    },
    [projectId, queueId, state.viewing],
  );

  return { state, submit, skip, step, saveEarlier };
}
