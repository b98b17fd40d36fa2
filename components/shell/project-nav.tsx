"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { label: "Scores", path: "scores" },
  { label: "Compare", path: "compare" },
  { label: "Settings", path: "settings" },
] as const;

export function ProjectNav({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const base = `/projects/${encodeURIComponent(projectId)}`;
  return (
    <nav aria-label="Project" className="flex items-center gap-1">
      {SECTIONS.map((section) => {
        const href = `${base}/${section.path}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={section.path}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-2.5 py-1 text-sm ${
              active
                ? "bg-slate-100 font-medium text-slate-900 dark:bg-slate-800 dark:text-slate-100"
                : "text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
            }`}
          >
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
