import type { Database } from "@/db/client";
import { memberships, organizations, projects, scoreConfigs, users, type MemberRole } from "@/db/schema";
import { storeApiKey, type KeyPair } from "@/lib/auth/api-keys";

/**
 * Fixed rows for the FutureAGI route tests: one project with a label of every FutureAGI type (and
 * a Scorelens JSON label and an archived one), people in every role, and a second project to stay
 * out of. Label ids are not UUIDs on purpose: Scorelens ids are free text.
 */
export const PROJECT = "proj-fa";
export const OTHER_PROJECT = "proj-fa-other";
export const BASE_DATE = new Date("2026-06-01T00:00:00.000Z");

export const LABELS = {
  quality: "lbl-quality", // numeric 0..10 step 1, buttons
  clarity: "lbl-clarity", // numeric 0..1 step 0.1, slider
  stars: "lbl-stars", // star, 5 stars
  thumbs: "lbl-thumbs", // thumbs_up_down
  sentiment: "lbl-sentiment", // categorical, one choice
  topics: "lbl-topics", // categorical, multi choice
  feedback: "lbl-feedback", // text
  payload: "lbl-payload", // json (Scorelens only)
  retired: "lbl-retired", // numeric, archived
  elsewhere: "lbl-elsewhere", // in the other project
} as const;

export const PEOPLE = {
  owner: { id: "fa-owner", role: "owner" },
  admin: { id: "fa-admin", role: "admin" },
  member: { id: "fa-member", role: "member" },
  annotator: { id: "fa-annotator", role: "annotator" },
  otherAnnotator: { id: "fa-annotator-2", role: "annotator" },
  viewer: { id: "fa-viewer", role: "viewer" },
} as const satisfies Record<string, { id: string; role: MemberRole }>;

export const KEYS: Record<"project" | "other", KeyPair> = {
  project: { publicKey: "pk-sl-fa-project", secretKey: "sk-sl-fa-project-secret-0123456789abcdef" },
  other: { publicKey: "pk-sl-fa-other", secretKey: "sk-sl-fa-other-secret-0123456789abcdef" },
};

export const futureAgiHeaders = (keys: KeyPair = KEYS.project) => ({
  "x-api-key": keys.publicKey,
  "x-secret-key": keys.secretKey,
});

const options = (...labels: string[]) => labels.map((label, index) => ({ label, value: index }));

export async function seedFutureAgi(db: Database): Promise<void> {
  await db.insert(organizations).values({ id: "org-fa", name: "FA Org", createdAt: BASE_DATE });
  await db.insert(projects).values([
    { id: PROJECT, organizationId: "org-fa", name: "FutureAGI", createdAt: BASE_DATE },
    { id: OTHER_PROJECT, organizationId: "org-fa", name: "Elsewhere", createdAt: BASE_DATE },
  ]);
  const people = Object.values(PEOPLE);
  await db
    .insert(users)
    .values(people.map(({ id }) => ({ id, email: `${id}@example.com`, name: `Person ${id}` })));
  await db
    .insert(memberships)
    .values(people.map(({ id, role }) => ({ userId: id, projectId: PROJECT, role })));
  const at = (minutes: number) => new Date(BASE_DATE.getTime() + minutes * 60_000);
  const label = (id: string, minutes: number) => ({
    id,
    projectId: PROJECT,
    createdAt: at(minutes),
    updatedAt: at(minutes),
  });
  await db.insert(scoreConfigs).values([
    {
      ...label(LABELS.quality, 1),
      name: "quality",
      dataType: "NUMERIC",
      widget: "numeric",
      minValue: 0,
      maxValue: 10,
      step: 1,
    },
    {
      ...label(LABELS.clarity, 2),
      name: "clarity",
      dataType: "NUMERIC",
      widget: "slider",
      minValue: 0,
      maxValue: 1,
      step: 0.1,
    },
    {
      ...label(LABELS.stars, 3),
      name: "stars",
      dataType: "NUMERIC",
      widget: "star",
      minValue: 1,
      maxValue: 5,
      step: 1,
    },
    { ...label(LABELS.thumbs, 4), name: "thumbs", dataType: "BOOLEAN", widget: "thumbs" },
    {
      ...label(LABELS.sentiment, 5),
      name: "sentiment",
      dataType: "CATEGORICAL",
      widget: "single_select",
      categories: options("Positive", "Neutral", "Negative"),
    },
    {
      ...label(LABELS.topics, 6),
      name: "topics",
      dataType: "CATEGORICAL",
      widget: "multi_select",
      categories: options("billing", "bug", "docs"),
    },
    {
      ...label(LABELS.feedback, 7),
      name: "feedback",
      dataType: "TEXT",
      widget: "text",
      description: "Free text",
    },
    { ...label(LABELS.payload, 8), name: "payload", dataType: "JSON", widget: "json" },
    {
      ...label(LABELS.retired, 9),
      name: "retired",
      dataType: "NUMERIC",
      widget: "numeric",
      isArchived: true,
    },
    {
      ...label(LABELS.elsewhere, 10),
      projectId: OTHER_PROJECT,
      name: "quality",
      dataType: "NUMERIC",
      widget: "numeric",
    },
  ]);
  await storeApiKey(db, { projectId: PROJECT, keys: KEYS.project });
  await storeApiKey(db, { projectId: OTHER_PROJECT, keys: KEYS.other });
}
