import { buildOpenApiDocument } from "@/lib/api/openapi";

export const runtime = "nodejs";

/** The document is public: it describes the API, not any project's data. */
export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(new URL(request.url).origin));
}
