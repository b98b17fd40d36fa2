"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/input";

export type QueueFormValues = {
  name: string;
  description: string | null;
  configIds: string[];
  annotationsPerItem: number;
  showOtherScores: boolean;
  annotatorIds: string[];
};

type Option = { id: string; name: string };

const groupClass = "flex flex-col gap-1 rounded-md border border-slate-200 p-3 dark:border-slate-700";

/** A queue's settings: name, labels, annotations per item, blind or not, who works it. */
export function QueueForm({
  initial,
  labels,
  members,
  submitText,
  pending,
  error,
  onSubmit,
}: {
  initial?: QueueFormValues;
  labels: Option[];
  members: Option[];
  submitText: string;
  pending: boolean;
  error: string | null;
  onSubmit: (values: QueueFormValues) => Promise<boolean>;
}) {
  const [configIds, setConfigIds] = useState<string[]>(initial?.configIds ?? []);
  const [annotatorIds, setAnnotatorIds] = useState<string[]>(initial?.annotatorIds ?? []);
  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const done = await onSubmit({
      name: String(form.get("name") ?? "").trim(),
      description: String(form.get("description") ?? "").trim() || null,
      configIds,
      annotationsPerItem: Number(form.get("annotationsPerItem") ?? 1),
      showOtherScores: form.get("showOtherScores") === "on",
      annotatorIds,
    });
    if (done && !initial) {
      element.reset();
      setConfigIds([]);
      setAnnotatorIds([]);
    }
  };
  return (
    <form onSubmit={submit} className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Queue name" name="name" required maxLength={255} defaultValue={initial?.name} />
        <TextField
          label="Annotations per item"
          name="annotationsPerItem"
          type="number"
          min={1}
          max={20}
          step={1}
          required
          defaultValue={initial?.annotationsPerItem ?? 1}
          hint="2 or more: several people annotate each item, so agreement can be measured"
        />
        <TextField
          label="Queue description"
          name="description"
          className="sm:col-span-2"
          defaultValue={initial?.description ?? ""}
        />
      </div>
      <fieldset className={groupClass}>
        <legend className="px-1 text-sm font-medium">Labels</legend>
        {labels.length === 0 ? <p className="text-sm text-slate-600">Create labels first.</p> : null}
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {labels.map((label) => (
            <label key={label.id} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={configIds.includes(label.id)}
                onChange={() => setConfigIds((list) => toggle(list, label.id))}
              />
              {label.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={groupClass}>
        <legend className="px-1 text-sm font-medium">Annotators</legend>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          None ticked: every annotator of the project may work this queue.
        </p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {members.map((member) => (
            <label key={member.id} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={annotatorIds.includes(member.id)}
                onChange={() => setAnnotatorIds((list) => toggle(list, member.id))}
              />
              {member.name}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="showOtherScores" defaultChecked={initial?.showOtherScores ?? false} />
        Show other people&apos;s scores while annotating (off: blind until you submit)
      </label>
      <Button type="submit" disabled={pending}>
        {submitText}
      </Button>
    </form>
  );
}
