import Link from "next/link";
import { drilldownHref } from "@/components/drilldown/format";
import { buttonClass, Button } from "@/components/ui/button";
import type { StepDirection } from "@/lib/scores/step-score";
import { linkClass } from "./detail-section";
import { scorePageHref } from "./detail-model";

/** The drawer's Prev/Next: the explorer knows the list order, so it supplies both. */
export type ScoreStepper = {
  onStep: (direction: StepDirection) => void;
  available: { previous: boolean; next: boolean };
};

type DetailHeaderProps = {
  projectId: string;
  scoreId: string;
  /** The label's name, once known (from the loaded row or the detail). */
  label: string | null;
  mode: "drawer" | "page";
  onClose?: () => void;
  stepper?: ScoreStepper;
};

/** The label as the title (linking to its page), and the ways on: step, full page, close, back. */
export function DetailHeader({ projectId, scoreId, label, mode, onClose, stepper }: DetailHeaderProps) {
  const Title = mode === "drawer" ? "h2" : "h1";
  const explorerHref = `/projects/${encodeURIComponent(projectId)}/scores`;
  return (
    <header
      className={`flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-5 py-3 dark:border-slate-700 ${mode === "drawer" ? "sticky top-0 z-10 bg-white dark:bg-slate-900" : ""}`}
    >
      <div className="min-w-0">
        {mode === "page" && (
          <Link className={`${linkClass} text-sm`} href={explorerHref}>
            ← Back to scores
          </Link>
        )}
        <p className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
          Score
        </p>
        <Title className="text-xl font-semibold tracking-tight break-all">
          {label ? (
            <Link prefetch={false} className={linkClass} href={drilldownHref.label(projectId, label)}>
              {label}
            </Link>
          ) : (
            <span className="text-slate-400">…</span>
          )}
        </Title>
      </div>
      {mode === "drawer" && (
        <nav aria-label="Score navigation" className="flex flex-wrap items-center gap-2">
          {stepper && (
            <>
              <Button
                variant="secondary"
                aria-label="Previous score"
                aria-keyshortcuts="["
                disabled={!stepper.available.previous}
                onClick={() => stepper.onStep("previous")}
              >
                ‹ Prev <kbd className="text-xs text-slate-400">[</kbd>
              </Button>
              <Button
                variant="secondary"
                aria-label="Next score"
                aria-keyshortcuts="]"
                disabled={!stepper.available.next}
                onClick={() => stepper.onStep("next")}
              >
                Next › <kbd className="text-xs text-slate-400">]</kbd>
              </Button>
            </>
          )}
          <Link prefetch={false} className={buttonClass("ghost")} href={scorePageHref(projectId, scoreId)}>
            Open full page
          </Link>
          <Button variant="ghost" aria-label="Close score" aria-keyshortcuts="Escape" onClick={onClose}>
            Close <kbd className="text-xs text-slate-400">Esc</kbd>
          </Button>
        </nav>
      )}
    </header>
  );
}
