"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ApiKeyJson } from "@/lib/projects/api-key-admin";
import { ConfirmDialog } from "./confirm-dialog";
import { CreateApiKeyDialog } from "./create-api-key-dialog";
import { formatUtc } from "./format";
import { SettingsTable, settingsCell } from "./settings-table";
import { useApiKeys } from "./use-api-keys";

/** The project's key pairs: secrets appear as their last four characters; revoking is immediate. */
export function ApiKeysPanel({ projectId, initialKeys }: { projectId: string; initialKeys: ApiKeyJson[] }) {
  const { keys, create, revoke } = useApiKeys(projectId, initialKeys);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyJson | null>(null);

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Keys act with member rights in this project, on every API surface.
        </p>
        <Button onClick={() => setCreating(true)}>Create API key</Button>
      </div>
      {revoke.error ? <Alert tone="error">{revoke.error.message}</Alert> : null}
      {keys.data.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No API keys yet.</p>
      ) : (
        <SettingsTable
          caption="API keys of this project"
          columns={["Note", "Keys", "Created", "Last used"]}
          actionsHeader="Status"
        >
          {keys.data.map((key) => (
            <tr key={key.id} className={key.revokedAt ? "text-slate-400" : undefined}>
              <td className={settingsCell}>{key.note || <span className="text-slate-400">—</span>}</td>
              <td className={`${settingsCell} font-mono text-xs`}>
                <div>{key.publicKey}</div>
                <div className="text-slate-500">sk-sl-…{key.secretHint}</div>
              </td>
              <td className={`${settingsCell} whitespace-nowrap`}>
                {formatUtc(key.createdAt)}
                {key.createdBy ? <div className="text-xs text-slate-500">by {key.createdBy.name}</div> : null}
              </td>
              <td className={`${settingsCell} whitespace-nowrap`}>{formatUtc(key.lastUsedAt)}</td>
              <td className="py-2 text-right whitespace-nowrap">
                {key.revokedAt ? (
                  <span>Revoked {formatUtc(key.revokedAt)}</span>
                ) : (
                  <Button
                    variant="ghost"
                    onClick={() => setRevoking(key)}
                    aria-label={`Revoke ${key.publicKey}`}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </SettingsTable>
      )}
      <CreateApiKeyDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreate={(note) => create.mutateAsync(note)}
      />
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke API key"
        confirmLabel="Revoke"
        pending={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoke.mutate(revoking!.id, { onSettled: () => setRevoking(null) })}
      >
        <p>
          Revoke <code className="font-mono">{revoking?.publicKey}</code>? Requests with it fail at once; this
          cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}
