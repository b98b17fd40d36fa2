import type { ReactNode } from "react";

/** Sign-in, first run and password pages: one centred card, no project chrome. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4 py-12 dark:bg-slate-950">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <p className="mb-6 text-sm font-semibold tracking-tight text-slate-500 dark:text-slate-400">
          Scorelens
        </p>
        {children}
      </div>
    </main>
  );
}
