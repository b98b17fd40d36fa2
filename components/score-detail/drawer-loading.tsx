import { DRAWER_LABEL } from "./drawer-label";

/**
 * Shown while the drawer's code loads (the explorer imports the drawer on demand, so its first
 * load stays small): the panel's frame with grey bars. Deliberately imports nothing heavy.
 */
export function DrawerLoading() {
  return (
    <aside
      aria-label={DRAWER_LABEL}
      aria-busy="true"
      className="fixed inset-y-0 right-0 z-40 flex w-[min(40rem,100vw)] flex-col gap-4 border-l border-slate-200 bg-white p-5 shadow-xl dark:border-slate-700 dark:bg-slate-900"
    >
      <div role="status" aria-label="Loading score" className="flex flex-col gap-4">
        {[30, 60, 45, 70].map((width) => (
          <div
            key={width}
            className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-700"
            style={{ width: `${width}%` }}
          />
        ))}
      </div>
    </aside>
  );
}
