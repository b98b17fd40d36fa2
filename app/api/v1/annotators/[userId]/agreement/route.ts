import { z } from "zod";
import { route } from "@/lib/api/route";
import { getAnnotatorAgreement } from "@/lib/analytics/agreement";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** Agreement of one annotator with each other annotator, per label, on shared subjects. */
export const GET = route(
  { auth: { permission: "scores:read" }, params: z.object({ userId: z.string().min(1).max(255) }) },
  async ({ db, projectId, params }) => ({ data: await getAnnotatorAgreement(db, projectId, params.userId) }),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
