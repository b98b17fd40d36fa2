import { beforeAll, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { scores } from "@/db/schema";
import { describeEachEngine } from "@/db/testing/engines";
import { callRoute } from "@/lib/api/test-client";
import { createPerson, signIn } from "@/lib/auth/test-sessions";
import { setDatabaseForTests } from "@/lib/database";
import {
  futureAgiHeaders,
  KEYS,
  LABELS,
  OTHER_PROJECT,
  PEOPLE,
  PROJECT,
  seedFutureAgi,
} from "@/lib/dialects/futureagi/test-seed";
import * as labelItem from "./annotations-labels/[id]/route";
import * as labelList from "./annotations-labels/route";
import * as scoreItem from "./scores/[id]/route";
import * as bulk from "./scores/bulk/route";
import * as forSource from "./scores/for-source/route";
import * as scoreList from "./scores/route";

/**
 * Every /model-hub route × method × role, in the caller's own project and in another one. The
 * score an edit targets belongs to another annotator, so only roles that may edit any score pass.
 */
type Actor = "owner" | "admin" | "member" | "annotator" | "viewer" | "apiKey";
type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Case = {
  method: string;
  handler: Handler;
  path: (id: string) => string;
  body?: (n: number) => unknown;
  allowed: Actor[];
  /** The path names one of the project's records: another project's key must not find it. */
  item?: { params: (scoreId: string) => Record<string, string> };
};
const scoreParams = { params: (id: string) => ({ id }) };

const ACTORS: Actor[] = ["owner", "admin", "member", "annotator", "viewer", "apiKey"];
const readers = ACTORS;
const writers: Actor[] = ["owner", "admin", "member", "annotator", "apiKey"];
const editors: Actor[] = ["owner", "admin", "member", "apiKey"];
const PASSWORD = "matrix-password-for-tests";

const create = (n: number) => ({
  source_type: "trace",
  source_id: `t-matrix-${n}`,
  label_id: LABELS.quality,
  value: 1,
});
const CASES: Case[] = [
  { method: "GET", handler: scoreList.GET, path: () => "/model-hub/scores/", allowed: readers },
  {
    method: "POST",
    handler: scoreList.POST,
    path: () => "/model-hub/scores/",
    body: create,
    allowed: writers,
  },
  {
    method: "POST",
    handler: bulk.POST,
    path: () => "/model-hub/scores/bulk/",
    body: (n) => ({
      source_type: "span",
      source_id: `o-matrix-${n}`,
      scores: [{ label_id: LABELS.stars, value: 3 }],
    }),
    allowed: writers,
  },
  {
    method: "GET",
    handler: forSource.GET,
    path: () => "/model-hub/scores/for-source/?source_type=trace&source_id=t-target",
    allowed: readers,
  },
  {
    method: "GET",
    handler: scoreItem.GET,
    path: (id) => `/model-hub/scores/${id}/`,
    allowed: readers,
    item: scoreParams,
  },
  {
    method: "PUT",
    handler: scoreItem.PUT,
    path: (id) => `/model-hub/scores/${id}/`,
    body: () => ({ value: 4 }),
    allowed: editors,
    item: scoreParams,
  },
  {
    method: "PATCH",
    handler: scoreItem.PATCH,
    path: (id) => `/model-hub/scores/${id}/`,
    body: () => ({ notes: "n" }),
    allowed: editors,
    item: scoreParams,
  },
  {
    method: "DELETE",
    handler: scoreItem.DELETE,
    path: (id) => `/model-hub/scores/${id}/`,
    allowed: editors,
    item: scoreParams,
  },
  { method: "GET", handler: labelList.GET, path: () => "/model-hub/annotations-labels/", allowed: readers },
  {
    method: "GET",
    handler: labelItem.GET,
    path: () => `/model-hub/annotations-labels/${LABELS.quality}/`,
    allowed: readers,
    item: { params: () => ({ id: LABELS.quality }) },
  },
];

async function seed(db: Database) {
  await seedFutureAgi(db);
  for (const { id } of Object.values(PEOPLE)) {
    await createPerson(db, { email: `${id}@example.com`, password: PASSWORD, name: id });
  }
}

describeEachEngine(
  "FutureAGI route × role matrix",
  (t) => {
    const credentials = {} as Record<Actor, Record<string, string>>;
    let counter = 0;

    beforeAll(async () => {
      setDatabaseForTests(t.handle);
      for (const actor of ACTORS) {
        credentials[actor] =
          actor === "apiKey"
            ? futureAgiHeaders()
            : { cookie: await signIn({ email: `${PEOPLE[actor].id}@example.com`, password: PASSWORD }) };
      }
    });

    /** A fresh score by another annotator, so a permitted delete or edit always has a target. */
    async function targetScore(): Promise<string> {
      const id = `target-${++counter}`;
      await t.db.insert(scores).values({
        projectId: PROJECT,
        id,
        name: "quality",
        configId: LABELS.quality,
        dataType: "NUMERIC",
        numericValue: 2,
        source: "ANNOTATION",
        subjectKind: "trace",
        traceId: "t-target",
        authorUserId: PEOPLE.otherAnnotator.id,
      });
      return id;
    }

    const send = async (c: Case, actor: Actor, projectId: string, headers = credentials[actor]) => {
      const id = await targetScore();
      const path = c.path(id);
      const separator = path.includes("?") ? "&" : "?";
      const withProject = actor === "apiKey" ? path : `${path}${separator}projectId=${projectId}`;
      return callRoute(c.handler, withProject, {
        method: c.method,
        headers,
        body: c.body?.(++counter),
        params: c.item?.params(id) ?? {},
      });
    };

    for (const c of CASES) {
      it(`${c.method} ${c.path(":id")}`, async () => {
        for (const actor of ACTORS) {
          const own = await send(c, actor, PROJECT);
          const expected = c.allowed.includes(actor) ? 200 : 403;
          expect(own.status, `${actor} in own project: ${JSON.stringify(own.body)}`).toBe(expected);
          if (expected === 403) expect(own.body).toMatchObject({ status: false, type: "permission_error" });

          if (actor !== "apiKey") {
            const foreign = await send(c, actor, OTHER_PROJECT);
            expect(foreign.status, `${actor} in another project`).toBe(403);
          }
        }
        if (c.item) {
          const outsider = await send(c, "apiKey", OTHER_PROJECT, futureAgiHeaders(KEYS.other));
          expect(outsider.status, "another project's key").toBe(404);
        }
      });
    }
  },
  seed,
);
