import { MAX_PAGE_DEPTH } from "@/lib/scores/filters";

/**
 * DRF page links: absolute URLs of the same request with another `page`, so following `next`
 * (with the same body, for the POST filter endpoint) continues the same list. They keep the
 * path as the client spelled it (with or without the trailing slash) and every other parameter;
 * like DRF, page 1 is linked without `page`. No `next` past the last page, nor past the deepest
 * page the engine serves.
 */
export type PageLinks = { next: string | null; previous: string | null };

const HOST = /^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

const firstOf = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

/**
 * Where the client reached us: SCORELENS_PUBLIC_URL when set; else the host the client (or the
 * proxy in front, by X-Forwarded-Host/-Proto) addressed, because the server's own idea of its
 * URL is an internal one (`next start` answers with localhost whatever the Host header says).
 */
export function requestOrigin(request: Request, publicUrl?: string): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, "");
  const url = new URL(request.url);
  const host = firstOf(request.headers.get("x-forwarded-host")) ?? firstOf(request.headers.get("host"));
  const proto = firstOf(request.headers.get("x-forwarded-proto"))?.toLowerCase();
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.slice(0, -1);
  return host && HOST.test(host) ? `${scheme}://${host}` : url.origin;
}

export function buildPageUrl(requestUrl: URL, page: number, origin: string): string {
  const search = new URLSearchParams(requestUrl.search);
  if (page <= 1) search.delete("page");
  else search.set("page", String(page));
  const query = search.toString();
  return `${origin}${requestUrl.pathname}${query ? `?${query}` : ""}`;
}

export function buildPageLinks(
  requestUrl: URL,
  position: { page: number; pageSize: number; count: number },
  origin: string,
): PageLinks {
  const { page, pageSize, count } = position;
  const lastPage = Math.max(1, Math.ceil(count / pageSize));
  const reachable = (page + 1) * pageSize <= MAX_PAGE_DEPTH;
  return {
    next: page < lastPage && reachable ? buildPageUrl(requestUrl, page + 1, origin) : null,
    previous: page > 1 ? buildPageUrl(requestUrl, Math.min(page - 1, lastPage), origin) : null,
  };
}
