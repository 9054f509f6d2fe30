import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { authenticate, createApiKey, Organization } from '@creatorgraph/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, dialects, type Harness } from './harness.js';

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload { secret apiKey { prefix scopes trustedDocumentsOnly } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;
const REVOKE = `mutation($prefix: String!) {
  revokeApiKey(prefix: $prefix) {
    __typename
    ... on RevokeApiKeyPayload { apiKey { prefix revokedAt } }
    ... on Error { code message }
    ... on LastAdminKeyError { prefix }
    ... on NotFoundError { entity ref }
  }
}`;
const KEYS = '{ viewer { apiKeys { name prefix scopes trustedDocumentsOnly revokedAt } } }';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are asserted field by field.
type Json = Record<string, any>;

describe.each(dialects)('API keys over GraphQL on %s', (dialect) => {
  let h: Harness;
  let adminKey: string;
  let globexKey: string;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 3 });
    adminKey = h.fixture.orgs[0]!.key;
    globexKey = h.fixture.orgs[1]!.key;
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  const mutate = async (query: string, variables: Json, key = adminKey) => {
    const res = await h.gql<Json>(query, variables, key);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data ?? {})[0] as Json;
  };

  it('creates a trusted-documents-only key and lists it, flag included', async () => {
    const created = await mutate(CREATE, {
      input: { name: 'mobile app', scopes: ['READ'], trustedDocumentsOnly: true },
    });
    expect(created).toMatchObject({
      __typename: 'CreateApiKeyPayload',
      apiKey: { scopes: ['READ'], trustedDocumentsOnly: true },
    });
    const principal = await authenticate(h.db.em.fork(), created.secret);
    expect(principal?.key.trustedDocumentsOnly).toBe(true);
    const plain = await mutate(CREATE, { input: { name: 'partner', scopes: ['READ'] } });
    expect(plain.apiKey.trustedDocumentsOnly).toBe(false);

    const keys = (await h.gql<Json>(KEYS)).data?.viewer.apiKeys as Json[];
    expect(keys.find((k) => k.prefix === created.apiKey.prefix)).toMatchObject({ trustedDocumentsOnly: true });
    // Only this organization's keys.
    const globexKeys = (await h.gql<Json>(KEYS, {}, globexKey)).data?.viewer.apiKeys as Json[];
    expect(globexKeys.map((k) => k.prefix)).not.toContain(created.apiKey.prefix);
  });

  it('refuses to grant CATALOG_WRITE with a typed error unless the caller holds it', async () => {
    const refused = await mutate(CREATE, { input: { name: 'importer', scopes: ['READ', 'CATALOG_WRITE'] } });
    expect(refused).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(refused.message).toContain('CATALOG_WRITE');

    const em = h.db.em.fork();
    const org = await em.findOneOrFail(Organization, { id: h.fixture.orgs[0]!.id });
    const holder = (await createApiKey(em, org, 'operator-made', ['admin', 'catalog_write'])).raw;
    const viewer = await h.gql<Json>('{ viewer { scopes } }', {}, holder);
    expect(viewer.data?.viewer.scopes).toEqual(['ADMIN', 'CATALOG_WRITE', 'READ', 'WRITE']);
    const passed = await mutate(CREATE, { input: { name: 'importer', scopes: ['CATALOG_WRITE'] } }, holder);
    expect(passed).toMatchObject({ __typename: 'CreateApiKeyPayload', apiKey: { scopes: ['CATALOG_WRITE'] } });
    // ADMIN does not imply it.
    const admin = await h.gql<Json>('{ viewer { scopes } }', {}, adminKey);
    expect(admin.data?.viewer.scopes).toEqual(['ADMIN', 'READ', 'WRITE']);
  });

  it('validates names with field paths', async () => {
    const invalid = await mutate(CREATE, { input: { name: ' ', scopes: [] } });
    expect(invalid.__typename).toBe('ValidationError');
    expect(invalid.issues.map((i: Json) => i.field).sort()).toEqual(['input.name', 'input.scopes']);
    const long = await mutate(CREATE, { input: { name: 'k'.repeat(201), scopes: ['READ'] } });
    expect(long).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.name', message: 'must be at most 200 characters' }],
    });
  });

  it('refuses to revoke the last active ADMIN key, and NOT_FOUND for another organization’s key', async () => {
    // Globex holds exactly one ADMIN key (the fixture's).
    const globexPrefix = (await authenticate(h.db.em.fork(), globexKey))!.key.prefix;
    const last = await mutate(REVOKE, { prefix: globexPrefix }, globexKey);
    expect(last).toMatchObject({ __typename: 'LastAdminKeyError', code: 'CONFLICT', prefix: globexPrefix });
    expect(await authenticate(h.db.em.fork(), globexKey)).not.toBeNull();

    const foreign = await mutate(REVOKE, { prefix: globexPrefix }, adminKey);
    expect(foreign).toMatchObject({ __typename: 'NotFoundError', entity: 'ApiKey', ref: globexPrefix });
    const unknown = await mutate(REVOKE, { prefix: 'cg_nothere1' }, adminKey);
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', entity: 'ApiKey', ref: 'cg_nothere1' });

    // With a second ADMIN key, the first may go.
    const second = await mutate(CREATE, { input: { name: 'second admin', scopes: ['ADMIN'] } }, globexKey);
    const revoked = await mutate(REVOKE, { prefix: globexPrefix }, second.secret);
    expect(revoked).toMatchObject({ __typename: 'RevokeApiKeyPayload', apiKey: { prefix: globexPrefix } });
    expect(await authenticate(h.db.em.fork(), globexKey)).toBeNull();
    const again = await mutate(REVOKE, { prefix: second.apiKey.prefix }, second.secret);
    expect(again.__typename).toBe('LastAdminKeyError');
  });
});

describe('npm run admin (spawned, as an operator runs it)', () => {
  const root = resolve(import.meta.dirname, '../../..');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-admin-cli-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const admin = (...args: string[]) =>
    spawnSync('npm', ['run', '-s', 'admin', '--', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `file:${join(dir, 'db.sqlite')}`, NODE_OPTIONS: '' },
      timeout: 60_000,
    });

  it('creates an organization (the secret alone on stdout) and refuses bad arguments with exit code 2', () => {
    const created = admin('org:create', '--name', 'Initech', '--slug', 'initech');
    expect(created.stderr).toContain('Created organization initech (Initech)');
    expect(created.status).toBe(0);
    expect(created.stdout.trim()).toMatch(/^cg_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]+$/);

    const bad = admin('keys:create', '--org', 'initech', '--scopes', 'read');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe('error: keys:create: --name is required. Run `npm run admin -- help` for usage.');

    const prefix = created.stdout.trim().slice(0, 11);
    const last = admin('keys:revoke', '--prefix', prefix);
    expect(last.status).toBe(1);
    expect(last.stderr.trim().split('\n')).toHaveLength(1);
    expect(last.stderr).toContain('last active ADMIN key');
  });
});
