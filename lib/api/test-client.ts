/** Calls a route handler the way Next.js does: a real Request, path params as a promise. */
type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

export async function callRoute(
  handler: Handler,
  path: string,
  init: RequestInit & { params?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const { params = {}, ...rest } = init;
  const response = await handler(new Request(`http://scorelens.test${path}`, rest), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
