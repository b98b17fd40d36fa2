import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { savedViews, users, type SavedViewRow } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { hasPermission } from "@/lib/auth/roles";
import { forbidden, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { CreateViewBody, UpdateViewBody, ViewJson } from "./view-input";

/**
 * Saved views of a project. Who sees a view: its author, and every member when it is a project
 * view; an API key sees project views only and saves none (a view belongs to a person). Who
 * changes or deletes it: its author, and the project's admins and owners (`members:manage`)
 * for project views. Someone else's personal view does not exist for the caller (404).
 */
type Caller = Principal;

const PEOPLE_ONLY = "Saved views belong to people; sign in to the dashboard to save or change one";

/** For route({auth: {assertAllowed}}): API keys may list views, not write them. */
export function peopleOnly(_request: Request, caller: Caller): void {
  if (caller.kind !== "user") throw forbidden(PEOPLE_ONLY);
}

const userIdOf = (caller: Caller) => (caller.kind === "user" ? caller.userId : null);

const visibleTo = (caller: Caller) => {
  const userId = userIdOf(caller);
  const shared = eq(savedViews.visibility, "project");
  return userId ? or(shared, eq(savedViews.authorUserId, userId)) : shared;
};

const canEdit = (caller: Caller, view: SavedViewRow) =>
  userIdOf(caller) === view.authorUserId ||
  (view.visibility === "project" && caller.kind === "user" && hasPermission(caller.role, "members:manage"));

const selection = { view: savedViews, authorName: users.name };

function toJson(caller: Caller, { view, authorName }: { view: SavedViewRow; authorName: string }): ViewJson {
  return {
    id: view.id,
    name: view.name,
    query: view.query,
    visibility: view.visibility,
    author: { id: view.authorUserId, name: authorName },
    canEdit: canEdit(caller, view),
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}

/** Project views and the caller's own, by name. */
export async function listViews(db: Database, caller: Caller): Promise<ViewJson[]> {
  const rows = await db
    .select(selection)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.authorUserId))
    .where(and(eq(savedViews.projectId, caller.projectId), visibleTo(caller)))
    .orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.id));
  return rows.map((row) => toJson(caller, row));
}

async function getVisibleView(db: Database, caller: Caller, id: string) {
  const [row] = await db
    .select(selection)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.authorUserId))
    .where(and(eq(savedViews.id, id), eq(savedViews.projectId, caller.projectId), visibleTo(caller)));
  if (!row) throw notFound(`No saved view ${id} in this project`);
  return row;
}

export async function createView(db: Database, caller: Caller, body: CreateViewBody): Promise<ViewJson> {
  const userId = userIdOf(caller);
  if (!userId) throw forbidden(PEOPLE_ONLY);
  const [view] = await db
    .insert(savedViews)
    .values({ id: newId(), projectId: caller.projectId, authorUserId: userId, ...body })
    .returning();
  return getVisibleView(db, caller, view.id).then((row) => toJson(caller, row));
}

async function getEditableView(db: Database, caller: Caller, id: string) {
  const row = await getVisibleView(db, caller, id);
  if (!canEdit(caller, row.view)) throw forbidden("Only the view's author or a project admin may change it");
  return row;
}

export async function updateView(
  db: Database,
  caller: Caller,
  id: string,
  body: UpdateViewBody,
): Promise<ViewJson> {
  await getEditableView(db, caller, id);
  await db
    .update(savedViews)
    .set({ ...body, updatedAt: new Date() })
    .where(and(eq(savedViews.id, id), eq(savedViews.projectId, caller.projectId)));
  return toJson(caller, await getVisibleView(db, caller, id));
}

export async function deleteView(db: Database, caller: Caller, id: string): Promise<void> {
  await getEditableView(db, caller, id);
  await db.delete(savedViews).where(and(eq(savedViews.id, id), eq(savedViews.projectId, caller.projectId)));
}
