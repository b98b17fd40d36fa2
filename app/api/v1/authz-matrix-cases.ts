import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiKeys, memberships, savedViews, scores, users, type MemberRole } from "@/db/schema";
import { generateKeyPair, storeApiKey } from "@/lib/auth/api-keys";
import { addQueueItems } from "@/lib/queues/items";
import { createQueue } from "@/lib/queues/queues";
import { fixtureRows, P1, P2 } from "@/lib/scores/test-fixtures";
import * as apiKeyItem from "./api-keys/[id]/route";
import * as apiKeyList from "./api-keys/route";
import * as compare from "./analytics/compare/route";
import * as activity from "./annotators/[userId]/activity/route";
import * as agreement from "./annotators/[userId]/agreement/route";
import * as configItem from "./configs/[id]/route";
import * as configs from "./configs/route";
import * as environments from "./environments/route";
import * as labelStats from "./labels/[name]/stats/route";
import * as memberItem from "./members/[userId]/route";
import * as memberList from "./members/route";
import * as openapi from "./openapi.json/route";
import * as projectList from "./projects/route";
import * as myWork from "./my-work/route";
import * as queueItemRoute from "./queues/[id]/items/[itemId]/route";
import * as itemRelease from "./queues/[id]/items/[itemId]/release/route";
import * as itemReset from "./queues/[id]/items/[itemId]/reset/route";
import * as itemSkip from "./queues/[id]/items/[itemId]/skip/route";
import * as itemSubmit from "./queues/[id]/items/[itemId]/submit/route";
import * as itemWork from "./queues/[id]/items/[itemId]/work/route";
import * as queueItems from "./queues/[id]/items/route";
import * as queueNext from "./queues/[id]/next/route";
import * as queueProgress from "./queues/[id]/progress/route";
import * as queueItem from "./queues/[id]/route";
import * as queues from "./queues/route";
import * as scoreItem from "./scores/[id]/route";
import * as revisions from "./scores/[id]/revisions/route";
import * as exportScores from "./scores/export/route";
import * as facets from "./scores/facets/route";
import * as scoreList from "./scores/route";
import * as subject from "./subjects/[kind]/[id]/route";
import * as viewItem from "./views/[id]/route";
import * as viewList from "./views/route";

/**
 * Every /api/v1 route × method, with a request that is valid in the caller's own project, so the
 * only thing deciding the status is who asks. `prepare` makes a fresh target per attempt (a score
 * to delete, a member to remove), so a permitted request never fails for want of one.
 */
export type Actor = MemberRole | "apiKey";
export const ACTORS: Actor[] = ["owner", "admin", "member", "annotator", "viewer", "apiKey"];

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type Vars = Record<string, string>;

export type MatrixCase = {
  method: string;
  /** Route pattern, as the route file's folder names it. */
  route: string;
  handler: Handler;
  path: (v: Vars) => string;
  params?: (v: Vars) => Record<string, string>;
  body?: (v: Vars) => unknown;
  prepare?: (db: Database, n: number) => Promise<Vars>;
  /** Actors that succeed in their own project, and with which status. */
  allowed: readonly Actor[];
  status: number;
  /** Actors the route's permission lets through (default: `allowed`); the rest are 403 before any lookup. */
  gate?: readonly Actor[];
  /** The route lists the caller's projects and ignores `projectId`. */
  ignoresProject?: boolean;
  /** Same request naming a resource of the other project: 404 for allowed actors. */
  foreign?: Vars;
  /** No authentication at all (the OpenAPI document). */
  open?: boolean;
};

const readers = ACTORS;
const annotators: Actor[] = ["owner", "admin", "member", "annotator", "apiKey"];
const editors: Actor[] = ["owner", "admin", "member", "apiKey"];
const managers: Actor[] = ["owner", "admin"];

const read = (route: string, handler: Handler, path: (v: Vars) => string, extra: Partial<MatrixCase> = {}) =>
  ({ method: "GET", route, handler, path, allowed: readers, status: 200, ...extra }) as MatrixCase;

async function insertScore(db: Database, id: string) {
  const [row] = fixtureRows(P1).filter((r) => r.id === "s01");
  await db.insert(scores).values({ ...row, id, traceId: `trace-${id}` });
  return { id };
}

async function insertMember(db: Database, id: string) {
  await db.insert(users).values({ id, email: `${id}@example.com`, name: id });
  await db.insert(memberships).values({ userId: id, projectId: P1, role: "viewer" });
  return { userId: id };
}

