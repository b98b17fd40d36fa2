import { v7 as uuidv7 } from "uuid";

/** Time-ordered ids (UUID v7): new rows land at the end of the primary-key index. */
export const newId = (): string => uuidv7();
