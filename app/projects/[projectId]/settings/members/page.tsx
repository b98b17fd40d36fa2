import type { Metadata } from "next";
import { MembersPanel } from "@/components/settings/members-panel";
import { hasPermission } from "@/lib/auth/roles";
import { getDatabase } from "@/lib/database";
import { requireProjectPage } from "@/lib/projects/page-context";
import { listMembers } from "@/lib/scores/options";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { user, project } = await requireProjectPage((await params).projectId);
  const { db } = await getDatabase();
  return (
    <MembersPanel
      projectId={project.id}
      viewer={{ userId: user.userId, role: project.role }}
      canManage={hasPermission(project.role, "members:manage")}
      initialMembers={await listMembers(db, project.id)}
    />
  );
}