/** A project view by Grace (member) in P1, and one view in P2 for the foreign attempts. */
async function insertView(db: Database, id: string) {
  await db
    .insert(savedViews)
    .values([
      { id, projectId: P1, authorUserId: "u2", name: id, query: "name=tone", visibility: "project" },
      { id: "view-p2", projectId: P2, authorUserId: "p2-only", name: "p2", query: "", visibility: "project" },
    ])
    .onConflictDoNothing();
  return { id };
}
const people: Actor[] = ["owner", "admin", "member", "annotator", "viewer"];

/** A fresh queue with one pending item, so every attempt has something to claim or change. */
async function insertWork(db: Database, n: number) {
  const queue = await createQueue(db, P1, { name: `Matrix queue ${n}`, configIds: ["cfg-helpfulness"] });
  const { items } = await addQueueItems(db, P1, queue.id, [{ objectType: "trace", objectId: "trace-s05" }]);
  return { id: queue.id, itemId: items[0].id };
}

/** Working a queue needs a person: an API key passes the permission, then is refused. */
const workers: Actor[] = ["owner", "admin", "member", "annotator"];

const workCase = (
  method: string,
  suffix: string,
  handler: Handler,
  status: number,
  body?: (v: Vars) => unknown,
): MatrixCase => ({
  method,
  route: `/api/v1/queues/{id}/items/{itemId}/${suffix}`,
  handler,
  prepare: insertWork,
  path: (v) => `/api/v1/queues/${v.id}/items/${v.itemId}/${suffix}`,
  params: (v) => ({ id: v.id, itemId: v.itemId }),
  body,
  allowed: workers,
  gate: workers,
  status,
  foreign: { id: "no-such-queue", itemId: "no-such-item" },
});

const P2_KEY = async (db: Database) =>
  (await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.publicKey, "pk-sl-test-p2")))[0].id;

