"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/input";
import type { MemberRole } from "@/db/schema/enums";
import type { MemberJson } from "@/lib/projects/member-input";
import { ROLE_HELP, ROLE_LABELS } from "./role-options";
import { SecretValue } from "./secret-value";

type Added = { member: MemberJson; oneTimePassword: string | null };

/** Adds a person; a new account's one-time password is shown here once, for the admin to pass on. */
export function AddMemberForm({
  roles,
  onAdd,
}: {
  roles: MemberRole[];
  onAdd: (body: { email: string; name?: string; role: MemberRole }) => Promise<Added>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<Added | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    setPending(true);
    setError(null);
    setAdded(null);
    try {
      const result = await onAdd({
        email: String(data.get("email") ?? "").trim(),
        name: name || undefined,
        role: String(data.get("role")) as MemberRole,
      });
      setAdded(result);
      form.reset();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <section
      aria-labelledby="add-member-title"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="add-member-title" className="mb-3 font-medium">
        Add a member
      </h2>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[2fr_1.5fr_1fr_auto] sm:items-end">
        <TextField label="Email" name="email" type="email" required autoComplete="off" />
        <TextField label="Name" name="name" autoComplete="off" hint="Optional for new accounts" />
        <SelectField label="Role" name="role" defaultValue="viewer">
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]} — {ROLE_HELP[role]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending} className="sm:mb-px">
          {pending ? "Adding…" : "Add member"}
        </Button>
      </form>
      <div className="mt-3 space-y-3" aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {added?.oneTimePassword ? (
          <Alert tone="success">
            <p className="mb-2">
              Account created for <strong>{added.member.email}</strong>. Give them this one-time password; it
              is shown only now, and they choose their own when they first sign in.
            </p>
            <SecretValue label="One-time password" value={added.oneTimePassword} />
          </Alert>
        ) : added ? (
          <Alert tone="success">
            <strong>{added.member.email}</strong> was added with their existing account and password.
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
