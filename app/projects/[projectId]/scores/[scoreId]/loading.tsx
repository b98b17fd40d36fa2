import { DetailSkeleton } from "@/components/score-detail/detail-states";

/** Shown while the server prepares the score (replaces the explorer's table skeleton of ../loading.tsx). */
export default function ScoreLoading() {
  return (
    <main className="mx-auto flex w-full max-w-4xl flex-col gap-4 px-5 py-6">
      <DetailSkeleton />
    </main>
  );
}
