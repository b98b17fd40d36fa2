import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasAnyUser } from "@/lib/auth/first-run";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getSessionUserFromHeaders } from "@/lib/auth/session";
import { getDatabase } from "@/lib/database";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await getSessionUserFromHeaders(await headers())) redirect(next);
  const { db } = await getDatabase();
  if (!(await hasAnyUser(db))) redirect("/setup");
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">Sign in</h1>
      <LoginForm next={next} />
    </>
  );
}
