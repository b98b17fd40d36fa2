"use client";

import { useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { initialValues, toSubmission, type FormValues, type Submission } from "./form-model";
import { LabelField } from "./label-field";
import type { WorkItem, WorkLabel } from "./work-types";

/**
 * The answer form for one item; remounted per item (keyed by the caller), so it starts from the
 * item's own earlier answers. Enter submits (Ctrl+Enter inside a text area).
 */
export function ItemForm({
  labels,
  item,
  busy,
  submitText,
  onSubmit,
}: {
  labels: WorkLabel[];
  item: WorkItem;
  busy: boolean;
  submitText: string;
  onSubmit: (submission: Submission) => void;
}) {
  const [values, setValues] = useState<FormValues>(() => initialValues(labels, item.yourScores));
  const [comment, setComment] = useState(() => item.yourScores.find((score) => score.comment)?.comment ?? "");
  const [problems, setProblems] = useState<Record<string, string>>({});

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const { submission, problems: found } = toSubmission(labels, values, comment);
    setProblems(Object.fromEntries(found.map((problem) => [problem.labelId, problem.message])));
    if (found.length > 0) {
      document.getElementById(`field-${found[0].labelId}`)?.focus();
      return;
    }
    onSubmit(submission);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form onSubmit={send} onKeyDown={onKeyDown} aria-label="Your answers" className="flex flex-col gap-3">
      {labels.map((label, index) => (
        <LabelField
          key={label.id}
          label={label}
          value={values[label.id] ?? null}
          problem={problems[label.id] ?? null}
          autoFocus={index === 0}
          onChange={(value) => setValues((previous) => ({ ...previous, [label.id]: value }))}
        />
      ))}
      <div className="flex flex-col gap-1.5">
        <label htmlFor="work-comment" className="text-sm font-medium text-slate-900 dark:text-slate-100">
          Comment{" "}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            (optional, Ctrl+Enter submits)
          </span>
        </label>
        <textarea
          id="work-comment"
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <div>
        <Button type="submit" disabled={busy}>
          {submitText}
        </Button>
      </div>
    </form>
  );
}
