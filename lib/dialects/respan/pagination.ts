import { MAX_PAGE_DEPTH } from "@/lib/scores/filters";

/**
 * DRF page links: absolute URLs of the same request with another `page`, so following `next`
 * (with the same body, for the POST filter endpoint) continues the same list. They keep the
 * path as the client spelled it (with or without the trailing slash) and every other parameter;
 * like DRF, page 1 is linked without `page`. No `next` past the last page, nor past the deepest
 * page the engine serves.
 */
export type PageLinks = { next: string | null; previous: string | null };

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
