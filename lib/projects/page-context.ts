import { headers as requestHeaders } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { isPasswordChangeRequired } from "@/lib/auth/accounts";
import { REQUEST_PATH_HEADER } from "@/lib/auth/cookie-names";
import { loginPathFor } from "@/lib/auth/return-path";
import { getSessionUserFromHeaders, type SessionUser } from "@/lib/auth/session";
import { getDatabase } from "@/lib/database";
import { listUserProjects, type ProjectJson } from "./project-list";

export type ProjectPageContext =
  | { kind: "redirect"; to: string }
  | { kind: "not-found" }
  | { kind: "ok"; user: SessionUser; project: ProjectJson; projects: ProjectJson[] };

/**
 * What a project page needs to know about its visitor, resolved once per request (React's cache:
 * the layout and the page share it). The path to return to comes from the proxy's header.
 */
export const getProjectPageContext = cache(async (projectId: string): Promise<ProjectPageContext> => {
  const headers = await requestHeaders();
  const here = headers.get(REQUEST_PATH_HEADER) ?? `/projects/${encodeURIComponent(projectId)}`;
  const user = await getSessionUserFromHeaders(headers);
  if (!user) return { kind: "redirect", to: loginPathFor(here) };
  const { db } = await getDatabase();
  if (await isPasswordChangeRequired(db, user.userId)) {
    return { kind: "redirect", to: loginPathFor(here, "/change-password") };
  }
  const projects = await listUserProjects(db, user.userId);
  const project = projects.find((candidate) => candidate.id === projectId);
  if (!project) return { kind: "not-found" };
  return { kind: "ok", user, project, projects };
});

/**
 * The context, or the redirect / 404 instead. Layouts and pages render in parallel, so every
 * project page calls this itself rather than trusting the layout to have turned the visitor away.
 */
export async function requireProjectPage(projectId: string) {
  const context = await getProjectPageContext(projectId);
  if (context.kind === "redirect") redirect(context.to);
  if (context.kind === "not-found") notFound();
  return context;
}
