"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { ProjectJson } from "@/lib/projects/project-list";
import { NewProjectDialog } from "./new-project-dialog";

/** The same section in another project: from …/settings/members to the other project's members. */
function pathInProject(pathname: string, from: string, to: string): string {
  const prefix = `/projects/${encodeURIComponent(from)}`;
  const rest = pathname.startsWith(prefix)
    ? pathname.slice(prefix.length).split("/").slice(0, 3).join("/")
    : "";
  const section = rest.startsWith("/settings") ? rest : "/scores";
  return `/projects/${encodeURIComponent(to)}${section}`;
}

/**
 * Lists only the signed-in person's projects (the server gave only those). A disclosure menu:
 * Esc or a click elsewhere closes it, and focus returns to the button.
 */
export function ProjectSwitcher({ projects, current }: { projects: ProjectJson[]; current: ProjectJson }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const canCreate = current.role === "owner" || current.role === "admin";

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`Project: ${current.name}. Switch project`}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-1 rounded-md border border-slate-200 px-2.5 py-1 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {current.name}
        <span aria-hidden="true" className="text-slate-400">
          ▾
        </span>
      </button>
      {open ? (
        <div
          id={menuId}
          className="absolute left-0 z-20 mt-1 w-72 rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <ul aria-label="Your projects">
            {projects.map((project) => (
              <li key={project.id}>
                <Link
                  href={pathInProject(pathname, current.id, project.id)}
                  aria-current={project.id === current.id ? "true" : undefined}
                  onClick={() => setOpen(false)}
                  className="flex items-baseline justify-between gap-3 px-3 py-1.5 text-sm hover:bg-slate-100 aria-[current]:font-semibold dark:hover:bg-slate-800"
                >
                  <span className="truncate">{project.name}</span>
                  <span className="shrink-0 text-xs text-slate-500">{project.organization.name}</span>
                </Link>
              </li>
            ))}
          </ul>
          {canCreate ? (
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setCreating(true);
              }}
              className="mt-1 w-full border-t border-slate-200 px-3 py-1.5 text-left text-sm text-sky-700 hover:bg-slate-100 dark:border-slate-700 dark:text-sky-400 dark:hover:bg-slate-800"
            >
              New project in {current.organization.name}…
            </button>
          ) : null}
        </div>
      ) : null}
      <NewProjectDialog open={creating} onClose={() => setCreating(false)} fromProjectId={current.id} />
    </div>
  );
}
