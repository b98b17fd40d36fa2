"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiRequest } from "@/components/settings/api-request";

/** Runs one API call from a settings page, shows its error, and re-renders the page's server data. */
export function useApiAction(projectId: string) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async <T>(path: string, init: { method: string; body?: unknown }): Promise<T | null> => {
    setPending(true);
    setError(null);
    try {
      const result = await apiRequest<T>(path, projectId, init);
      router.refresh();
      return result;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The request failed");
      return null;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error, setError };
}
