/** Calls a route handler the way Next.js does: a real Request, path params as a promise. */
type Handler = (
  request: Request,
  segment: { params: Promise<Record<string, string>> },
) => Promise<Response> | Response;

export type TestRequestInit = {
  method?: string;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  params?: Record<string, string>;
};

export async function callRoute(handler: Handler, path: string, init: TestRequestInit = {}) {
  const { params = {}, body, ...rest } = init;
  const request = new Request(`http://scorelens.test${path}`, {
    ...rest,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as unknown) : null,
  };
}
