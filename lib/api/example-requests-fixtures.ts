import * as langfuseScores from "@/app/api/public/scores/route";
import * as langfuseScoreV2 from "@/app/api/public/v2/scores/[scoreId]/route";
import * as respanScore from "@/app/api/scores/[id]/route";
import * as nativeScore from "@/app/api/v1/scores/[id]/route";
import * as futureAgiScore from "@/app/model-hub/scores/[id]/route";
import type { KeyPair } from "@/lib/auth/api-keys";
import { callRoute } from "@/lib/api/test-client";
import { PUBLIC_KEY_VAR, SECRET_KEY_VAR } from "@/lib/scores/example-curl";
import { curlArgvOf, requestOfCurlArgv } from "@/lib/scores/example-shell";

/**
 * Test support for example-requests.db.test.ts: runs a copied curl command the way a user's
 * shell and the app would, bash turning it into arguments and the app's router picking the
 * route handler by path. Only the routes the examples may name are known; any other path fails.
 */
export const EXAMPLE_BASE_URL = "http://scorelens.test";

type Handler = Parameters<typeof callRoute>[0];
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

const ROUTES: { pattern: RegExp; module: RouteModule; param?: string }[] = [
  { pattern: /^\/api\/v1\/scores\/([^/]+)$/, module: nativeScore, param: "id" },
  { pattern: /^\/api\/public\/v2\/scores\/([^/]+)$/, module: langfuseScoreV2, param: "scoreId" },
  { pattern: /^\/api\/public\/scores$/, module: langfuseScores },
  { pattern: /^\/api\/scores\/([^/]+)\/?$/, module: respanScore, param: "id" },
  { pattern: /^\/model-hub\/scores\/([^/]+)\/?$/, module: futureAgiScore, param: "id" },
];

export async function runCurl(command: string, keys: KeyPair) {
  const argv = curlArgvOf(command, { [PUBLIC_KEY_VAR]: keys.publicKey, [SECRET_KEY_VAR]: keys.secretKey });
  const request = requestOfCurlArgv(argv);
  if (!request.url.startsWith(`${EXAMPLE_BASE_URL}/`)) throw new Error(`Another origin: ${request.url}`);
  const url = new URL(request.url);
  const route = ROUTES.find((candidate) => candidate.pattern.test(url.pathname));
  if (!route) throw new Error(`No route for ${url.pathname}`);
  const handler = route.module[request.method as keyof RouteModule];
  if (!handler) throw new Error(`${request.method} is not exported by the route of ${url.pathname}`);
  const match = route.pattern.exec(url.pathname)!;
  // Next.js hands route handlers their dynamic segments decoded.
  const params = route.param ? { [route.param]: decodeURIComponent(match[1]) } : {};
  const response = await callRoute(handler, `${url.pathname}${url.search}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    params,
  });
  return { ...response, request };
}
