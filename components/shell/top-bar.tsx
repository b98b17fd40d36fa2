import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { buttonClass } from "@/components/ui/button";
import type { SessionUser } from "@/lib/auth/session";
import type { ProjectJson } from "@/lib/projects/project-list";
import { ProjectNav } from "./project-nav";
import { ProjectSwitcher } from "./project-switcher";

/** The dashboard's one bar: home, project switcher, sections, who is signed in. */
export function TopBar({
  user,
  projects,
  current,
}: {
  user: SessionUser;
  projects: ProjectJson[];
  current: ProjectJson;
}) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="flex h-12 items-center gap-4 px-4">
        <Link href="/" className="text-sm font-semibold tracking-tight">
          Scorelens
        </Link>
        <ProjectSwitcher projects={projects} current={current} />
        <ProjectNav projectId={current.id} role={current.role} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-slate-600 sm:inline dark:text-slate-400" title={user.email}>
            {user.name}
          </span>
          <form action={signOutAction}>
            <button type="submit" className={buttonClass("ghost")}>
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
