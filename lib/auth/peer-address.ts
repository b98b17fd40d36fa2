import { randomBytes } from "node:crypto";

/**
 * The socket address of a request, which Next.js route handlers, server actions and `headers()`
 * cannot see. `installPeerStamp` (called from instrumentation.ts) writes it into a request header
 * as the Node server receives the request, replacing any copy the client sent. The value carries
 * a random token of this process, so a header forged by a client (or left on a request received
 * before the stamp was installed) is recognised and ignored.
 */
export const PEER_HEADER = "x-scorelens-peer";

const TOKEN_KEY = Symbol.for("scorelens.peer-token");
const INSTALLED_KEY = Symbol.for("scorelens.peer-stamp-installed");

type Global = typeof globalThis & { [TOKEN_KEY]?: string; [INSTALLED_KEY]?: boolean };

/** One token per process, shared by every bundle Next.js loads into it. */
function peerToken(): string {
  const global = globalThis as Global;
  global[TOKEN_KEY] ??= randomBytes(18).toString("base64url");
  return global[TOKEN_KEY];
}

/** Writes the stamp into a Node request's header object (replacing what the client sent). */
export function stampPeer(
  headers: Record<string, string | string[] | undefined>,
  address: string | undefined,
) {
  delete headers[PEER_HEADER];
  if (address) headers[PEER_HEADER] = `${peerToken()} ${address}`;
}

/** The stamped socket address, or null when the request carries no genuine stamp. */
export function readPeer(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  if (!value) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== peerToken()) return null;
  return value.slice(space + 1).trim() || null;
}

/** Headers as a request from `address` would carry them: for tests that call handlers directly. */
export function peerHeaders(address: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, [PEER_HEADER]: `${peerToken()} ${address}` };
}

type RequestLike = {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
};
type EmitterPrototype = { emit: (event: string | symbol, ...args: unknown[]) => boolean };

/**
 * Wraps `emit` of Node's HTTP(S) server prototypes so every `request` event stamps the socket
 * address first. Prototype-level, so it also covers the server `next start` created before
 * instrumentation ran. Idempotent.
 */
export function installPeerStamp(prototypes: object[]): void {
  const global = globalThis as Global;
  if (global[INSTALLED_KEY]) return;
  global[INSTALLED_KEY] = true;
  for (const prototype of prototypes as EmitterPrototype[]) {
    const original = prototype.emit;
    prototype.emit = function emitWithPeer(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as RequestLike | undefined;
        if (request?.headers) stampPeer(request.headers, request.socket?.remoteAddress);
      }
      return original.call(this, event, ...args);
    };
  }
}
