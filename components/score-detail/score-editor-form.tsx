"use client";

import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";
import type { ScoreEditPatch } from "@/lib/scores/score-edit-cache";
import { checkForm, type EditBase, type ValueDraft, type ValueInput } from "./score-editor-value";
import { ValueField } from "./score-editor-value-input";

export type EditDraft = { value: ValueDraft; comment: string };

type ScoreEditorFormProps = {
  input: ValueInput;
  base: EditBase;
  draft: EditDraft;
  onDraftChange: (draft: EditDraft) => void;
  onSave: (patch: ScoreEditPatch) => void;
  onCancel: () => void;
};

/**
 * The inline form: Enter saves from a one-line field, Ctrl/Cmd+Enter from a text area, Esc
 * cancels. Esc is kept from the page, whose own Esc closes the drawer (and with it the draft).
 */
export function ScoreEditorForm({
  input,
  base,
  draft,
  onDraftChange,
  onSave,
  onCancel,
}: ScoreEditorFormProps) {
  const id = useId();
  const valueId = `${id}-value`;
  const formRef = useRef<HTMLFormElement>(null);
  const { valueError, patch } = checkForm(input, base, draft.value, draft.comment);

  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>("input, select, textarea");
    first?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (patch) onSave(patch);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      // The explorer listens on the document, where React's own listener also sits.
      event.nativeEvent.stopImmediatePropagation();
      onCancel();
    } else if (
      event.key === "Enter" &&
      (event.ctrlKey || event.metaKey) &&
      event.target instanceof HTMLTextAreaElement
    ) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  return (
    <form
      ref={formRef}
      aria-label="Edit score"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <ValueField
        id={valueId}
        input={input}
        draft={draft.value}
        onChange={(value) => onDraftChange({ ...draft, value })}
        errorId={valueError ? `${valueId}-error` : undefined}
      />
      {valueError && (
        <p id={`${valueId}-error`} className="text-sm text-red-600 dark:text-red-400">
          {valueError}
        </p>
      )}
      <div>
        <label htmlFor={`${id}-comment`} className="mb-1 block text-sm font-medium">
          Comment
        </label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={draft.comment}
          onChange={(event) => onDraftChange({ ...draft, comment: event.target.value })}
          className={fieldClass}
        />
      </div>
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={!patch}>
          Save
        </Button>
        <Button variant="secondary" onClick={onCancel} aria-keyshortcuts="Escape">
          Cancel
        </Button>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {patch || valueError ? "Ctrl+Enter saves, Esc cancels" : "Nothing changed yet"}
        </span>
      </div>
    </form>
  );
}
