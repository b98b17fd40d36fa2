"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { label: "Members", path: "members" },
  { label: "API keys", path: "api-keys" },
  { label: "Labels", path: "labels" },
  { label: "Queues", path: "queues" },
] as const;

export function SettingsTabs({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const base = `/projects/${encodeURIComponent(projectId)}/settings`;
  return (
    <nav aria-label="Settings" className="mt-4 flex gap-4 border-b border-slate-200 dark:border-slate-800">
      {TABS.map((tab) => {
        const href = `${base}/${tab.path}`;
        const active = pathname === href;
        return (
          <Link
            key={tab.path}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-1 pb-2 text-sm ${
              active
                ? "border-slate-900 font-medium text-slate-900 dark:border-slate-100 dark:text-slate-100"
                : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
