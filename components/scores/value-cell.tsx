import type { CSSProperties } from "react";
import type { LabelConfig } from "@/lib/scores/use-score-facets";
import type { ScoreJson } from "@/lib/scores/use-score-list";
import { clipText, formatNumber, jsonPreview, rangePositionOf } from "./format";
import styles from "./value-cell.module.css";

const MAX_TAGS = 3;
export const EMPTY_CELL = "—";

/**
 * The value as its data type reads best: a number with its place on the label's scale, a mark,
 * tags, text or a JSON preview. Cells return text where they can: every element counts when a
 * scroll mounts dozens of rows in one frame.
 */
type ScoreValueProps = {
  score: ScoreJson;
  config: LabelConfig | undefined;
  /** The cell's width in pixels, to clip long text to what it can show; unclipped when absent. */
  width?: number;
};

export function ScoreValue({ score, config, width = Number.POSITIVE_INFINITY }: ScoreValueProps) {
  const { value } = score;
  if (value === null || value === undefined) return EMPTY_CELL;
  switch (score.dataType) {
    case "NUMERIC": {
      if (typeof value !== "number") return EMPTY_CELL;
      const position = config ? rangePositionOf(value, config.minValue, config.maxValue) : null;
      return (
        <span className={styles.numeric}>
          {formatNumber(value)}
          {position !== null && (
            <span
              className={styles.bar}
              title={`${formatNumber(value)} on ${config?.minValue}–${config?.maxValue}`}
              style={{ "--position": `${Math.round(position * 100)}%` } as CSSProperties}
            />
          )}
        </span>
      );
    }
    case "BOOLEAN":
      return <span className={value ? styles.yes : styles.no}>{value ? "✓ true" : "✗ false"}</span>;
    case "CATEGORICAL": {
      const tags = Array.isArray(value) ? value.map(String) : [String(value)];
      return (
        <>
          {tags.slice(0, MAX_TAGS).map((tag) => (
            <span key={tag} className={styles.tag}>
              {tag}
            </span>
          ))}
          {tags.length > MAX_TAGS ? `+${tags.length - MAX_TAGS}` : null}
        </>
      );
    }
    case "JSON":
      return clipText(jsonPreview(value), width);
    default:
      return clipText(String(value), width);
  }
}
