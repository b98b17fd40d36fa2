"use client";

import { useEffect } from "react";
import { LAST_PROJECT_COOKIE } from "@/lib/auth/last-project-cookie";

/**
 * Remembers the project on screen so `/` can return to it. Written by the page rather than the
 * proxy: the proxy also sees link prefetches, which would "remember" projects nobody opened.
 */
export function RememberProject({ projectId }: { projectId: string }) {
  useEffect(() => {
    const value = encodeURIComponent(projectId);
    document.cookie = `${LAST_PROJECT_COOKIE}=${value}; path=/; max-age=${365 * 24 * 3600}; samesite=lax`;
  }, [projectId]);
  return null;
}
