"use client";

import type { ScoreListParams } from "@/lib/scores/filters";
import { CopyLinkButton } from "./copy-link-button";
import { explorerSearchOf } from "./explorer-url";
import { ExportMenu } from "./export-menu";
import type { ScoreColumnId } from "./score-column-ids";
import { ViewsMenu } from "./views-menu";

type ExplorerActionsProps = {
  projectId: string;
  params: ScoreListParams;
  /** The URL's column choice (null: the default columns). */
  urlColumns: string[] | null;
  visibleColumns: readonly ScoreColumnId[];
  knownTotal: number | null;
  selectedIds?: readonly string[];
};

/** Take the view elsewhere: saved views, its link, and an export of every row. */
export function ExplorerActions(props: ExplorerActionsProps) {
  const currentQuery = explorerSearchOf({ params: props.params, scoreId: null, columns: props.urlColumns });
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <ViewsMenu projectId={props.projectId} currentQuery={currentQuery} />
      <CopyLinkButton />
      <ExportMenu
        projectId={props.projectId}
        params={props.params}
        visibleColumns={props.visibleColumns}
        knownTotal={props.knownTotal}
        selectedIds={props.selectedIds}
      />
    </div>
  );
}
