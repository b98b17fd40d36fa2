"use client";

import type { KeyboardEvent } from "react";
import { choicesOf, numberProblem, type FieldValue } from "./form-model";
import type { WorkLabel } from "./work-types";

type Props = {
  label: WorkLabel;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
  problem: string | null;
  autoFocus?: boolean;
};

const fieldsetClass = "flex flex-col gap-1.5 rounded-md border border-slate-200 p-3 dark:border-slate-700";
const legendClass = "px-1 text-sm font-medium text-slate-900 dark:text-slate-100";
const hintClass = "text-xs text-slate-600 dark:text-slate-400";

/** One field per label: digits pick choices (1 = first), a number within range and step, or text. */
export function LabelField({ label, value, onChange, problem, autoFocus }: Props) {
  const hintId = `hint-${label.id}`;
  const description = label.description ? <p className={hintClass}>{label.description}</p> : null;
  const error = problem ? (
    <p role="alert" className="text-xs text-red-700 dark:text-red-400">
      {problem}
    </p>
  ) : null;

  if (label.dataType === "NUMERIC") {
    const range = [
      label.minValue !== null ? `from ${label.minValue}` : null,
      label.maxValue !== null ? `to ${label.maxValue}` : null,
      label.step ? `in steps of ${label.step}` : null,
    ]
      .filter(Boolean)
      .join(" ");
    const text = typeof value === "string" ? value : "";
    const invalid = text !== "" && numberProblem(label, text) !== null;
    return (
      <div className={fieldsetClass}>
        <label htmlFor={`field-${label.id}`} className={legendClass}>
          {label.name}
        </label>
        {description}
        <input
          id={`field-${label.id}`}
          type="number"
          inputMode="decimal"
          autoFocus={autoFocus}
          min={label.minValue ?? undefined}
          max={label.maxValue ?? undefined}
          step={label.step ?? "any"}
          value={text}
          aria-invalid={invalid || Boolean(problem)}
          aria-describedby={range ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
          className="w-40 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        {range ? (
          <p id={hintId} className={hintClass}>
            A number {range}
          </p>
        ) : null}
        {error}
      </div>
    );
  }

  if (label.dataType === "TEXT") {
    return (
      <div className={fieldsetClass}>
        <label htmlFor={`field-${label.id}`} className={legendClass}>
          {label.name}
        </label>
        {description}
        <textarea
          id={`field-${label.id}`}
          autoFocus={autoFocus}
          rows={3}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={hintId}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <p id={hintId} className={hintClass}>
          Ctrl+Enter submits
        </p>
        {error}
      </div>
    );
  }

  const choices = choicesOf(label);
  const multi = label.widget === "multi_select";
  const selected = (choice: (typeof choices)[number]) =>
    multi ? Array.isArray(value) && value.includes(String(choice.value)) : value === choice.value;
  const pick = (choice: (typeof choices)[number]) => {
    if (!multi) return onChange(choice.value);
    const list = Array.isArray(value) ? value : [];
    const text = String(choice.value);
    onChange(list.includes(text) ? list.filter((item) => item !== text) : [...list, text]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const choice = choices.find((candidate) => candidate.key !== "" && candidate.key === event.key);
    if (!choice) return;
    event.preventDefault();
    pick(choice);
    const input = event.currentTarget.querySelector<HTMLInputElement>(`input[data-key="${choice.key}"]`);
    input?.focus();
  };
  return (
    <fieldset className={fieldsetClass} onKeyDown={onKeyDown} aria-describedby={hintId}>
      <legend className={legendClass}>{label.name}</legend>
      {description}
      <div className="flex flex-wrap gap-2">
        {choices.map((choice, index) => (
          <label
            key={choice.label}
            className={`flex cursor-pointer items-center gap-1.5 rounded-md border px-2 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 ${
              selected(choice)
                ? "border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900"
                : "border-slate-300 dark:border-slate-600"
            }`}
          >
            <input
              type={multi ? "checkbox" : "radio"}
              name={`field-${label.id}`}
              data-key={choice.key}
              autoFocus={autoFocus && (selected(choice) || (index === 0 && !choices.some(selected)))}
              checked={selected(choice)}
              onChange={() => pick(choice)}
              onKeyDown={(event) => {
                // Arrow keys move and select as usual; Enter submits the form rather than toggling.
                if (event.key === "Enter") {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                }
              }}
              className="sr-only"
            />
            {choice.key ? (
              <kbd className="rounded border border-current px-1 text-[10px] leading-4 opacity-80">
                {choice.key}
              </kbd>
            ) : null}
            {choice.label}
          </label>
        ))}
      </div>
      <p id={hintId} className={hintClass}>
        {multi ? "Digits toggle categories" : "Press a digit to choose"}
      </p>
      {error}
    </fieldset>
  );
}
