import type { MemberRole } from "@/db/schema";

/** What a principal may do in a project; the table of security.md, enforced by every route. */
export type Permission =
  "scores:read" | "scores:annotate" | "scores:edit-any" | "labels:manage" | "members:manage";

const grants: Record<MemberRole, readonly Permission[]> = {
  viewer: ["scores:read"],
  annotator: ["scores:read", "scores:annotate"],
  member: ["scores:read", "scores:annotate", "scores:edit-any", "labels:manage"],
  admin: ["scores:read", "scores:annotate", "scores:edit-any", "labels:manage", "members:manage"],
  owner: ["scores:read", "scores:annotate", "scores:edit-any", "labels:manage", "members:manage"],
};

export const hasPermission = (role: MemberRole, permission: Permission): boolean =>
  grants[role].includes(permission);

/** API keys act with member rights in their project. */
export const API_KEY_ROLE: MemberRole = "member";
