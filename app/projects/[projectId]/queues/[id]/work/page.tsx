import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { decodeSegment } from "@/components/drilldown/format";
import { Workspace } from "@/components/work/workspace";
import { hasPermission } from "@/lib/auth/roles";
import { getDatabase } from "@/lib/database";
import { AppError } from "@/lib/errors";
import { requireProjectPage } from "@/lib/projects/page-context";
import { assertMayWorkQueue } from "@/lib/queues/access";
import { workQueueJson } from "@/lib/queues/work-item";

export const metadata: Metadata = { title: "Annotate" };

/** The annotation workspace of one queue, for the people who may work it. */
export default async function WorkPage({ params }: { params: Promise<{ projectId: string; id: string }> }) {
  const { projectId, id } = await params;
  const { user, project } = await requireProjectPage(projectId);
  const queueId = decodeSegment(id);
  const { db } = await getDatabase();
  const refusal = (text: string) => (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-xl font-semibold">You cannot work this queue</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{text}</p>
    </main>
  );
  if (!hasPermission(project.role, "scores:annotate")) {
    return refusal(`Your role (${project.role}) can read scores but not annotate.`);
  }
  const outcome = await assertMayWorkQueue(
    db,
    { userId: user.userId, role: project.role, projectId },
    queueId,
  ).catch((error: unknown) => {
    if (error instanceof AppError && (error.status === 404 || error.status === 403)) return error;
    throw error;
  });
  if (outcome instanceof AppError) {
    if (outcome.status === 404) notFound();
    return refusal(outcome.message);
  }
  return <Workspace projectId={projectId} queue={await workQueueJson(db, outcome)} />;
}
