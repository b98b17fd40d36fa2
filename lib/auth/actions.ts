"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changeOwnPassword, signInWithPassword, signOutSession } from "./dashboard-auth";
import { createFirstOwner } from "./first-run";
import {
  changePasswordFormSchema,
  formStateFromZod,
  formValues,
  setupFormSchema,
  signInFormSchema,
  type FormState,
} from "./form-schemas";
import { safeReturnPath } from "./return-path";
import { getSessionUserFromHeaders } from "./session";
import { getDatabase } from "@/lib/database";
import { AppError } from "@/lib/errors";

/**
 * Server actions of the sign-in, first-run and password pages and the sign-out button. A password
 * is never echoed back into a form state; Next.js checks the Origin of every action call.
 */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const submitted = formValues(formData);
  const { password: _password, ...values } = submitted;
  const parsed = signInFormSchema.safeParse(submitted);
  if (!parsed.success) return formStateFromZod(parsed.error, values);
  const result = await signInWithPassword(await headers(), parsed.data);
  if (!result.ok) return { error: result.message, values };
  redirect(safeReturnPath(values.next));
}

export async function signOutAction(): Promise<void> {
  await signOutSession(await headers());
  redirect("/login");
}

export async function setupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const submitted = formValues(formData);
  const { password: _password, confirm: _confirm, ...values } = submitted;
  const parsed = setupFormSchema.safeParse(submitted);
  if (!parsed.success) return formStateFromZod(parsed.error, values);
  const { db } = await getDatabase();
  try {
    await createFirstOwner(db, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") redirect("/login");
    throw error;
  }
  const signedIn = await signInWithPassword(await headers(), parsed.data);
  if (!signedIn.ok) return { error: signedIn.message, values };
  redirect("/");
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const next = String(formData.get("next") ?? "");
  const requestHeaders = await headers();
  const user = await getSessionUserFromHeaders(requestHeaders);
  if (!user) redirect("/login");
  const parsed = changePasswordFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return formStateFromZod(parsed.error, { next });
  const result = await changeOwnPassword(requestHeaders, user.userId, parsed.data);
  if (!result.ok) return { fieldErrors: { [result.field ?? "form"]: result.message }, values: { next } };
  redirect(safeReturnPath(next));
}
