import { count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  annotationQueues,
  memberships,
  organizations,
  projects,
  scoreConfigs,
  scoreRevisions,
  scores,
  subjects,
  users,
} from "@/db/schema";
import { storeApiKey, type KeyPair } from "@/lib/auth/api-keys";
import type { Principal } from "@/lib/auth/principal";

/** Fixed rows for the score-write tests: one project with every kind of config, a second project to stay out of. */
export const BASE_DATE = new Date("2026-06-01T00:00:00.000Z");
export const at = (minutes: number): string => new Date(BASE_DATE.getTime() + minutes * 60_000).toISOString();

export const PROJECT_ID = "proj-write";
export const OTHER_PROJECT_ID = "proj-write-other";

export const USERS = {
  owner: "user-owner",
  annotator: "user-annotator",
  otherAnnotator: "user-annotator-2",
  viewer: "user-viewer",
  outsider: "user-outsider",
} as const;

export const CONFIGS = {
  quality: "cfg-quality", // NUMERIC 0..10
  helpful: "cfg-helpful", // BOOLEAN
  tone: "cfg-tone", // CATEGORICAL single select
  tags: "cfg-tags", // CATEGORICAL multi select
  feedback: "cfg-feedback", // TEXT
  payload: "cfg-payload", // JSON
  retired: "cfg-retired", // NUMERIC, archived
  otherProject: "cfg-other-project",
} as const;

export const QUEUE_ID = "queue-review";
export const OTHER_QUEUE_ID = "queue-elsewhere";
export const TRACE_ID = "trace-1";

export const KEYS: KeyPair = {
  publicKey: "pk-sl-write-fixture",
  secretKey: "sk-sl-write-fixture-secret-0123456789abcdef",
};
export const OTHER_KEYS: KeyPair = {
  publicKey: "pk-sl-write-other",
  secretKey: "sk-sl-write-other-secret-0123456789abcdef",
};

export const PRINCIPALS = {
  apiKey: { kind: "apiKey", apiKeyId: "key-fixture", projectId: PROJECT_ID, role: "member" },
  owner: { kind: "user", userId: USERS.owner, projectId: PROJECT_ID, role: "owner" },
  annotator: { kind: "user", userId: USERS.annotator, projectId: PROJECT_ID, role: "annotator" },
  otherAnnotator: { kind: "user", userId: USERS.otherAnnotator, projectId: PROJECT_ID, role: "annotator" },
  viewer: { kind: "user", userId: USERS.viewer, projectId: PROJECT_ID, role: "viewer" },
} satisfies Record<string, Principal>;

const numericConfig = { dataType: "NUMERIC", widget: "numeric", minValue: 0, maxValue: 10 } as const;
const categories = (...labels: string[]) => labels.map((label, index) => ({ label, value: index }));

export async function seedWriteFixtures(db: Database): Promise<void> {
  await db.insert(organizations).values({ id: "org-write", name: "Write Org", createdAt: BASE_DATE });
  await db.insert(projects).values([
    { id: PROJECT_ID, organizationId: "org-write", name: "Write", createdAt: BASE_DATE },
    { id: OTHER_PROJECT_ID, organizationId: "org-write", name: "Elsewhere", createdAt: BASE_DATE },
  ]);
  await db.insert(users).values(
    Object.values(USERS).map((id) => ({
      id,
      email: `${id}@example.com`,
      name: `Name of ${id}`,
      createdAt: BASE_DATE,
    })),
  );
  const roles = {
    owner: "owner",
    annotator: "annotator",
    otherAnnotator: "annotator",
    viewer: "viewer",
  } as const;
  await db.insert(memberships).values([
    ...Object.entries(roles).map(([user, role]) => ({
      userId: USERS[user as keyof typeof roles],
      projectId: PROJECT_ID,
      role,
    })),
    { userId: USERS.outsider, projectId: OTHER_PROJECT_ID, role: "owner" },
  ]);
  const inProject = { projectId: PROJECT_ID, createdAt: BASE_DATE, updatedAt: BASE_DATE };
  await db.insert(scoreConfigs).values([
    { ...inProject, id: CONFIGS.quality, name: "quality", ...numericConfig },
    { ...inProject, id: CONFIGS.helpful, name: "helpful", dataType: "BOOLEAN", widget: "thumbs" },
    { ...inProject, id: CONFIGS.tone, name: "tone", dataType: "CATEGORICAL", widget: "single_select" },
    { ...inProject, id: CONFIGS.tags, name: "tags", dataType: "CATEGORICAL", widget: "multi_select" },
    { ...inProject, id: CONFIGS.feedback, name: "feedback", dataType: "TEXT", widget: "text" },
    { ...inProject, id: CONFIGS.payload, name: "payload", dataType: "JSON", widget: "json" },
    { ...inProject, id: CONFIGS.retired, name: "retired", ...numericConfig, isArchived: true },
    {
      ...inProject,
      projectId: OTHER_PROJECT_ID,
      id: CONFIGS.otherProject,
      name: "quality",
      ...numericConfig,
    },
  ]);
  await db
    .update(scoreConfigs)
    .set({ categories: categories("friendly", "neutral", "rude") })
    .where(eq(scoreConfigs.id, CONFIGS.tone));
  await db
    .update(scoreConfigs)
    .set({ categories: categories("bug", "docs", "ux") })
    .where(eq(scoreConfigs.id, CONFIGS.tags));
  await db.insert(annotationQueues).values([
    { id: QUEUE_ID, projectId: PROJECT_ID, name: "Review", createdAt: BASE_DATE },
    { id: OTHER_QUEUE_ID, projectId: OTHER_PROJECT_ID, name: "Elsewhere", createdAt: BASE_DATE },
  ]);
  await db.insert(subjects).values({
    projectId: PROJECT_ID,
    kind: "trace",
    id: TRACE_ID,
    traceId: TRACE_ID,
    name: "chat-completion",
    input: { question: "What is 2 + 2?" },
    output: "4",
    metadata: { model: "small" },
    timestamp: BASE_DATE,
  });
  await storeApiKey(db, { projectId: PROJECT_ID, keys: KEYS });
  await storeApiKey(db, { projectId: OTHER_PROJECT_ID, keys: OTHER_KEYS });
}

export async function countScores(db: Database, projectId = PROJECT_ID): Promise<number> {
  const [row] = await db.select({ total: count() }).from(scores).where(eq(scores.projectId, projectId));
  return Number(row.total);
}

export async function countRevisions(db: Database, projectId = PROJECT_ID): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(scoreRevisions)
    .where(eq(scoreRevisions.projectId, projectId));
  return Number(row.total);
}

/** A minimal valid score input on the fixture trace. */
export const traceScore = (fields: Record<string, unknown> = {}) => ({
  name: "quality",
  value: 7,
  traceId: TRACE_ID,
  timestamp: at(0),
  ...fields,
});

export const basicAuth = (keys: KeyPair) => ({
  authorization: `Basic ${Buffer.from(`${keys.publicKey}:${keys.secretKey}`).toString("base64")}`,
});

/** Route calls go through the one test client. */
export { callRoute as sendRequest } from "@/lib/api/test-client";
