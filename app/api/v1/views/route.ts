import { route } from "@/lib/api/route";
import { createViewBodySchema } from "@/lib/views/view-input";
import { createView, listViews, peopleOnly } from "@/lib/views/views";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Saved views the caller can see: the project's and their own (README "Saved views"). */
export const GET = route({ auth: { permission: "scores:read" } }, async ({ db, principal }) => ({
  data: await listViews(db, principal),
}));

/** Save the current explorer query under a name, for yourself or the project. */
export const POST = route(
  { auth: { permission: "scores:read", assertAllowed: peopleOnly }, body: createViewBodySchema },
  async ({ db, principal, body }) => Response.json(await createView(db, principal, body), { status: 201 }),
);

export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
