/**
 * The dashboard calling /api/v1 with its session cookie: the project goes in the query string,
 * and the native error shape becomes an exception carrying the API's own message.
 */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function apiRequest<T>(
  path: string,
  projectId: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const separator = path.includes("?") ? "&" : "?";
  const response = await fetch(`${path}${separator}projectId=${encodeURIComponent(projectId)}`, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const message = payload?.error?.message ?? `Request failed with status ${response.status}`;
    throw new ApiRequestError(response.status, message);
  }
  return payload as T;
}
