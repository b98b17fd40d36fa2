/**
 * Dates in settings tables, in UTC: the server renders the page and the browser hydrates it,
 * so a format that depended on either side's time zone would not match.
 */
export function formatUtc(iso: string | null, empty = "Never"): string {
  if (!iso) return empty;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
