/** Next.js calls this once when a server process starts, before it serves any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // never open the database during a build
  // First: the sign-in limits need each request's socket address (lib/auth/peer-address.ts).
  const { installPeerStampOnNodeServers } = await import("./lib/boot/peer-stamp");
  installPeerStampOnNodeServers();
  try {
    const { bootScorelens } = await import("./lib/boot");
    await bootScorelens();
  } catch (error) {
    const { exitAfterStartFailure } = await import("./lib/boot/start-failure");
    exitAfterStartFailure(error);
  }
}

/**
 * Next.js reports here every error no handler caught (a page that fails to render, a route that
 * throws past its wrapper). Each becomes one JSON log line with status 500, like every other
 * request's line, so no 500 exists only as a plain stack trace.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const requestId = request.headers["x-request-id"];
  log.error(
    {
      requestId: typeof requestId === "string" ? requestId.slice(0, 64) : undefined,
      method: request.method,
      route: request.path,
      routePath: context.routePath,
      routeType: context.routeType,
      status: 500,
      err: error,
    },
    "request failed outside a route handler",
  );
}
