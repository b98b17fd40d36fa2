"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies the view's full URL (the address bar holds filters, sort, columns and the open score). */
export function CopyLinkButton() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  };
  return (
    <Button variant="secondary" className="h-8 py-0" onClick={() => void copy()}>
      <span aria-live="polite">
        {state === "copied" ? "Link copied" : state === "failed" ? "Copy failed" : "Copy link"}
      </span>
    </Button>
  );
}
