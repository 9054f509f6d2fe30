import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codesOf,
  dialects,
  errorsOf,
  get,
  leaksOf,
  type ProcessServer,
  type Profile,
  post,
  show,
  startProcessServer,
} from './process-server.js';

// GraphQL over HTTP conformance of the real server, in both profiles: the graphql-http audit (with a key,
// since nothing is answered without one) and two cases the audit does not cover.
const profiles: Profile[] = ['production', 'demo'];

describe.each(dialects.flatMap((dialect) => profiles.map((profile) => ({ dialect, profile }))))(
  'GraphQL over HTTP audit, $profile profile, $dialect',
  ({ dialect, profile }) => {
    let server: ProcessServer;
    beforeAll(async () => {
      server = await startProcessServer({ profile, dialect });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('passes every audit of graphql-http (61, all ok)', async () => {
      const withKey: typeof fetch = (input, init) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${server.key}` },
        });
      const results = await auditServer({ url: server.url, fetchFn: withKey });
      const failed = results
        .filter((r) => r.status !== 'ok')
        .map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
      expect(failed).toEqual([]);
      expect(results).toHaveLength(61);
    });

    it('answers a variable of the wrong type with 4xx under application/graphql-response+json, naming the variable', async () => {
      const res = await post(
        server,
        { query: 'query Page($first: Int) { creators(first: $first) { totalCount } }', variables: { first: 'ten' } },
        server.key,
        { headers: { accept: 'application/graphql-response+json' } },
      );
      expect(res.status, show(res)).toBeGreaterThanOrEqual(400);
      expect(res.status, show(res)).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/graphql-response+json');
      expect(codesOf(res)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(
        codesOf(res).every((c) => c !== '<none>'),
        show(res),
      ).toBe(true);
      expect(String(errorsOf(res)[0]?.message), show(res)).toContain('$first');
    });

    it('keeps the path inside a variable when an input field is invalid', async () => {
      const res = await post(
        server,
        {
          query: 'query Filtered($filter: CreatorFilter) { creators(filter: $filter) { totalCount } }',
          variables: { filter: { tier: 'GIANT' } },
        },
        server.key,
        { headers: { accept: 'application/graphql-response+json' } },
      );
      expect(res.status, show(res)).toBeGreaterThanOrEqual(400);
      expect(res.status, show(res)).toBeLessThan(500);
      const message = String(errorsOf(res)[0]?.message);
      expect(message, show(res)).toContain('$filter');
      expect(message, show(res)).toContain('filter.tier');
      expect(leaksOf(res)).toEqual([]);
    });

    it('answers GET with variables that are not JSON with 400 and a code', async () => {
      const res = await get(
        server,
        { query: 'query Page($first: Int) { creators(first: $first) { totalCount } }', variables: '{first: 3' },
        server.key,
      );
      expect(res.status, show(res)).toBe(400);
      expect(codesOf(res).length, show(res)).toBeGreaterThan(0);
      expect(codesOf(res), show(res)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codesOf(res), show(res)).not.toContain('<none>');
      expect(leaksOf(res)).toEqual([]);
    });
  },
);
