/**
 * Copyable curl commands for POSIX shells. Everything a score contributes (ids in the URL, the
 * JSON body with its comment and metadata) is single-quoted, where the shell expands nothing;
 * only the credential placeholders are double-quoted so `$SCORELENS_SECRET_KEY` expands, and
 * those strings are ours, checked to hold nothing else the shell would interpret.
 */
export const PUBLIC_KEY_VAR = "SCORELENS_PUBLIC_KEY";
export const SECRET_KEY_VAR = "SCORELENS_SECRET_KEY";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type CurlRequest = {
  method: HttpMethod;
  url: string;
  /** Credentials: a Basic key pair (`-u`) or header lines that name the placeholders. */
  auth: { kind: "basic" } | { kind: "headers"; lines: readonly string[] };
  headers?: Record<string, string>;
  /** Sent as compact JSON with a JSON content type. */
  body?: unknown;
};

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** `text` as one shell word that expands to exactly `text`. */
export function quoteShellWord(text: string): string {
  if (PLAIN.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

const PLACEHOLDER_TEMPLATE = /^(?:[A-Za-z0-9 _:.,/-]|\$[A-Z_][A-Z0-9_]*)+$/;

/** A double-quoted word whose only expansions are `$NAME` placeholders. */
export function quoteWithPlaceholders(template: string): string {
  if (!PLACEHOLDER_TEMPLATE.test(template)) {
    throw new Error(`Not a placeholder template: ${template}`);
  }
  return `"${template}"`;
}

export const bearerSecret = () => `Authorization: Bearer $${SECRET_KEY_VAR}`;

/** One option per line, joined with backslash-newline so the command pastes as one. */
export function renderCurl(request: CurlRequest): string {
  const parts: string[][] = [["curl"]];
  if (request.method !== "GET") parts[0].push("-X", request.method);
  parts[0].push(quoteShellWord(request.url));
  if (request.auth.kind === "basic") {
    parts.push(["-u", quoteWithPlaceholders(`$${PUBLIC_KEY_VAR}:$${SECRET_KEY_VAR}`)]);
  } else {
    for (const line of request.auth.lines) parts.push(["-H", quoteWithPlaceholders(line)]);
  }
  const headers = { ...(request.body === undefined ? {} : { "Content-Type": "application/json" }) };
  Object.assign(headers, request.headers);
  for (const [name, value] of Object.entries(headers))
    parts.push(["-H", quoteShellWord(`${name}: ${value}`)]);
  if (request.body !== undefined) parts.push(["--data-raw", quoteShellWord(JSON.stringify(request.body))]);
  return parts.map((words) => words.join(" ")).join(" \\\n  ");
}
