import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';

/** An export that fails inside answers a coded JSON error: never a stack trace, SQL or table name. */
describe('export failures', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness('sqlite', { creators: 5 });
  });
  afterAll(() => h?.db.destroy());

  it('answers 500 INTERNAL_SERVER_ERROR without the cause when the export breaks', async () => {
    const key = h.fixture.orgs[0]?.key as string;
    const ok = await h.yoga.fetch('http://localhost/export/posts.csv', { headers: { authorization: `Bearer ${key}` } });
    expect(ok.status).toBe(200);
    await ok.text();
    // A schema the code no longer matches: the statement fails inside the export.
    await h.db.em.getKnex().raw('alter table posts rename to posts_moved_away');
    const res = await h.yoga.fetch('http://localhost/export/posts.csv', {
      headers: { authorization: `Bearer ${key}` },
    });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(JSON.parse(text).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/posts|select|at .*\.(ts|js)/i);
  });
});
