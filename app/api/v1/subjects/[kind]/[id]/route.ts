import { z } from "zod";
import { subjectKinds } from "@/db/schema/enums";
import { route } from "@/lib/api/route";
import { getSubject } from "@/lib/scores/subjects";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

const paramsSchema = z.object({ kind: z.enum(subjectKinds), id: z.string().min(1).max(255) });

export const GET = route(
  { auth: { permission: "scores:read" }, params: paramsSchema },
  async ({ db, projectId, params }) => getSubject(db, projectId, params.kind, params.id),
);

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
