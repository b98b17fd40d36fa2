import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { hasAnyUser } from "@/lib/auth/first-run";
import { getDatabase } from "@/lib/database";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Create the owner account" };

/** Only while no account exists: the first person to arrive creates the owner. */
export default async function SetupPage() {
  await connection(); // reads the database: never prerender at build time
  const { db } = await getDatabase();
  if (await hasAnyUser(db)) redirect("/login");
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Create the owner account</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        No one has an account yet. The owner can add everyone else from the project settings.
      </p>
      <SetupForm />
    </>
  );
}
