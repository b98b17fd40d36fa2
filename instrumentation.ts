/** Next.js calls this once when a server process starts, before it serves any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // never open the database during a build
  const { bootScorelens } = await import("./lib/boot");
  try {
    await bootScorelens();
  } catch (error) {
    // A server that cannot open its database must not answer requests as if it could.
    console.error(`Scorelens could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
