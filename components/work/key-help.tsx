import { Dialog } from "@/components/ui/dialog";

const KEYS: [string, string][] = [
  ["1 – 9", "Pick a category or True (1) / False (2) in the focused field"],
  ["Tab / Shift+Tab", "Move between fields"],
  ["Enter", "Submit and open the next item"],
  ["Ctrl+Enter", "Submit from a text area"],
  ["s", "Skip this item (you get it again after the rest)"],
  ["[ / ]", "Step back / forward through the items you did in this sitting"],
  ["?", "Show these keys"],
  ["Esc", "Leave a field (then s, [ and ] work), close this help"],
];

export function KeyHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {KEYS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 px-1.5 font-mono text-xs dark:border-slate-600">
                {keys}
              </kbd>
            </dt>
            <dd className="text-slate-700 dark:text-slate-300">{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600"
        >
          Close
        </button>
      </form>
    </Dialog>
  );
}
