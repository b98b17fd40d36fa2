import { TableSkeleton } from "@/components/scores/table-states";

/** Shown while the server prepares the first rows. */
export default function ScoresLoading() {
  return (
    <main className="flex flex-col gap-3 px-4 py-4">
      <h1 className="text-xl font-semibold tracking-tight">Scores</h1>
      <TableSkeleton />
    </main>
  );
}
