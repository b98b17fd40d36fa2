import type { MemberRole } from "@/db/schema";

/** Who is calling, and in which project. Route handlers only ever see this, never headers. */
export type Principal =
  | { kind: "apiKey"; apiKeyId: string; projectId: string; role: MemberRole }
  | { kind: "user"; userId: string; projectId: string; role: MemberRole };

export const actorOf = (principal: Principal) =>
  principal.kind === "apiKey"
    ? { actorApiKeyId: principal.apiKeyId, actorUserId: null }
    : { actorApiKeyId: null, actorUserId: principal.userId };
