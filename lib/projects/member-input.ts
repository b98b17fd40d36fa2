import { z } from "zod";
import { memberRoles } from "@/db/schema/enums";

/** Bodies and params of /api/v1/members; unknown fields are refused so a typo is a 400, not a no-op. */
export const addMemberBodySchema = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(100).optional(),
    role: z.enum(memberRoles),
  })
  .strict();

export const changeMemberBodySchema = z.object({ role: z.enum(memberRoles) }).strict();

export const memberParamsSchema = z.object({ userId: z.string().min(1).max(255) });

export const memberJsonSchema = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(memberRoles) })
  .meta({ id: "Member" });

export const addMemberResponseSchema = z.object({
  member: memberJsonSchema,
  /** Set when the account was created: shown to the admin once, never stored in clear. */
  oneTimePassword: z.string().nullable(),
});

export type AddMemberBody = z.infer<typeof addMemberBodySchema>;
export type MemberJson = z.infer<typeof memberJsonSchema>;
