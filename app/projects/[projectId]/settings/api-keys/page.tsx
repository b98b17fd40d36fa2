import type { Metadata } from "next";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { Alert } from "@/components/ui/alert";
import { hasPermission } from "@/lib/auth/roles";
import { getDatabase } from "@/lib/database";
import { listApiKeys } from "@/lib/projects/api-key-admin";
import { requireProjectPage } from "@/lib/projects/page-context";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project } = await requireProjectPage((await params).projectId);
  if (!hasPermission(project.role, "members:manage")) {
    return <Alert>Only admins and owners of {project.name} manage its API keys.</Alert>;
  }
  const { db } = await getDatabase();
  return <ApiKeysPanel projectId={project.id} initialKeys={await listApiKeys(db, project.id)} />;
}
