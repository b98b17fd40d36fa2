import { execFileSync } from "node:child_process";

/**
 * Test support: what a real shell makes of a copied curl command. bash parses the command with a
 * `curl` function that prints its arguments, so quoting mistakes show up exactly as a user's
 * shell would make them; `requestOfCurlArgv` turns those arguments back into a fetch Request.
 */
export function curlArgvOf(command: string, env: Record<string, string>): string[] {
  const script = `curl() { printf '%s\\0' "$@"; }\n${command}\n`;
  const output = execFileSync("bash", ["--norc", "--noprofile", "-c", script], {
    env: { NODE_ENV: "test", PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
    encoding: "utf8",
  });
  return output.split("\0").slice(0, -1);
}

export type ParsedCurl = { method: string; url: string; headers: Record<string, string>; body?: string };

/** The options the example commands use (-X, -H, -u, --data-raw and the URL); anything else fails loudly. */
export function requestOfCurlArgv(argv: string[]): ParsedCurl {
  const headers: Record<string, string> = {};
  let method: string | undefined;
  let url: string | undefined;
  let body: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index];
    const next = () => {
      const value = argv[++index];
      if (value === undefined) throw new Error(`${word} needs a value`);
      return value;
    };
    if (word === "-X") method = next();
    else if (word === "-H") {
      const line = next();
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    } else if (word === "-u") headers.authorization = `Basic ${Buffer.from(next()).toString("base64")}`;
    else if (word === "--data-raw") body = next();
    else if (word.startsWith("-")) throw new Error(`Unexpected curl option ${word}`);
    else if (url === undefined) url = word;
    else throw new Error(`A second URL: ${word}`);
  }
  if (url === undefined) throw new Error("No URL");
  return { method: method ?? (body === undefined ? "GET" : "POST"), url, headers, body };
}
