"use client";

import Link from "next/link";
import { useParams } from "next/navigation";

/** A deleted score or a mistyped id on the full page (a 404), with the way back to the explorer. */
export default function ScoreNotFound() {
  const { projectId } = useParams<{ projectId: string }>();
  return (
    <main className="mx-auto flex w-full max-w-4xl flex-col gap-2 px-5 py-6 text-slate-900 dark:text-slate-100">
      <h1 className="text-xl font-semibold tracking-tight">Score not found or deleted</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        No score with this id exists in this project. It may have been deleted.
      </p>
      <Link
        className="text-sm text-sky-700 hover:underline dark:text-sky-400"
        href={`/projects/${projectId}/scores`}
      >
        Back to scores
      </Link>
    </main>
  );
}
