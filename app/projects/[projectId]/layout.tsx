import type { ReactNode } from "react";
import { RememberProject } from "@/components/shell/remember-project";
import { TopBar } from "@/components/shell/top-bar";
import { ViewerProvider } from "@/components/shell/viewer-context";
import { requireProjectPage } from "@/lib/projects/page-context";

/**
 * Every project page: a verified session (else /login, back here afterwards), a replaced one-time
 * password, and a membership in this project (else 404: other projects' names are not disclosed).
 */
export default async function ProjectLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { user, project, projects } = await requireProjectPage((await params).projectId);
  return (
    <div className="flex min-h-screen flex-col">
      <TopBar user={user} projects={projects} current={project} />
      <RememberProject projectId={project.id} />
      <ViewerProvider viewer={{ userId: user.userId, role: project.role }}>
        <div className="flex-1">{children}</div>
      </ViewerProvider>
    </div>
  );
}
