"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/input";
import type { FormState } from "@/lib/auth/form-schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { setupAction } from "@/lib/auth/actions";

export function SetupForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(setupAction, {});
  const value = (name: string) => state.values?.[name];
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        defaultValue={value("name")}
        error={error("name")}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={value("email")}
        error={error("email")}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters`}
        error={error("password")}
      />
      <TextField
        label="Repeat the password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={error("confirm")}
      />
      <TextField
        label="Organization"
        name="organization"
        required
        defaultValue={value("organization")}
        error={error("organization")}
      />
      <TextField
        label="First project"
        name="project"
        required
        defaultValue={value("project")}
        error={error("project")}
        hint="Used when no project exists yet"
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating…" : "Create the owner account"}
      </Button>
    </form>
  );
}
