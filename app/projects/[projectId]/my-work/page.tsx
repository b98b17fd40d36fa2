import type { Metadata } from "next";
import { MyWorkList } from "@/components/work/my-work-list";
import { getDatabase } from "@/lib/database";
import { requireProjectPage } from "@/lib/projects/page-context";
import { listMyQueues } from "@/lib/queues/my-work";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await requireProjectPage(projectId);
  const { db } = await getDatabase();
  const queues = await listMyQueues(db, projectId, user.userId, project.role);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 px-6 py-6">
      <h1 className="text-xl font-semibold tracking-tight">My work</h1>
      <MyWorkList projectId={projectId} queues={queues} />
    </main>
  );
}
