import { boolean, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { timestampMs } from "./columns";
import { memberRoleEnum } from "./enums";

export const organizations = pgTable("organizations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: timestampMs("created_at").notNull().defaultNow(),
});

export const projects = pgTable(
  "projects",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [index("projects_organization_idx").on(t.organizationId)],
);

/** Shaped like Better Auth's user table so the accounts work can adopt it without a data migration. */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: timestampMs("created_at").notNull().defaultNow(),
  updatedAt: timestampMs("updated_at").notNull().defaultNow(),
});

export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    role: memberRoleEnum("role").notNull(),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.projectId] }), index("memberships_project_idx").on(t.projectId)],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    publicKey: text("public_key").notNull(),
    /** sha256 of the secret, hex. The secret itself is never stored. */
    secretHash: text("secret_hash").notNull(),
    /** Last characters of the secret, so a person can tell keys apart. */
    secretHint: text("secret_hint").notNull(),
    note: text("note"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestampMs("created_at").notNull().defaultNow(),
    lastUsedAt: timestampMs("last_used_at"),
    revokedAt: timestampMs("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_keys_public_key_idx").on(t.publicKey),
    index("api_keys_secret_hash_idx").on(t.secretHash),
    index("api_keys_project_idx").on(t.projectId),
  ],
);
