/** Next.js calls this once when a server process starts, before it serves any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // never open the database during a build
  // First: the sign-in limits need each request's socket address (lib/auth/peer-address.ts).
  const { installPeerStampOnNodeServers } = await import("./lib/boot/peer-stamp");
  installPeerStampOnNodeServers();
  const { describeStartFailure } = await import("./lib/boot/start-failure");
  try {
    const { bootScorelens } = await import("./lib/boot");
    await bootScorelens();
  } catch (error) {
    // A server that cannot open its database must not answer requests as if it could.
    console.error(`Scorelens could not start: ${describeStartFailure(error)}`);
    process.exit(1);
  }
}
