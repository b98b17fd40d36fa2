import { buildOpenApiDocument } from "@/lib/api/openapi";
import { unsupportedMethod } from "@/lib/dialects/faces";

export const runtime = "nodejs";

/** The document is public: it describes the API, not any project's data. */
export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(new URL(request.url).origin));
}

export const POST = unsupportedMethod;
export const PUT = unsupportedMethod;
export const PATCH = unsupportedMethod;
export const DELETE = unsupportedMethod;
