import Link from "next/link";
import type { ReactNode } from "react";
import { formatTimestamp } from "@/components/scores/format";
import { linkClass } from "./detail-section";

/**
 * Small pieces the field lists share: a link onward (no prefetch: a drawer lists many and a
 * reviewer follows few), a time in the reader's zone with the exact instant on hover, a dash.
 */
export const NONE = "—";

export function DetailLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <Link prefetch={false} className={linkClass} href={href} aria-label={label}>
      {children}
    </Link>
  );
}

export function Time({ iso, timeZone }: { iso: string; timeZone: string }) {
  return (
    <time dateTime={iso} title={iso} className="tabular-nums">
      {formatTimestamp(iso, timeZone)}
    </time>
  );
}

export function Mono({ children }: { children: ReactNode }) {
  return <span className="font-mono text-xs break-all">{children}</span>;
}
