import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { LAST_PROJECT_COOKIE } from "@/lib/auth/cookie-names";
import { isPasswordChangeRequired } from "@/lib/auth/accounts";
import { hasAnyUser } from "@/lib/auth/first-run";
import { loginPathFor } from "@/lib/auth/return-path";
import { getSessionUserFromHeaders } from "@/lib/auth/session";
import { getDatabase } from "@/lib/database";
import { listUserProjects } from "@/lib/projects/project-list";
import { signOutAction } from "@/lib/auth/actions";
import { MyWorkList } from "@/components/work/my-work-list";
import { listMyWorkEverywhere } from "@/lib/queues/my-work";

/**
 * The front door: a signed-in person goes to the scores of the project they last opened (or
 * their first); everyone else signs in, or creates the owner account on a first run.
 */
export default async function HomePage() {
  const { db } = await getDatabase();
  const user = await getSessionUserFromHeaders(await headers());
  if (!user) redirect((await hasAnyUser(db)) ? "/login" : "/setup");

  const projects = await listUserProjects(db, user.userId);
  const saved = (await cookies()).get(LAST_PROJECT_COOKIE)?.value;
  const last = saved ? safeDecode(saved) : undefined;
  const target = projects.find((project) => project.id === last) ?? projects[0];
  // Annotators start from their work: the queues of every project with what is left for them.
  if (target && target.role === "annotator") {
    // Like every project page, the work list waits until a one-time password is replaced.
    if (await isPasswordChangeRequired(db, user.userId)) redirect(loginPathFor("/", "/change-password"));
    const work = await listMyWorkEverywhere(db, user.userId, projects);
    if (work.length > 0) return <MyWorkHome work={work} />;
  }
  if (target) redirect(`/projects/${encodeURIComponent(target.id)}/scores`);

  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">No projects yet</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        You are signed in as {user.email}, but no project has added you. Ask a project admin to add you in the
        project&apos;s settings.
      </p>
      <form action={signOutAction} className="mt-8">
        <button type="submit" className={buttonClass("secondary")}>
          Sign out
        </button>
      </form>
    </main>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function MyWorkHome({ work }: { work: Awaited<ReturnType<typeof listMyWorkEverywhere>> }) {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-6 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">My work</h1>
      {work.map(({ project, queues }) => (
        <section key={project.id} aria-label={project.name} className="flex flex-col gap-2">
          <div className="flex items-baseline justify-between gap-3">
            <h2 className="text-lg font-medium">{project.name}</h2>
            <a href={`/projects/${encodeURIComponent(project.id)}/scores`} className="text-sm underline">
              Scores
            </a>
          </div>
          <MyWorkList projectId={project.id} queues={queues} />
        </section>
      ))}
    </main>
  );
}
