import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginPathFor, safeReturnPath } from "@/lib/auth/return-path";
import { getSessionUserFromHeaders } from "@/lib/auth/session";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Choose your password" };

export default async function ChangePasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const next = safeReturnPath((await searchParams).next);
  const user = await getSessionUserFromHeaders(await headers());
  if (!user) redirect(loginPathFor(next));
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Choose your password</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        {user.email}: replace the one-time password you were given with one only you know.
      </p>
      <ChangePasswordForm next={next} />
    </>
  );
}
