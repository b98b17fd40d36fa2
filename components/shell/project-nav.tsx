"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import type { MemberRole } from "@/db/schema/enums";
import { hasPermission } from "@/lib/auth/roles";

const SECTIONS = [
  { label: "Scores", path: "scores" },
  { label: "My work", path: "my-work" },
  { label: "Compare", path: "compare" },
  { label: "Settings", path: "settings" },
] as const;

export function ProjectNav({ projectId, role }: { projectId: string; role: MemberRole }) {
  const pathname = usePathname();
  const sections = SECTIONS.filter(
    (section) => section.path !== "my-work" || hasPermission(role, "scores:annotate"),
  );
  const base = `/projects/${encodeURIComponent(projectId)}`;
  return (
    <nav aria-label="Project" className="flex items-center gap-1">
      {sections.map((section) => {
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
