import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { linkClass } from "./detail-section";

/** Grey bars in the shape of the detail view while the score loads. */
export function DetailSkeleton() {
  return (
    <div role="status" aria-label="Loading score" className="flex flex-col gap-4">
      <div className="h-10 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
      {[70, 45, 60, 35, 55, 40].map((width, i) => (
        <div
          key={i}
          className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-700"
          style={{ width: `${width}%` }}
        />
      ))}
    </div>
  );
}

export function DetailError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Alert tone="error">
      <p className="font-medium">The score could not be loaded.</p>
      <p className="mt-1">{message}</p>
      <Button variant="secondary" className="mt-2" onClick={onRetry}>
        Retry
      </Button>
    </Alert>
  );
}

/** A deleted score or a mistyped id: say so, and offer the way back. */
export function DetailNotFound({ scoreId, explorerHref }: { scoreId: string; explorerHref?: string }) {
  return (
    <div role="status" className="flex flex-col gap-2 text-sm">
      <p className="text-base font-semibold">Score not found or deleted</p>
      <p className="text-slate-600 dark:text-slate-300">
        No score with the id <code className="break-all">{scoreId}</code> exists in this project.
      </p>
      {explorerHref && (
        <Link className={linkClass} href={explorerHref}>
          Back to scores
        </Link>
      )}
    </div>
  );
}
