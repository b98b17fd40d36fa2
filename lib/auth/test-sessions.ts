import type { Database } from "@/db/client";
import { memberships, type MemberRole } from "@/db/schema";
import { ensurePasswordUser, hashAccountPassword } from "./accounts";
import { getAuth } from "./better-auth";

/** Test people: real accounts, real Better Auth sign-ins, real session cookies. */
export type TestPerson = { email: string; password: string; name: string };

export async function createPerson(
  db: Database,
  person: TestPerson,
  roles: Record<string, MemberRole> = {},
): Promise<string> {
  const passwordHash = await hashAccountPassword(person.password);
  const { userId } = await ensurePasswordUser(db, { ...person, passwordHash });
  for (const [projectId, role] of Object.entries(roles)) {
    await db.insert(memberships).values({ userId, projectId, role });
  }
  return userId;
}

/** `name=value; …` for a Cookie header, from a response's Set-Cookie lines (expired ones left out). */
export function cookieHeaderFrom(headers: Headers): string {
  return headers
    .getSetCookie()
    .filter((line) => !/max-age=0(;|$)/i.test(line))
    .map((line) => line.split(";")[0])
    .join("; ");
}

/** Signs in through Better Auth (the database the route handlers use) and returns the Cookie header. */
export async function signIn(
  person: Pick<TestPerson, "email" | "password">,
  headers: HeadersInit = {},
): Promise<string> {
  const auth = await getAuth();
  const result = await auth.api.signInEmail({
    body: { email: person.email, password: person.password },
    headers: new Headers(headers),
    returnHeaders: true,
  });
  return cookieHeaderFrom(result.headers);
}