export const MATRIX: MatrixCase[] = [
  read("/api/v1/scores", scoreList.GET, () => "/api/v1/scores?limit=5"),
  {
    method: "POST",
    route: "/api/v1/scores",
    handler: scoreList.POST,
    path: () => "/api/v1/scores",
    body: (v) => ({ id: `matrix-${v.n}`, name: "matrix", value: 1, dataType: "NUMERIC", traceId: "matrix" }),
    allowed: annotators,
    status: 201,
  },
  read("/api/v1/scores/facets", facets.GET, () => "/api/v1/scores/facets"),
  read("/api/v1/scores/export", exportScores.GET, () => "/api/v1/scores/export?format=json&name=tone"),
  read("/api/v1/scores/{id}", scoreItem.GET, (v) => `/api/v1/scores/${v.id ?? "s05"}`, {
    params: (v) => ({ id: v.id ?? "s05" }),
    foreign: { id: "x02" },
  }),
  {
    method: "PATCH",
    route: "/api/v1/scores/{id}",
    handler: scoreItem.PATCH,
    path: (v) => `/api/v1/scores/${v.id ?? "s01"}`,
    params: (v) => ({ id: v.id ?? "s01" }),
    body: () => ({ comment: "checked" }),
    allowed: editors,
    gate: annotators, // an annotator reaches the score, then may not change someone else's
    status: 200,
    foreign: { id: "x02" },
  },
  {
    method: "DELETE",
    route: "/api/v1/scores/{id}",
    handler: scoreItem.DELETE,
    prepare: (db, n) => insertScore(db, `doomed-${n}`),
    path: (v) => `/api/v1/scores/${v.id}`,
    params: (v) => ({ id: v.id }),
    allowed: editors,
    gate: annotators,
    status: 204,
    foreign: { id: "x02" },
  },
  read("/api/v1/scores/{id}/revisions", revisions.GET, (v) => `/api/v1/scores/${v.id ?? "s03"}/revisions`, {
    params: (v) => ({ id: v.id ?? "s03" }),
    foreign: { id: "x02" },
  }),
  read("/api/v1/configs", configs.GET, () => "/api/v1/configs"),
  read("/api/v1/queues", queues.GET, () => "/api/v1/queues"),
  read("/api/v1/my-work", myWork.GET, () => "/api/v1/my-work"),
  {
    method: "POST",
    route: "/api/v1/configs",
    handler: configs.POST,
    path: () => "/api/v1/configs",
    body: (v) => ({ name: `matrix-label-${v.n}`, dataType: "NUMERIC", minValue: 0, maxValue: 1 }),
    allowed: editors,
    status: 201,
  },
  {
    method: "PATCH",
    route: "/api/v1/configs/{id}",
    handler: configItem.PATCH,
    path: (v) => `/api/v1/configs/${v.id ?? "cfg-helpfulness"}`,
    params: (v) => ({ id: v.id ?? "cfg-helpfulness" }),
    body: (v) => ({ description: `checked ${v.n}` }),
    allowed: editors,
    status: 200,
    foreign: { id: "no-such-label" },
  },
  {
    method: "POST",
    route: "/api/v1/queues",
    handler: queues.POST,
    path: () => "/api/v1/queues",
    body: (v) => ({ name: `Matrix new ${v.n}`, configIds: ["cfg-helpfulness"], annotationsPerItem: 2 }),
    allowed: editors,
    status: 201,
  },
  read("/api/v1/queues/{id}", queueItem.GET, (v) => `/api/v1/queues/${v.id ?? `${P1}-q1`}`, {
    params: (v) => ({ id: v.id ?? `${P1}-q1` }),
    foreign: { id: "no-such-queue" },
  }),
  {
    method: "PATCH",
    route: "/api/v1/queues/{id}",
    handler: queueItem.PATCH,
    path: (v) => `/api/v1/queues/${v.id ?? `${P1}-q2`}`,
    params: (v) => ({ id: v.id ?? `${P1}-q2` }),
    body: (v) => ({ description: `checked ${v.n}` }),
    allowed: editors,
    status: 200,
    foreign: { id: "no-such-queue" },
  },
  {
    method: "DELETE",
    route: "/api/v1/queues/{id}",
    handler: queueItem.DELETE,
    prepare: insertWork,
    path: (v) => `/api/v1/queues/${v.id}`,
    params: (v) => ({ id: v.id }),
    allowed: editors,
    status: 204,
    foreign: { id: "no-such-queue" },
  },
  read("/api/v1/queues/{id}/items", queueItems.GET, (v) => `/api/v1/queues/${v.id ?? `${P1}-q1`}/items`, {
    params: (v) => ({ id: v.id ?? `${P1}-q1` }),
    foreign: { id: "no-such-queue" },
  }),
  {
    method: "POST",
    route: "/api/v1/queues/{id}/items",
    handler: queueItems.POST,
    path: (v) => `/api/v1/queues/${v.id ?? `${P1}-q1`}/items`,
    params: (v) => ({ id: v.id ?? `${P1}-q1` }),
    body: (v) => ({ items: [{ objectType: "trace", objectId: `matrix-${v.n}` }] }),
    allowed: editors,
    status: 201,
    foreign: { id: "no-such-queue" },
  },
  {
    method: "DELETE",
    route: "/api/v1/queues/{id}/items/{itemId}",
    handler: queueItemRoute.DELETE,
    prepare: insertWork,
    path: (v) => `/api/v1/queues/${v.id}/items/${v.itemId}`,
    params: (v) => ({ id: v.id, itemId: v.itemId }),
    allowed: editors,
    status: 204,
    foreign: { id: "no-such-queue", itemId: "no-such-item" },
  },
  {
    method: "POST",
    route: "/api/v1/queues/{id}/items/{itemId}/reset",
    handler: itemReset.POST,
    prepare: insertWork,
    path: (v) => `/api/v1/queues/${v.id}/items/${v.itemId}/reset`,
    params: (v) => ({ id: v.id, itemId: v.itemId }),
    allowed: editors,
    status: 200,
    foreign: { id: "no-such-queue", itemId: "no-such-item" },
  },
  {
    method: "POST",
    route: "/api/v1/queues/{id}/next",
    handler: queueNext.POST,
    prepare: insertWork,
    path: (v) => `/api/v1/queues/${v.id}/next`,
    params: (v) => ({ id: v.id }),
    body: () => ({}),
    allowed: workers,
    gate: workers,
    status: 200,
    foreign: { id: "no-such-queue" },
  },
  workCase("GET", "work", itemWork.GET, 200),
  workCase("POST", "submit", itemSubmit.POST, 200, () => ({
    scores: [{ configId: "cfg-helpfulness", value: 1 }],
  })),
  workCase("POST", "skip", itemSkip.POST, 200),
  workCase("POST", "release", itemRelease.POST, 204),
  read("/api/v1/queues/{id}/progress", queueProgress.GET, () => `/api/v1/queues/${P1}-q1/progress`, {
    params: (v) => ({ id: v.id ?? `${P1}-q1` }),
  }),
  read("/api/v1/environments", environments.GET, () => "/api/v1/environments"),
  read("/api/v1/subjects/{kind}/{id}", subject.GET, () => "/api/v1/subjects/trace/trace-s05", {
    params: () => ({ kind: "trace", id: "trace-s05" }),
  }),
  read("/api/v1/labels/{name}/stats", labelStats.GET, () => "/api/v1/labels/helpfulness/stats", {
    params: () => ({ name: "helpfulness" }),
  }),
  read("/api/v1/annotators/{userId}/agreement", agreement.GET, () => "/api/v1/annotators/u1/agreement", {
    params: () => ({ userId: "u1" }),
  }),
  read("/api/v1/annotators/{userId}/activity", activity.GET, () => "/api/v1/annotators/u1/activity", {
    params: () => ({ userId: "u1" }),
  }),
  read(
    "/api/v1/analytics/compare",
    compare.GET,
    () => "/api/v1/analytics/compare?a=helpfulness&b=helpfulness",
  ),
  read("/api/v1/members", memberList.GET, () => "/api/v1/members"),
  {
    method: "POST",
    route: "/api/v1/members",
    handler: memberList.POST,
    path: () => "/api/v1/members",
    body: (v) => ({ email: `added-${v.n}@example.com`, role: "viewer" }),
    allowed: managers,
    status: 201,
  },
  {
    method: "PATCH",
    route: "/api/v1/members/{userId}",
    handler: memberItem.PATCH,
    prepare: (db, n) => insertMember(db, `promoted-${n}`),
    path: (v) => `/api/v1/members/${v.userId}`,
    params: (v) => ({ userId: v.userId }),
    body: () => ({ role: "annotator" }),
    allowed: managers,
    status: 200,
    foreign: { userId: "p2-only" },
  },
  {
    method: "DELETE",
    route: "/api/v1/members/{userId}",
    handler: memberItem.DELETE,
    prepare: (db, n) => insertMember(db, `removed-${n}`),
    path: (v) => `/api/v1/members/${v.userId}`,
    params: (v) => ({ userId: v.userId }),
    allowed: managers,
    status: 204,
    foreign: { userId: "p2-only" },
  },
  read("/api/v1/api-keys", apiKeyList.GET, () => "/api/v1/api-keys", { allowed: managers }),
  {
    method: "POST",
    route: "/api/v1/api-keys",
    handler: apiKeyList.POST,
    path: () => "/api/v1/api-keys",
    body: (v) => ({ note: `matrix ${v.n}` }),
    allowed: managers,
    status: 201,
  },
  {
    method: "DELETE",
    route: "/api/v1/api-keys/{id}",
    handler: apiKeyItem.DELETE,
    prepare: async (db) => ({ id: await storeApiKey(db, { projectId: P1, keys: generateKeyPair() }) }),
    path: (v) => `/api/v1/api-keys/${v.id}`,
    params: (v) => ({ id: v.id }),
    allowed: managers,
    status: 204,
    foreign: { id: "(p2 key)" },
  },
  read("/api/v1/projects", projectList.GET, () => "/api/v1/projects", { ignoresProject: true }),
  {
    method: "POST",
    route: "/api/v1/projects",
    handler: projectList.POST,
    path: () => "/api/v1/projects",
    body: (v) => ({ name: `Matrix ${v.n}` }),
    allowed: managers,
    status: 201,
  },
  read("/api/v1/views", viewList.GET, () => "/api/v1/views"),
  {
    method: "POST",
    route: "/api/v1/views",
    handler: viewList.POST,
    path: () => "/api/v1/views",
    body: (v) => ({ name: `Matrix ${v.n}`, query: "name=tone", visibility: "project" }),
    allowed: people,
    status: 201,
  },
  {
    method: "PATCH",
    route: "/api/v1/views/{id}",
    handler: viewItem.PATCH,
    prepare: (db, n) => insertView(db, `view-${n}`),
    path: (v) => `/api/v1/views/${v.id}`,
    params: (v) => ({ id: v.id }),
    body: () => ({ name: "Renamed" }),
    allowed: managers, // Grace's view: only admins and owners may change it
    gate: people,
    status: 200,
    foreign: { id: "view-p2" },
  },
  {
    method: "DELETE",
    route: "/api/v1/views/{id}",
    handler: viewItem.DELETE,
    prepare: (db, n) => insertView(db, `view-${n}`),
    path: (v) => `/api/v1/views/${v.id}`,
    params: (v) => ({ id: v.id }),
    allowed: managers,
    gate: people,
    status: 204,
    foreign: { id: "view-p2" },
  },
  read("/api/v1/openapi.json", openapi.GET as unknown as Handler, () => "/api/v1/openapi.json", {
    open: true,
  }),
];

/** The P2 key's id is only known once seeded. */
export async function resolveForeign(db: Database, vars: Vars): Promise<Vars> {
  return vars.id === "(p2 key)" ? { ...vars, id: await P2_KEY(db) } : vars;
}
