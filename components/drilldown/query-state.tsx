"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Loading, error (the API's message and a retry) or the content once the data is there. */
export function QueryState<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <div role="status" aria-label={`Loading ${what}`} className="flex flex-col gap-2">
        {[60, 40, 80].map((width) => (
          <div
            key={width}
            className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-700"
            style={{ width: `${width}%` }}
          />
        ))}
      </div>
    );
  }
  if (query.isError) {
    return (
      <Alert tone="error">
        <p className="font-medium">The {what} could not be loaded.</p>
        <p className="mt-1">{query.error.message}</p>
        <Button variant="secondary" className="mt-2" onClick={() => void query.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
