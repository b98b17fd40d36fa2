export * from "./enums";
export * from "./tenancy";
export * from "./auth";
export * from "./score-configs";
export * from "./queues";
export * from "./subjects";
export * from "./scores";
export * from "./score-revisions";
