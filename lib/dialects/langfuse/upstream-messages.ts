import { AppError, notFound, type ErrorCode } from "@/lib/errors";
import { invalidRequest } from "./errors";

/**
 * The messages upstream's own tests assert, for the refusals the domain words its own way
 * (web/src/features/annotation-queues/server/publicAnnotationQueueService.ts,
 * web/src/features/public-api/server/score-configs-api-service.ts). The domain keeps naming the
 * id for the other faces; here the same refusal is re-worded, with upstream's status.
 */
export const QUEUE_NOT_FOUND = "Annotation queue not found";
export const QUEUE_ITEM_NOT_FOUND = "Annotation queue item not found";
export const QUEUE_NAME_TAKEN = "A queue with this name already exists.";
export const QUEUE_CONFIGS_MISSING =
  "At least one of the score config IDs cannot be found for the given project.";
export const QUEUE_ITEM_DELETED = "Annotation queue item deleted successfully";
export const CONFIG_NOT_FOUND = "Score config not found within authorized project";

type Renames = Partial<Record<ErrorCode, (error: AppError) => AppError>>;

/** Runs `work`; a refusal whose code is in `renames` is answered with the replacement. */
export async function reworded<T>(work: Promise<T>, renames: Renames): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const rename = error instanceof AppError ? renames[error.code] : undefined;
    throw rename ? rename(error as AppError) : error;
  }
}

export const queueNotFound: Renames = { not_found: () => notFound(QUEUE_NOT_FOUND) };
export const itemNotFound: Renames = { not_found: () => notFound(QUEUE_ITEM_NOT_FOUND) };
export const configNotFound: Renames = { not_found: () => notFound(CONFIG_NOT_FOUND) };

/** Creating a queue: a taken name and unknown configs are upstream's InvalidRequestErrors. */
export const queueCreation: Renames = {
  conflict: () => invalidRequest(QUEUE_NAME_TAKEN),
  bad_request: (error) =>
    error.issues?.some((issue) => issue.path.startsWith("scoreConfigIds"))
      ? invalidRequest(QUEUE_CONFIGS_MISSING)
      : error,
};

/** Updating a config: upstream joins the rule violations into one InvalidRequestError message. */
export const configUpdate: Renames = {
  ...configNotFound,
  bad_request: (error) =>
    error.issues?.length ? invalidRequest(error.issues.map((issue) => issue.message).join(", ")) : error,
};
