"use client";

import Link from "next/link";
import { useMemo, useSyncExternalStore } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { PUBLIC_KEY_VAR, SECRET_KEY_VAR } from "@/lib/scores/example-curl";
import {
  buildExampleRequests,
  isAvailable,
  type ExampleRequest,
  type SurfaceExamples,
  type Unavailable,
} from "@/lib/api/example-requests";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { ExampleTabs } from "./example-tabs";

/**
 * Copyable curl commands that read and update this score through the native API and each
 * vendor-compatible one. The address is the page's own origin, known only in the browser: the
 * server renders a placeholder line, so hydration never disagrees.
 */
const noSubscription = () => () => {};

function useOrigin(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  );
}

export function ExampleRequests({ projectId, score }: { projectId: string; score: ScoreDetailJson }) {
  const origin = useOrigin();
  const surfaces = useMemo(
    () => (origin === null ? [] : buildExampleRequests({ baseUrl: origin, score })),
    [origin, score],
  );
  if (origin === null)
    return <p className="text-sm text-slate-500 dark:text-slate-400">Preparing examples…</p>;
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Set <code className="font-mono text-xs">{PUBLIC_KEY_VAR}</code> and{" "}
        <code className="font-mono text-xs">{SECRET_KEY_VAR}</code> to a key pair of this project (
        <Link
          href={`/projects/${encodeURIComponent(projectId)}/settings/api-keys`}
          className="text-sky-700 hover:underline dark:text-sky-400"
        >
          API keys
        </Link>
        ), then run these in a shell.
      </p>
      <ExampleTabs
        label="Example requests by API"
        tabs={surfaces.map((surface) => ({
          id: surface.surface,
          label: surface.label,
          panel: <SurfacePanel surface={surface} />,
        }))}
      />
    </div>
  );
}

function SurfacePanel({ surface }: { surface: SurfaceExamples }) {
  return (
    <div className="flex flex-col gap-4">
      <Example surface={surface.label} example={surface.read} />
      <Example surface={surface.label} example={surface.update} />
    </div>
  );
}

function Example({ surface, example }: { surface: string; example: ExampleRequest | Unavailable }) {
  if (!isAvailable(example)) {
    return (
      <div className="flex flex-col gap-1">
        <p className="text-sm font-medium">{example.title}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{example.reason}</p>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium">{example.title}</p>
        <CopyButton value={example.command} label={`Copy ${surface} request: ${example.title}`} />
      </div>
      <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs leading-relaxed text-slate-800 dark:bg-slate-800 dark:text-slate-100">
        <code>{example.command}</code>
      </pre>
      {example.note && <p className="text-xs text-slate-500 dark:text-slate-400">{example.note}</p>}
    </div>
  );
}
