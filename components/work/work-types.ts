import type { ScoreJson } from "@/lib/scores/serialize";
import type { WorkLabel } from "@/lib/queues/work-item";

/** The JSON the workspace endpoints answer with (lib/queues/work-item.ts). */
export type { WorkLabel };

export type WorkQueue = {
  id: string;
  name: string;
  description: string | null;
  annotationsPerItem: number;
  showOtherScores: boolean;
  labels: WorkLabel[];
};

export type WorkItem = {
  item: {
    id: string;
    queueId: string;
    objectType: string;
    objectId: string;
    status: string;
    assignedUserId: string | null;
    leaseExpiresAt: string | null;
    submittedByYou: boolean;
  };
  subject: {
    kind: string;
    id: string;
    traceId: string | null;
    name: string | null;
    input: unknown;
    output: unknown;
    metadata: unknown;
    timestamp: string | null;
    scores: ScoreJson[];
    hiddenScores: number;
  };
  yourScores: ScoreJson[];
};

export type ClaimResponse = { left: number; total: number; next: WorkItem | null };
