"use client";

import { useState, type FormEvent } from "react";
import { SettingsTable, settingsCell } from "@/components/settings/settings-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/input";
import { useApiAction } from "./use-api-action";

export type LabelRowJson = {
  id: string;
  name: string;
  dataType: string;
  minValue: number | null;
  maxValue: number | null;
  step: number | null;
  categories: { label: string; value: number }[] | null;
  description: string | null;
  isArchived: boolean;
  scoreCount: number;
};

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

const settingsOf = (label: LabelRowJson) =>
  label.dataType === "NUMERIC"
    ? [label.minValue ?? "−∞", "…", label.maxValue ?? "∞", label.step ? `step ${label.step}` : ""].join(" ")
    : label.dataType === "CATEGORICAL"
      ? (label.categories ?? []).map((category) => category.label).join(", ")
      : "";

/** Labels (score configs): create, edit the description, archive and unarchive. */
export function LabelsPanel({
  projectId,
  labels,
  canManage,
}: {
  projectId: string;
  labels: LabelRowJson[];
  canManage: boolean;
}) {
  const { run, pending, error } = useApiAction(projectId);
  const [editing, setEditing] = useState<LabelRowJson | null>(null);
  return (
    <div className="space-y-6">
      {canManage ? <CreateLabelForm projectId={projectId} /> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <SettingsTable
        caption="Labels of this project"
        columns={["Name", "Type", "Range or categories", "Description", "Scores"]}
        actionsHeader="Actions"
      >
        {labels.map((label) => (
          <tr key={label.id} className={label.isArchived ? "text-slate-500" : undefined}>
            <td className={settingsCell}>
              {label.name}
              {label.isArchived ? <span className="ml-1 text-xs">(archived)</span> : null}
            </td>
            <td className={settingsCell}>{label.dataType}</td>
            <td className={settingsCell}>{settingsOf(label)}</td>
            <td className={`${settingsCell} max-w-xs`}>{label.description ?? ""}</td>
            <td className={`${settingsCell} tabular-nums`}>{label.scoreCount.toLocaleString("en-US")}</td>
            <td className="py-2 text-right whitespace-nowrap">
              {canManage ? (
                <>
                  <Button variant="ghost" onClick={() => setEditing(label)} aria-label={`Edit ${label.name}`}>
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={pending}
                    aria-label={`${label.isArchived ? "Unarchive" : "Archive"} ${label.name}`}
                    onClick={() =>
                      run(`/api/v1/configs/${encodeURIComponent(label.id)}`, {
                        method: "PATCH",
                        body: { isArchived: !label.isArchived },
                      })
                    }
                  >
                    {label.isArchived ? "Unarchive" : "Archive"}
                  </Button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </SettingsTable>
      {labels.length === 0 ? <p className="text-sm text-slate-600">No labels yet.</p> : null}
      <EditLabelDialog projectId={projectId} label={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

function EditLabelDialog({
  projectId,
  label,
  onClose,
}: {
  projectId: string;
  label: LabelRowJson | null;
  onClose: () => void;
}) {
  const { run, pending, error } = useApiAction(projectId);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!label) return;
    const form = new FormData(event.currentTarget);
    const body: Record<string, unknown> = { description: String(form.get("description") ?? "") || null };
    if (label.dataType === "NUMERIC") {
      body.minValue = numberOrNull(String(form.get("minValue") ?? ""));
      body.maxValue = numberOrNull(String(form.get("maxValue") ?? ""));
    }
    if (await run(`/api/v1/configs/${encodeURIComponent(label.id)}`, { method: "PATCH", body })) onClose();
  };
  return (
    <Dialog open={label !== null} onClose={onClose} title={label ? `Edit ${label.name}` : "Edit label"}>
      {label ? (
        <form onSubmit={submit} className="space-y-3">
          {error ? <Alert tone="error">{error}</Alert> : null}
          <TextField label="Description" name="description" defaultValue={label.description ?? ""} />
          {label.dataType === "NUMERIC" ? (
            <div className="grid grid-cols-2 gap-3">
              <TextField
                label="Minimum"
                name="minValue"
                type="number"
                step="any"
                defaultValue={label.minValue ?? ""}
              />
              <TextField
                label="Maximum"
                name="maxValue"
                type="number"
                step="any"
                defaultValue={label.maxValue ?? ""}
              />
            </div>
          ) : null}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            The type never changes; the range and categories only while the label has no scores.
          </p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              Save
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}

function CreateLabelForm({ projectId }: { projectId: string }) {
  const { run, pending, error } = useApiAction(projectId);
  const [dataType, setDataType] = useState("NUMERIC");
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body: Record<string, unknown> = {
      name: text("name"),
      dataType,
      description: text("description") || null,
    };
    if (dataType === "NUMERIC") {
      body.minValue = numberOrNull(text("minValue"));
      body.maxValue = numberOrNull(text("maxValue"));
      body.step = numberOrNull(text("step"));
    }
    if (dataType === "CATEGORICAL") {
      body.categories = text("categories")
        .split(",")
        .map((label) => label.trim())
        .filter(Boolean)
        .map((label, index) => ({ label, value: index }));
    }
    if (await run("/api/v1/configs", { method: "POST", body })) formElement.reset();
  };
  return (
    <form
      onSubmit={submit}
      aria-label="New label"
      className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 className="font-medium">New label</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Label name" name="name" required maxLength={255} />
        <SelectField label="Type" value={dataType} onChange={(event) => setDataType(event.target.value)}>
          <option value="NUMERIC">Number</option>
          <option value="BOOLEAN">True / false</option>
          <option value="CATEGORICAL">Categories</option>
          <option value="TEXT">Text</option>
        </SelectField>
        {dataType === "NUMERIC" ? (
          <>
            <TextField label="Minimum" name="minValue" type="number" step="any" />
            <TextField label="Maximum" name="maxValue" type="number" step="any" />
            <TextField label="Step" name="step" type="number" step="any" min="0" hint="Empty: any value" />
          </>
        ) : null}
        {dataType === "CATEGORICAL" ? (
          <TextField
            label="Categories"
            name="categories"
            required
            hint="Comma-separated, in the order digits pick them"
          />
        ) : null}
        <TextField label="Label description" name="description" className="sm:col-span-2" />
      </div>
      <Button type="submit" disabled={pending}>
        Create label
      </Button>
    </form>
  );
}
