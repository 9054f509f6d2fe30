import type { Dialect } from '@creatorgraph/core';
import {
  type CatalogFixture,
  createTestDatabase,
  seedCatalog,
  TEST_DIALECTS,
  type TestDatabase,
} from '@creatorgraph/core/testing';
import { unlimitedRateLimiter } from '../src/http/rate-limit.js';
import { createServer } from '../src/yoga.js';

export const NOW = new Date('2026-06-30T12:00:00Z');

export interface Harness {
  db: TestDatabase;
  fixture: CatalogFixture;
  yoga: ReturnType<typeof createServer>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string | null,
  ): Promise<{
    status: number;
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
  }>;
}

export async function createHarness(dialect: Dialect, opts: { creators?: number } = {}): Promise<Harness> {
  const db = await createTestDatabase(dialect);
  const fixture = await seedCatalog(db.em.fork(), { creators: opts.creators ?? 30, postsPerAccount: 6, end: NOW });
  const yoga = createServer({ db, now: () => NOW, rateLimiter: unlimited() });
  const defaultKey = fixture.orgs[0]?.key ?? null;
  return {
    db,
    fixture,
    yoga,
    async gql(query, variables = {}, key = defaultKey) {
      const res = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...(await res.json()) };
    },
  };
}

/** The dialects suites run on (SQLite, and PostgreSQL unless SKIP_PG is set outside CI). */
export const dialects: Dialect[] = TEST_DIALECTS;

/** Suites make many large requests with one key: a budget that never runs out. */
export const unlimited = () => unlimitedRateLimiter();
