import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { requireProjectPage } from "@/lib/projects/page-context";

export const metadata: Metadata = { title: "Compare" };

/** Two score series on the same subjects; all state lives in the URL (components/compare). */
export default async function ComparePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  await requireProjectPage(projectId); // the layout renders in parallel: this page checks for itself
  return (
    <Suspense>
      <CompareView projectId={projectId} />
    </Suspense>
  );
}
