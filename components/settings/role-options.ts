import { memberRoles, type MemberRole } from "@/db/schema/enums";

export const ROLE_LABELS: Record<MemberRole, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
  annotator: "Annotator",
  viewer: "Viewer",
};

export const ROLE_HELP: Record<MemberRole, string> = {
  owner: "everything, including owners",
  admin: "members, API keys and all scores",
  member: "edit any score, labels and queues",
  annotator: "read, and write own annotations",
  viewer: "read only",
};

/** Roles someone may hand out: an admin cannot make owners (the API refuses it too). */
export const assignableRoles = (viewerRole: MemberRole): MemberRole[] =>
  viewerRole === "owner" ? [...memberRoles] : memberRoles.filter((role) => role !== "owner");
