import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";

/**
 * A page on another origin that loads the real `langfuse` 3.x browser client (bundled from
 * node_modules as an app would bundle it) and exposes `window.sendScore`, so a Chromium page
 * calls Scorelens cross-origin: preflight, CORS headers and the bare public key, for real.
 */
const entry = `
import { LangfuseWeb } from "langfuse";
window.sendScore = async (config, score) => {
  const web = new LangfuseWeb(config);
  await web.score(score);
  return "sent";
};
`;

const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Feedback widget</title><link rel="icon" href="data:," /></head>
  <body><main><h1>Feedback widget</h1></main><script type="module" src="/app.js"></script></body>
</html>`;

export type WebPage = { origin: string; close: () => Promise<void> };

export async function startWebPage(): Promise<WebPage> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0].text;
  const server: Server = createServer((request, response) => {
    const [type, body] =
      request.url === "/app.js" ? ["text/javascript", script] : ["text/html; charset=utf-8", html];
    response.writeHead(200, { "content-type": type });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
