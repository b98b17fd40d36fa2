import type { MemberRole } from "@/db/schema";
import type { KeyScope } from "./key-scope";

/** Who is calling, and in which project. Route handlers only ever see this, never headers. */
export type Principal =
  | {
      kind: "apiKey";
      apiKeyId: string;
      projectId: string;
      role: MemberRole;
      /** `create-scores` for a bare public key (key-scope.ts); absent means full. */
      keyScope?: KeyScope;
    }
  | { kind: "user"; userId: string; projectId: string; role: MemberRole };

export const actorOf = (principal: Principal) =>
  principal.kind === "apiKey"
    ? { actorApiKeyId: principal.apiKeyId, actorUserId: null }
    : { actorApiKeyId: null, actorUserId: principal.userId };
