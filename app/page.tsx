import { connection } from "next/server";
import { getDatabase } from "@/lib/database";
import { listProjects } from "@/lib/projects";

export default async function HomePage() {
  await connection(); // reads the database: never prerender at build time
  const { db } = await getDatabase();
  const projectList = await listProjects(db);
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">Scorelens</h1>
      <p className="mt-2 text-slate-600">Browse, filter and review evaluation scores of LLM applications.</p>
      <h2 className="mt-10 text-sm font-medium uppercase tracking-wide text-slate-500">Projects</h2>
      {projectList.length === 0 ? (
        <p className="mt-3 text-slate-600">
          No projects yet. Start with the demo data or set SCORELENS_INIT_* variables.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {projectList.map((project) => (
            <li key={project.id} className="flex items-baseline justify-between px-4 py-3">
              <span className="font-medium">{project.name}</span>
              <span className="font-mono text-xs text-slate-500">
                {project.organizationName} · {project.id}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
