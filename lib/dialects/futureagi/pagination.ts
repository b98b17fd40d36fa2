import { MAX_PAGE_DEPTH } from "@/lib/scores/filters";
import { AppError } from "@/lib/errors";
import { fieldError } from "./errors";

/**
 * FutureAGI's page-number pagination (DRF's): `page` is 1-based and the page size comes from
 * `page_size` (the docs) or `limit` (the vendor's code), never both. `next` and `previous` are the
 * request's own absolute URL with only `page` changed, so following them keeps every filter and
 * the chosen size parameter; the first page drops `page` as DRF does. Pages reach MAX_PAGE_DEPTH
 * rows deep (the engine's OFFSET bound): no link points past it.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

export type Paging = { page: number; pageSize: number };

export function pagingOf(query: { page?: number; page_size?: number; limit?: number }): Paging {
  if (query.page_size !== undefined && query.limit !== undefined) {
    throw fieldError([{ path: "limit", message: "Give either page_size or limit, not both" }]);
  }
  const page = query.page ?? 1;
  const pageSize = query.page_size ?? query.limit ?? DEFAULT_PAGE_SIZE;
  if (page * pageSize > MAX_PAGE_DEPTH) {
    throw fieldError([
      {
        path: "page",
        message: `page × page size may reach ${MAX_PAGE_DEPTH} rows; narrow the list with source_type, source_id, label_id or annotator_id`,
      },
    ]);
  }
  return { page, pageSize };
}

/** DRF counts an empty list as one (empty) page. */
export const totalPagesOf = (count: number, pageSize: number) => Math.max(1, Math.ceil(count / pageSize));

/** DRF answers a page past the end with 404 "Invalid page."; the first page always exists. */
export function assertPageExists(paging: Paging, count: number): void {
  if (paging.page > totalPagesOf(count, paging.pageSize)) throw new AppError("not_found", "Invalid page.");
}

function linkTo(url: URL, page: number): string {
  const target = new URL(url);
  if (page === 1) target.searchParams.delete("page");
  else target.searchParams.set("page", String(page));
  return target.toString();
}

export type PageEnvelope<T> = {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
  total_pages: number;
  current_page: number;
};

export function pageEnvelope<T>(url: URL, paging: Paging, count: number, results: T[]): PageEnvelope<T> {
  const totalPages = totalPagesOf(count, paging.pageSize);
  const hasNext = paging.page < totalPages && (paging.page + 1) * paging.pageSize <= MAX_PAGE_DEPTH;
  return {
    count,
    next: hasNext ? linkTo(url, paging.page + 1) : null,
    previous: paging.page > 1 ? linkTo(url, paging.page - 1) : null,
    results,
    total_pages: totalPages,
    current_page: paging.page,
  };
}
