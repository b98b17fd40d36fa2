import { useCallback, useEffect, useMemo, useRef } from "react";
import type { ScoreStepper } from "@/components/score-detail/detail-header";
import { stepOf, stepOriginOf, stepsAvailable, type StepDirection } from "@/lib/scores/step-score";
import type { ScoreJson, useScoreList } from "@/lib/scores/use-score-list";

type StepperOptions = {
  rows: readonly ScoreJson[];
  list: Pick<ReturnType<typeof useScoreList>, "hasNextPage" | "isPlaceholderData" | "fetchNextPage">;
  openId: string | null;
  activeIndex: number;
  focusRow: (index: number) => void;
  openScore: (scoreId: string) => void;
};

/**
 * Prev/Next for the open score in the explorer's list order (`[`/`]` and the drawer's buttons).
 * Each step opens the neighbour (a history entry, like any open) and moves the table's row focus
 * to it. Past the last loaded row it waits for the next page, unless the person moved on meanwhile.
 */
export function useScoreStepper({
  rows,
  list,
  openId,
  activeIndex,
  focusRow,
  openScore,
}: StepperOptions): ScoreStepper {
  const origin = useMemo(
    () => (openId ? stepOriginOf(rows, openId, activeIndex) : -1),
    [rows, openId, activeIndex],
  );
  // A previous page still on screen while new filters load is not this list: no paging past it.
  const hasMore = list.hasNextPage && !list.isPlaceholderData;
  const openNow = useRef(openId);
  useEffect(() => {
    openNow.current = openId;
  }, [openId]);

  const { fetchNextPage } = list;
  const onStep = useCallback(
    async (direction: StepDirection) => {
      if (!openId) return;
      const go = (loaded: readonly ScoreJson[], index: number) => {
        focusRow(index);
        openScore(loaded[index].id);
      };
      const step = stepOf(origin, direction, rows.length, hasMore);
      if (step.kind === "open") return go(rows, step.index);
      if (step.kind !== "load-more") return;
      const result = await fetchNextPage({ cancelRefetch: false });
      if (openNow.current !== openId) return;
      const loaded = result.data?.pages.flatMap((page) => page.data) ?? [];
      const next = stepOf(origin, direction, loaded.length, false);
      if (next.kind === "open") go(loaded, next.index);
    },
    [openId, origin, rows, hasMore, fetchNextPage, focusRow, openScore],
  );

  const available = useMemo(
    () => stepsAvailable(origin, rows.length, hasMore),
    [origin, rows.length, hasMore],
  );
  return useMemo(() => ({ onStep: (direction) => void onStep(direction), available }), [onStep, available]);
}
