import { unknownPath } from "@/lib/dialects/faces";

/** Any path of this API that no route serves: 404 in the face's own error shape, not a page. */
export const runtime = "nodejs";
export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
