/** A score's value in one short line. */
export function ScoreValueText({ value }: { value: unknown }) {
  const text =
    typeof value === "string"
      ? value
      : Array.isArray(value)
        ? value.join(", ")
        : JSON.stringify(value ?? null);
  return <span className="tabular-nums">{text.length > 80 ? `${text.slice(0, 80)}…` : text}</span>;
}
