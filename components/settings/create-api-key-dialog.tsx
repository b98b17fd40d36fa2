"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/input";
import { SecretValue } from "./secret-value";
import type { CreatedApiKey } from "./use-api-keys";

/** Asks for a note, then shows the new pair once: closing the dialog forgets the secret. */
export function CreateApiKeyDialog({
  open,
  onClose,
  onCreate,
}: {
  open: boolean;
  onClose: () => void;
  onCreate: (note: string) => Promise<CreatedApiKey>;
}) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function close() {
    setCreated(null);
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      setCreated(await onCreate(String(new FormData(event.currentTarget).get("note") ?? "")));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onClose={close} title={created ? "API key created" : "Create API key"}>
      {created ? (
        <div className="space-y-4">
          <Alert tone="info">Copy the secret key now: it is shown only once and cannot be recovered.</Alert>
          <SecretValue label="Public key" value={created.publicKey} />
          <SecretValue label="Secret key" value={created.secretKey} />
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4">
          {error ? <Alert tone="error">{error}</Alert> : null}
          <TextField
            label="Note"
            name="note"
            maxLength={200}
            autoFocus
            hint="What the key is for, e.g. “CI evaluator”"
          />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Creating…" : "Create key"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
