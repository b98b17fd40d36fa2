"use client";

import { fieldClass } from "@/components/ui/input";
import type { ValueDraft, ValueInput } from "./score-editor-value";

type ValueFieldProps = {
  id: string;
  input: ValueInput;
  draft: ValueDraft;
  onChange: (draft: ValueDraft) => void;
  /** The id of the error message, when there is one. */
  errorId: string | undefined;
};

const labelClass = "mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300";

/** The value's control for its data type: number, toggle, select, checkboxes, text or JSON. */
export function ValueField({ id, input, draft, onChange, errorId }: ValueFieldProps) {
  const invalid = errorId ? true : undefined;
  const common = { id, "aria-invalid": invalid, "aria-describedby": errorId };
  const label = (
    <label htmlFor={id} className={labelClass}>
      Value
    </label>
  );
  switch (input.kind) {
    case "number":
      return (
        <div>
          {label}
          <input
            {...common}
            type="number"
            inputMode="decimal"
            min={input.min ?? undefined}
            max={input.max ?? undefined}
            step={input.step ?? "any"}
            value={String(draft)}
            onChange={(event) => onChange(event.target.value)}
            className={fieldClass}
          />
        </div>
      );
    case "boolean":
      return (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            {...common}
            type="checkbox"
            role="switch"
            checked={draft === true}
            onChange={(event) => onChange(event.target.checked)}
            className="size-4"
          />
          Value: <span className="font-semibold">{draft === true ? "True" : "False"}</span>
        </label>
      );
    case "select":
      return (
        <div>
          {label}
          <select
            {...common}
            value={String(draft)}
            onChange={(event) => onChange(event.target.value)}
            className={fieldClass}
          >
            {draft === "" && <option value="">Choose a category</option>}
            {input.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      );
    case "multi":
      return (
        <CategoryChecks
          id={id}
          options={input.options}
          selected={draft}
          onChange={onChange}
          errorId={errorId}
        />
      );
    case "text":
      if (!input.multiline) {
        return (
          <div>
            {label}
            <input
              {...common}
              type="text"
              value={String(draft)}
              onChange={(event) => onChange(event.target.value)}
              className={fieldClass}
            />
          </div>
        );
      }
    // A TEXT or CORRECTION value is prose: a textarea like JSON's, without the code font.
    // falls through
    case "json":
      return (
        <div>
          {label}
          <textarea
            {...common}
            rows={input.kind === "json" ? 6 : 3}
            spellCheck={input.kind !== "json"}
            value={String(draft)}
            onChange={(event) => onChange(event.target.value)}
            className={`${fieldClass} ${input.kind === "json" ? "font-mono text-xs" : ""}`}
          />
        </div>
      );
  }
}

function CategoryChecks({
  id,
  options,
  selected,
  onChange,
  errorId,
}: {
  id: string;
  options: string[];
  selected: ValueDraft;
  onChange: (draft: string[]) => void;
  errorId: string | undefined;
}) {
  const chosen = new Set(Array.isArray(selected) ? selected : []);
  const toggle = (option: string) => {
    const next = new Set(chosen);
    if (next.has(option)) next.delete(option);
    else next.add(option);
    onChange(options.filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset id={id} aria-describedby={errorId}>
      <legend className={labelClass}>Value</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={chosen.has(option)} onChange={() => toggle(option)} />
            {option}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
