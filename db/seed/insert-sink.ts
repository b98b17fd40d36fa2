import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import type { RowSink } from "./plan-types";

/** 1,000 rows of `scores` are 36,000 bind parameters, well inside PostgreSQL's 65,535 limit. */
export const INSERT_BATCH = 1_000;

type Inserter = Pick<Database, "insert">;

/**
 * PGlite has no COPY from a client stream, so rows go in as multi-row INSERTs through drizzle
 * (which also applies the column mappings, e.g. jsonb and dates), a batch at a time.
 */
export class InsertSink<Table extends PgTable> implements RowSink<Table["$inferInsert"]> {
  private rows: Table["$inferInsert"][] = [];

  constructor(
    private readonly db: Inserter,
    private readonly table: Table,
    private readonly batch = INSERT_BATCH,
  ) {}

  add(row: Table["$inferInsert"]): void {
    this.rows.push(row);
  }

  /** Inserts every full batch; with `force`, the remainder too. */
  async flush(force = false): Promise<void> {
    while (this.rows.length >= this.batch || (force && this.rows.length > 0)) {
      const part = this.rows.splice(0, this.batch);
      await this.db.insert(this.table).values(part);
    }
  }
}
