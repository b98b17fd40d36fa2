import { useQuery } from "@tanstack/react-query";
import { fetchApi } from "@/lib/scores/use-score-list";

/**
 * One drill-down figure set from /api/v1, fetched with the session cookie. The project goes in
 * the query string (the API's project selector for sessions); the key holds the whole path.
 */
export function useDrilldown<T>(projectId: string, path: string, search: Record<string, string> = {}) {
  const query = new URLSearchParams({ ...search, projectId }).toString();
  const url = `${path}?${query}`;
  return useQuery({
    queryKey: ["drilldown", url],
    queryFn: ({ signal }) => fetchApi<T>(url, signal),
    // A 4xx (unknown queue, bad kind) will not heal on retry; show it at once.
    retry: (count, error) => count < 2 && !("status" in error && Number(error.status) < 500),
  });
}
