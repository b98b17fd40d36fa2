import { formatNumber } from "@/components/scores/format";
import type { ScoreDetailJson } from "@/lib/scores/score-detail";
import { categoryChoicesOf, scaleOf, type Scale } from "./detail-model";
import { JsonTree } from "./json-tree";

/**
 * The value, large, as its data type reads best: a number on the label's scale, every category
 * of the label with the chosen ones marked, a boolean mark, text, or a JSON tree.
 */
export function ScoreValueDisplay({ score }: { score: ScoreDetailJson }) {
  const { value } = score;
  if (value === null || value === undefined) {
    return <p className="text-lg text-slate-500 dark:text-slate-400">No value</p>;
  }
  switch (score.dataType) {
    case "NUMERIC": {
      const scale = scaleOf(value, score.config);
      return (
        <div className="flex flex-col gap-2">
          <p data-testid="score-value" className="text-4xl font-semibold tabular-nums">
            {typeof value === "number" ? formatNumber(value) : String(value)}
          </p>
          {scale && <ScaleBar scale={scale} value={value as number} />}
        </div>
      );
    }
    case "BOOLEAN":
      return (
        <p
          data-testid="score-value"
          className={`text-4xl font-semibold ${value ? "text-emerald-600 dark:text-emerald-400" : "text-rose-600 dark:text-rose-400"}`}
        >
          {value ? "✓ True" : "✗ False"}
        </p>
      );
    case "CATEGORICAL":
      return <Categories score={score} />;
    case "JSON":
      return <JsonTree value={value} label="Value" />;
    default:
      return (
        <p data-testid="score-value" className="text-xl font-medium whitespace-pre-wrap break-words">
          {String(value)}
        </p>
      );
  }
}

/** Where the value sits between the label's min and max. */
function ScaleBar({ scale, value }: { scale: Scale; value: number }) {
  const percent = `${Math.round(scale.position * 100)}%`;
  return (
    <div className="flex max-w-sm flex-col gap-1">
      <div
        role="meter"
        aria-label="Position on the label's scale"
        aria-valuemin={scale.min}
        aria-valuemax={scale.max}
        aria-valuenow={value}
        aria-valuetext={`${formatNumber(value)} on ${formatNumber(scale.min)} to ${formatNumber(scale.max)}`}
        className="relative h-2 rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-2 rounded-full bg-sky-500 dark:bg-sky-600" style={{ width: percent }} />
        <div
          className="absolute top-1/2 h-4 w-1 -translate-x-1/2 -translate-y-1/2 rounded bg-slate-900 dark:bg-slate-100"
          style={{ left: percent }}
        />
      </div>
      <div className="flex justify-between text-xs text-slate-500 tabular-nums dark:text-slate-400">
        <span>{formatNumber(scale.min)}</span>
        <span>{formatNumber(scale.max)}</span>
      </div>
    </div>
  );
}

function Categories({ score }: { score: ScoreDetailJson }) {
  const choices = categoryChoicesOf(score.value, score.config);
  return (
    <ul aria-label={`Categories of ${score.name}`} className="flex flex-wrap gap-2">
      {choices.map((choice) => (
        <li
          key={choice.label}
          aria-current={choice.chosen ? "true" : undefined}
          className={
            choice.chosen
              ? "rounded-md border-2 border-violet-600 bg-violet-100 px-3 py-1 text-lg font-semibold text-violet-900 dark:border-violet-400 dark:bg-violet-950 dark:text-violet-100"
              : "rounded-md border border-slate-300 px-3 py-1 text-lg text-slate-500 dark:border-slate-600 dark:text-slate-400"
          }
        >
          {choice.chosen && <span aria-hidden="true">✓ </span>}
          {choice.label}
          {choice.value !== null && (
            <span className="ml-1 text-xs font-normal tabular-nums opacity-70">
              ({formatNumber(choice.value)})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
