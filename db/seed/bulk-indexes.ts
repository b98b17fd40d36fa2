import type postgres from "postgres";

export type SecondaryIndex = { name: string; definition: string };

/**
 * Maintaining the eight secondary indexes of `scores` row by row costs more than the COPY itself
 * (measured on this 2-core machine: 1M rows take ~18 s with them, ~5 s without, plus ~6 s to
 * build them afterwards). When the load is larger than what the table already holds, building
 * the indexes once after the load is the cheaper way.
 */
export async function shouldRebuildIndexes(tx: postgres.TransactionSql, table: string, incoming: number) {
  const [{ existing }] = await tx<{ existing: number }[]>`
    select count(*)::int as existing from (select 1 from ${tx(table)} limit ${incoming}) as capped`;
  return existing < incoming;
}

/**
 * Drops every index of `table` that does not back a constraint (the primary key stays, so
 * duplicate ids still fail the load) and returns their exact definitions. This runs inside the
 * load's transaction: if anything fails or the process dies, the rollback restores them.
 */
export async function dropSecondaryIndexes(
  tx: postgres.TransactionSql,
  table: string,
): Promise<SecondaryIndex[]> {
  const indexes = await tx<SecondaryIndex[]>`
    select c.oid::regclass::text as name, pg_get_indexdef(c.oid) as definition
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = ${table}::regclass
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by c.relname`;
  for (const index of indexes) await tx.unsafe(`drop index ${index.name}`);
  return indexes;
}

/** Recreates the dropped indexes from their definitions, letting PostgreSQL sort with parallel workers. */
export async function rebuildIndexes(tx: postgres.TransactionSql, indexes: readonly SecondaryIndex[]) {
  if (indexes.length === 0) return;
  await tx`set local maintenance_work_mem = '256MB'`;
  for (const index of indexes) await tx.unsafe(index.definition);
}
