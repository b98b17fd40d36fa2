import { CopyButton } from "@/components/ui/copy-button";

/** A value to hand over (a secret key, a one-time password): monospace, selectable, copyable. */
export function SecretValue({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">{label}</p>
      <div className="flex items-center gap-2">
        <code
          aria-label={label}
          className="min-w-0 flex-1 rounded border border-slate-200 bg-slate-50 px-2 py-1.5 font-mono text-sm break-all select-all dark:border-slate-700 dark:bg-slate-950"
        >
          {value}
        </code>
        <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
      </div>
    </div>
  );
}
