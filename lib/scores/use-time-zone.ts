import { useSyncExternalStore } from "react";

/**
 * The browser's time zone. The server renders times in UTC (it cannot know the reader's zone);
 * after hydration the client switches to the local zone without a hydration mismatch.
 */
const subscribe = () => () => {};
const getSnapshot = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const getServerSnapshot = () => "UTC";

export function useTimeZone(): string {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
