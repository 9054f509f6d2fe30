import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { authenticate, createApiKey, Organization } from '@creatorgraph/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, dialects, type Harness } from './harness.js';
import { as, type ErrorFields, execute, expectNoErrors, graphql, type Typed } from './testkit.js';

type Scope = 'READ' | 'WRITE' | 'ADMIN' | 'CATALOG_WRITE';
interface ApiKeyFields {
  prefix: string;
  scopes: Scope[];
  trustedDocumentsOnly: boolean;
}

const CREATE = graphql<
  {
    createApiKey:
      | Typed<'CreateApiKeyPayload', { secret: string; apiKey: ApiKeyFields }>
      | Typed<'ValidationError', ErrorFields & { issues: { field: string; message: string }[] }>
      | Typed<'ForbiddenError', ErrorFields>;
  },
  { input: { name: string; scopes: Scope[]; trustedDocumentsOnly?: boolean } }
>(`mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload { secret apiKey { prefix scopes trustedDocumentsOnly } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`);
const REVOKE = graphql<
  {
    revokeApiKey:
      | Typed<'RevokeApiKeyPayload', { apiKey: { prefix: string; revokedAt: string | null } }>
      | Typed<'LastAdminKeyError', ErrorFields & { prefix: string }>
      | Typed<'NotFoundError', ErrorFields & { entity: string; ref: string }>
      | Typed<'ValidationError', ErrorFields>;
  },
  { prefix: string }
>(`mutation($prefix: String!) {
  revokeApiKey(prefix: $prefix) {
    __typename
    ... on RevokeApiKeyPayload { apiKey { prefix revokedAt } }
    ... on Error { code message }
    ... on LastAdminKeyError { prefix }
    ... on NotFoundError { entity ref }
  }
}`);
const KEYS = graphql<{ viewer: { apiKeys: (ApiKeyFields & { name: string; revokedAt: string | null })[] } }>(
  '{ viewer { apiKeys { name prefix scopes trustedDocumentsOnly revokedAt } } }',
);
const SCOPES = graphql<{ viewer: { scopes: Scope[] } }>('{ viewer { scopes } }');

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

  const create = async (input: { name: string; scopes: Scope[]; trustedDocumentsOnly?: boolean }, key = adminKey) =>
    expectNoErrors(await execute(h, CREATE, { input }, key)).createApiKey;
  const revoke = async (prefix: string, key = adminKey) =>
    expectNoErrors(await execute(h, REVOKE, { prefix }, key)).revokeApiKey;
  const keysOf = async (key = adminKey) => expectNoErrors(await execute(h, KEYS, {}, key)).viewer.apiKeys;
  const scopesOf = async (key: string) => expectNoErrors(await execute(h, SCOPES, {}, key)).viewer.scopes;

  it('creates a trusted-documents-only key and lists it, flag included', async () => {
    const created = as(
      await create({ name: 'mobile app', scopes: ['READ'], trustedDocumentsOnly: true }),
      'CreateApiKeyPayload',
    );
    expect(created.apiKey).toMatchObject({ scopes: ['READ'], trustedDocumentsOnly: true });
    const principal = await authenticate(h.db.em.fork(), created.secret);
    expect(principal?.key.trustedDocumentsOnly).toBe(true);
    const plain = as(await create({ name: 'partner', scopes: ['READ'] }), 'CreateApiKeyPayload');
    expect(plain.apiKey.trustedDocumentsOnly).toBe(false);

    const keys = await keysOf();
    expect(keys.find((k) => k.prefix === created.apiKey.prefix)).toMatchObject({ trustedDocumentsOnly: true });
    // Only this organization's keys.
    const globexKeys = await keysOf(globexKey);
    expect(globexKeys.map((k) => k.prefix)).not.toContain(created.apiKey.prefix);
  });

  it('refuses to grant CATALOG_WRITE with a typed error unless the caller holds it', async () => {
    const refused = as(await create({ name: 'importer', scopes: ['READ', 'CATALOG_WRITE'] }), 'ForbiddenError');
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('CATALOG_WRITE');

    const em = h.db.em.fork();
    const org = await em.findOneOrFail(Organization, { id: h.fixture.orgs[0]!.id });
    const holder = (await createApiKey(em, org, 'operator-made', ['admin', 'catalog_write'])).raw;
    expect(await scopesOf(holder)).toEqual(['ADMIN', 'CATALOG_WRITE', 'READ', 'WRITE']);
    const passed = as(await create({ name: 'importer', scopes: ['CATALOG_WRITE'] }, holder), 'CreateApiKeyPayload');
    expect(passed.apiKey.scopes).toEqual(['CATALOG_WRITE']);
    // ADMIN does not imply it.
    expect(await scopesOf(adminKey)).toEqual(['ADMIN', 'READ', 'WRITE']);
  });

  it('validates names with field paths', async () => {
    const invalid = as(await create({ name: ' ', scopes: [] }), 'ValidationError');
    expect(invalid.issues.map((i) => i.field).sort()).toEqual(['input.name', 'input.scopes']);
    const long = as(await create({ name: 'k'.repeat(201), scopes: ['READ'] }), 'ValidationError');
    expect(long.issues).toEqual([{ field: 'input.name', message: 'must be at most 200 characters' }]);
  });

  it('refuses to revoke the last active ADMIN key, and NOT_FOUND for another organization’s key', async () => {
    // Globex holds exactly one ADMIN key (the fixture's).
    const globexPrefix = (await authenticate(h.db.em.fork(), globexKey))!.key.prefix;
    const last = as(await revoke(globexPrefix, globexKey), 'LastAdminKeyError');
    expect(last).toMatchObject({ code: 'CONFLICT', prefix: globexPrefix });
    expect(await authenticate(h.db.em.fork(), globexKey)).not.toBeNull();

    const foreign = as(await revoke(globexPrefix, adminKey), 'NotFoundError');
    expect(foreign).toMatchObject({ entity: 'ApiKey', ref: globexPrefix });
    const unknown = as(await revoke('cg_nothere1', adminKey), 'NotFoundError');
    expect(unknown).toMatchObject({ entity: 'ApiKey', ref: 'cg_nothere1' });

    // With a second ADMIN key, the first may go.
    const second = as(await create({ name: 'second admin', scopes: ['ADMIN'] }, globexKey), 'CreateApiKeyPayload');
    const revoked = as(await revoke(globexPrefix, second.secret), 'RevokeApiKeyPayload');
    expect(revoked.apiKey.prefix).toBe(globexPrefix);
    expect(revoked.apiKey.revokedAt).not.toBeNull();
    expect(await authenticate(h.db.em.fork(), globexKey)).toBeNull();
    as(await revoke(second.apiKey.prefix, second.secret), 'LastAdminKeyError');
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
