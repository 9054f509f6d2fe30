import type { EntityManager } from '@mikro-orm/core';

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads at once when each can take its own pooled connection, one after another inside a
 * transaction: a transaction has one connection, and node-postgres only queues overlapping queries on it
 * with a deprecation warning (an error from pg 9), gaining nothing.
 */
export async function concurrently<const T extends readonly (() => Promise<unknown>)[]>(
  em: EntityManager,
  reads: T,
): Promise<Results<T>> {
  if (!em.isInTransaction()) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as Results<T>;
}
