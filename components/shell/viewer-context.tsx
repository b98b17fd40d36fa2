"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { MemberRole } from "@/db/schema/enums";

/**
 * The signed-in person and their role in the open project, for controls that only some roles
 * get (the score editor). It decides what is shown, never what is allowed: every route handler
 * checks the same rules again on the server.
 */
export type Viewer = { userId: string; role: MemberRole };

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** null outside a project page: no one to show edit controls to. */
export const useViewer = (): Viewer | null => useContext(ViewerContext);
