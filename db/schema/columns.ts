import { customType, timestamp } from "drizzle-orm/pg-core";

/** Millisecond timestamps: JSON carries milliseconds, so storing microseconds would break cursor equality. */
export const timestampMs = (name: string) =>
  timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

/**
 * jsonb that keeps a JSON string a string. drizzle's built-in jsonb re-parses string results,
 * so a stored `"4"` would come back as the number 4; here the driver's value is trusted as is
 * and only a raw JSON text (PGlite and postgres.js differ) is parsed.
 */
export const jsonb = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => "jsonb",
  toDriver: (value) => JSON.stringify(value ?? null),
  fromDriver: (value) => value,
});
