"use client";

import { useState } from "react";
import { PopoverPanel } from "@/components/ui/popover-panel";
import type { ScoreListParams } from "@/lib/scores/filters";
import { subjectKindLabels } from "./format";

/** The API filters a subject by the id parameter of its kind (traceId, observationId, …). */
export const subjectIdKeys = {
  trace: "traceId",
  observation: "observationId",
  session: "sessionId",
  experiment: "experimentId",
} as const;
type SubjectIdKind = keyof typeof subjectIdKeys;

type SubjectFilterProps = {
  params: ScoreListParams;
  onChange: (kind: SubjectIdKind, ids: string[]) => void;
};

const inputClass =
  "h-8 w-full rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950";

function SubjectForm({ params, onChange, close }: SubjectFilterProps & { close: () => void }) {
  const initialKind =
    (Object.keys(subjectIdKeys) as SubjectIdKind[]).find((kind) => params[subjectIdKeys[kind]]) ?? "trace";
  const [kind, setKind] = useState<SubjectIdKind>(initialKind);
  const [ids, setIds] = useState((params[subjectIdKeys[initialKind]] ?? []).join(", "));
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(
          kind,
          ids
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean),
        );
        close();
      }}
    >
      <label className="text-xs text-slate-600 dark:text-slate-300">
        Id of a
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as SubjectIdKind)}
          className={inputClass}
        >
          {(Object.keys(subjectIdKeys) as SubjectIdKind[]).map((option) => (
            <option key={option} value={option}>
              {subjectKindLabels[option].toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-slate-600 dark:text-slate-300">
        Subject id (comma-separated for several)
        <input value={ids} onChange={(e) => setIds(e.target.value)} className={`${inputClass} font-mono`} />
      </label>
      <button
        type="submit"
        className="self-end rounded-md bg-sky-600 px-3 py-1 text-sm font-medium text-white hover:bg-sky-700"
      >
        Apply
      </button>
    </form>
  );
}

/** Scores on one trace, observation, session or experiment. */
export function SubjectFilter(props: SubjectFilterProps) {
  const active = Object.values(subjectIdKeys).some((key) => props.params[key]);
  return (
    <PopoverPanel label="Subject id filter" active={active} trigger={<span>Subject id</span>}>
      {(close) => <SubjectForm {...props} close={close} />}
    </PopoverPanel>
  );
}
