import type { EntityManager } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { concurrently } from './concurrently.js';

/** Reads that record how many of them run at once. */
function probes(count: number) {
  let running = 0;
  let most = 0;
  const reads = Array.from({ length: count }, (_, i) => async () => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, 5));
    running--;
    return i;
  });
  return { reads, most: () => most };
}

const em = (inTransaction: boolean) => ({ isInTransaction: () => inTransaction }) as unknown as EntityManager;

describe('concurrently', () => {
  it('runs the reads at once outside a transaction, results in order', async () => {
    const p = probes(4);
    expect(await concurrently(em(false), p.reads)).toEqual([0, 1, 2, 3]);
    expect(p.most()).toBe(4);
  });

  it('runs them one after another on a transaction’s single connection, results in order', async () => {
    const p = probes(4);
    expect(await concurrently(em(true), p.reads)).toEqual([0, 1, 2, 3]);
    expect(p.most()).toBe(1);
  });
});
