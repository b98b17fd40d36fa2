"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { ValueField } from "@/components/score-detail/score-editor-value-input";
import type { ValueDraft } from "@/components/score-detail/score-editor-value";
import { apiRequest } from "@/components/settings/api-request";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import { facetsKeyPrefix, listKeyPrefix } from "@/lib/scores/score-edit-cache";
import {
  buildScoreBody,
  describeLabel,
  emptyDraftOf,
  inputOfLabel,
  pickableLabels,
  type AnnotateSubject,
  type LabelOption,
} from "./add-score-model";

type CreatedScore = { id: string; name: string };

const labelClass = "mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300";
const hintClass = "mt-1 text-xs text-slate-600 dark:text-slate-400";

/**
 * The form inside the "Add score" dialog: a label, a value field for its type (the score
 * editor's), an optional comment. Enter submits from any field but the comment, where Ctrl+Enter
 * does; the dialog's Esc closes it. After saving, every list that may show the score refetches.
 */
export function AddScoreForm({
  projectId,
  subject,
  onSaved,
  onCancel,
}: {
  projectId: string;
  subject: AnnotateSubject;
  onSaved: (score: CreatedScore) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const client = useQueryClient();
  const labels = useQuery({
    queryKey: ["annotate", "labels", projectId],
    queryFn: async () =>
      pickableLabels((await apiRequest<{ data: LabelOption[] }>("/api/v1/configs", projectId)).data),
  });
  const [labelId, setLabelId] = useState("");
  const [draft, setDraft] = useState<ValueDraft>("");
  const [comment, setComment] = useState("");
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const label = labels.data?.find((option) => option.id === labelId) ?? null;
  const check = label ? buildScoreBody(subject, label, draft, comment) : null;
  const labelError = tried && !label ? "Choose a label" : null;
  const valueError = tried && check && !check.ok ? check.message : null;

  const chooseLabel = (next: string) => {
    const option = labels.data?.find((candidate) => candidate.id === next);
    setLabelId(next);
    setDraft(option ? emptyDraftOf(option) : "");
    setTried(false);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (pending) return;
    setTried(true);
    if (!check?.ok) {
      document.getElementById(label ? `${id}-value` : `${id}-label`)?.focus();
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const created = await apiRequest<CreatedScore>("/api/v1/scores", projectId, {
        method: "POST",
        body: check.body,
      });
      await Promise.all([
        client.invalidateQueries({ queryKey: ["drilldown"] }),
        client.invalidateQueries({ queryKey: ["scores", "subject", projectId] }),
        client.invalidateQueries({ queryKey: listKeyPrefix(projectId) }),
        client.invalidateQueries({ queryKey: facetsKeyPrefix(projectId) }),
      ]);
      onSaved(created);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "Saving failed");
      setPending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || event.altKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    const plainEnterSubmits = target.tagName !== "TEXTAREA" && target.tagName !== "BUTTON";
    if (event.ctrlKey || event.metaKey || plainEnterSubmits) {
      event.preventDefault();
      void submit();
    }
  };

  if (labels.isPending) return <p className="text-sm">Loading labels…</p>;
  if (labels.isError) return <Alert tone="error">{labels.error.message}</Alert>;
  if (labels.data.length === 0) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm">No labels yet: a member creates them in Settings → Labels.</p>
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onCancel}>
            Close
          </Button>
        </div>
      </div>
    );
  }

  const input = label ? inputOfLabel(label) : null;
  return (
    <form
      aria-label="New score"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-3"
    >
      <div>
        <label htmlFor={`${id}-label`} className={labelClass}>
          Label
        </label>
        {/* The labels may arrive after the dialog opened, when its own focusing found nothing yet. */}
        <select
          id={`${id}-label`}
          autoFocus
          value={labelId}
          onChange={(event) => chooseLabel(event.target.value)}
          aria-invalid={labelError ? true : undefined}
          aria-describedby={labelError ? `${id}-label-error` : label ? `${id}-label-hint` : undefined}
          className={fieldClass}
        >
          <option value="">Choose a label</option>
          {labels.data.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        {labelError ? (
          <p id={`${id}-label-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
            {labelError}
          </p>
        ) : label ? (
          <p id={`${id}-label-hint`} className={hintClass}>
            {describeLabel(label)}
            {label.description ? `. ${label.description}` : ""}
          </p>
        ) : null}
      </div>
      {label && input ? (
        <div>
          <ValueField
            key={label.id}
            id={`${id}-value`}
            input={input}
            draft={draft}
            onChange={setDraft}
            errorId={valueError ? `${id}-value-error` : undefined}
          />
          {valueError ? (
            <p id={`${id}-value-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
              {valueError}
            </p>
          ) : null}
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-comment`} className={labelClass}>
          Comment <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
        </label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          className={fieldClass}
        />
      </div>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="flex items-center justify-end gap-2">
        <span className="mr-auto text-xs text-slate-600 dark:text-slate-400">
          Enter saves (Ctrl+Enter in the comment), Esc closes
        </span>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save score"}
        </Button>
      </div>
    </form>
  );
}
