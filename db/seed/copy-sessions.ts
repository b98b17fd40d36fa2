import type { Writable } from "node:stream";
import type postgres from "postgres";
import { dropSecondaryIndexes, rebuildIndexes, shouldRebuildIndexes } from "./bulk-indexes";
import { CommitBarrier } from "./commit-barrier";

export type CopyTarget = {
  table: string;
  sink: { readonly statement: string; attach(stream: Writable): void; abort(error: Error): void };
  /** Rows about to be loaded; set for the big table whose indexes may be rebuilt after the load. */
  bulkRows?: number;
};

export type SeedPhase = "loading" | "indexing" | "analyzing";

export type CopySessions = {
  /** Resolves when every transaction has committed; rejects with the first failure. */
  committed: Promise<void>;
  abort: (error: Error) => void;
};

/**
 * Starts `copy … from stdin`; `done` settles when the server has taken every row, or failed.
 *
 * postgres.js 3.4.9 never settles the stream when the server rejects the data after the stream
 * was ended (porsager/postgres#1173: a duplicate key found while the last rows are processed),
 * and the transaction would hang. The error still reaches the query's `reject`, so it is caught
 * there too. Harmless once the library settles the stream itself (porsager/postgres#1183).
 */
async function startCopy(tx: postgres.TransactionSql, statement: string) {
  const query = tx.unsafe(statement);
  const internals = query as unknown as { reject: (error: unknown) => void };
  const rejected = new Promise<never>((_, reject) => {
    const original = internals.reject;
    internals.reject = (error) => {
      reject(error);
      original(error);
    };
  });
  rejected.catch(() => {}); // observed through the race below, or through writable() failing
  const stream = await query.writable();
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  return { stream, done: Promise.race([finished, rejected]) };
}

/** Opens one transaction + COPY per target; resolves once every COPY stream accepts rows. */
export async function openCopySessions(
  sql: postgres.Sql,
  targets: readonly CopyTarget[],
  onPhase?: (phase: SeedPhase) => void,
): Promise<CopySessions> {
  const poolSize = sql.options.max;
  if (poolSize < targets.length) {
    throw new Error(`Seeding the server needs ${targets.length} connections; the pool allows ${poolSize}`);
  }
  const [{ superuser }] = await sql<{ superuser: boolean }[]>`
    select current_setting('is_superuser') = 'on' as superuser`;
  const barrier = new CommitBarrier(targets.length);
  const started: Promise<void>[] = [];
  const transactions = targets.map((target) => {
    let opened: () => void = () => {};
    started.push(new Promise<void>((resolve) => (opened = resolve)));
    return sql
      .begin(async (tx) => {
        // The generator only references rows it created, so per-row foreign-key triggers are pure
        // overhead; a superuser may skip them for this transaction (as pg_restore does).
        if (superuser) await tx`set local session_replication_role = replica`;
        const rebuild = target.bulkRows && (await shouldRebuildIndexes(tx, target.table, target.bulkRows));
        const dropped = rebuild ? await dropSecondaryIndexes(tx, target.table) : [];
        const { stream, done } = await startCopy(tx, target.sink.statement);
        target.sink.attach(stream);
        opened();
        await done;
        if (dropped.length > 0) {
          onPhase?.("indexing");
          await rebuildIndexes(tx, dropped);
        }
        await barrier.arrive();
      })
      .catch((error: unknown) => {
        barrier.fail(error);
        // Stop the other streams too: the caller's next flush rethrows instead of writing on.
        for (const other of targets)
          other.sink.abort(error instanceof Error ? error : new Error(String(error)));
        opened();
        throw error;
      });
  });
  const committed = Promise.all(transactions).then(
    () => undefined,
    async () => {
      // Wait for every rollback before reporting, and report the cause rather than a follower.
      await Promise.allSettled(transactions);
      throw barrier.error;
    },
  );
  committed.catch(() => {}); // observed by the caller; avoids an unhandled rejection while loading
  await Promise.all(started);
  if (barrier.error) {
    await committed.catch(() => {});
    throw barrier.error;
  }
  return {
    committed,
    abort: (error) => {
      barrier.fail(error);
      for (const target of targets) target.sink.abort(error);
    },
  };
}
