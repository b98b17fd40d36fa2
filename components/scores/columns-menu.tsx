"use client";

import { useState } from "react";
import { PopoverPanel } from "@/components/ui/popover-panel";
import { columnLabels, columnOrderOf, type ScoreColumnId } from "./score-column-ids";

type ColumnsMenuProps = {
  visible: readonly ScoreColumnId[];
  onChange: (visible: ScoreColumnId[]) => void;
  onReset: () => void;
};

const moveButton =
  "h-6 w-6 rounded text-xs text-slate-500 hover:bg-slate-200 disabled:opacity-30 dark:hover:bg-slate-700";

/** Show, hide and reorder columns by keyboard or mouse; widths are set by dragging header edges. */
export function ColumnsMenu({ visible: fromUrl, onChange, onReset }: ColumnsMenuProps) {
  // The URL updates in a transition: show a change at once, until the URL catches up.
  const [chosen, setChosen] = useState<{ base: readonly ScoreColumnId[]; ids: ScoreColumnId[] } | null>(null);
  const visible = chosen && chosen.base === fromUrl ? chosen.ids : fromUrl;
  const choose = (ids: ScoreColumnId[]) => {
    setChosen({ base: fromUrl, ids });
    onChange(ids);
  };
  const move = (id: ScoreColumnId, step: -1 | 1) => {
    const next = [...visible];
    const from = next.indexOf(id);
    next.splice(from, 1);
    next.splice(from + step, 0, id);
    choose(next);
  };
  return (
    <PopoverPanel label="Columns" align="end" trigger={<span>Columns</span>} panelClassName="w-64">
      {() => (
        <div className="flex flex-col gap-1">
          <ul className="flex flex-col">
            {columnOrderOf(visible).map((id) => {
              const position = visible.indexOf(id);
              const shown = position >= 0;
              return (
                <li key={id} className="flex items-center gap-1">
                  <label className="flex flex-1 cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
                    <input
                      type="checkbox"
                      checked={shown}
                      disabled={shown && visible.length === 1}
                      onChange={() => choose(shown ? visible.filter((v) => v !== id) : [...visible, id])}
                      className="accent-sky-600"
                    />
                    {columnLabels[id]}
                  </label>
                  {shown && (
                    <>
                      <button
                        type="button"
                        className={moveButton}
                        disabled={position === 0}
                        aria-label={`Move ${columnLabels[id]} left`}
                        onClick={() => move(id, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className={moveButton}
                        disabled={position === visible.length - 1}
                        aria-label={`Move ${columnLabels[id]} right`}
                        onClick={() => move(id, 1)}
                      >
                        ↓
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            onClick={onReset}
            className="self-start px-1 text-sm text-sky-700 hover:underline dark:text-sky-400"
          >
            Reset columns and widths
          </button>
        </div>
      )}
    </PopoverPanel>
  );
}
