import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput } from '../common/validation.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { createTestDatabase, rejection, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { ApiKey } from './entity.js';
import {
  authenticate,
  ConflictError,
  CreateApiKeySchema,
  effectiveScopes,
  LastAdminKeyError,
  OrganizationService,
} from './service.js';

describe('effectiveScopes', () => {
  it('never derives catalog_write, and catalog_write derives nothing', () => {
    expect([...effectiveScopes(['admin'])].sort()).toEqual(['admin', 'read', 'write']);
    expect([...effectiveScopes(['catalog_write'])]).toEqual(['catalog_write']);
  });
});

describe('parseInput', () => {
  it('turns zod issues into field paths and keeps trimmed, de-duplicated values', () => {
    expect(parseInput(CreateApiKeySchema, { name: ' ci ', scopes: ['read', 'read'] })).toEqual({
      name: 'ci',
      scopes: ['read'],
      trustedDocumentsOnly: false,
    });
    const error = (() => {
      try {
        parseInput(CreateApiKeySchema, { name: 'a\0b', scopes: ['root'] });
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.issues.map((i) => i.field).sort()).toEqual(['input.name', 'input.scopes.0']);
  });
});

describe.each(TEST_DIALECTS)('OrganizationService on %s', (dialect) => {
  let db: TestDatabase;
  const service = () => new OrganizationService(db.em.fork());

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('creates an organization with one ADMIN key whose secret authenticates, and refuses a taken slug', async () => {
    const { organization, key, secret } = await service().createOrganization({ name: ' Initech ', slug: 'initech' });
    expect(organization).toMatchObject({ name: 'Initech', slug: 'initech' });
    expect(key.scopes).toEqual(['admin']);
    expect(key.trustedDocumentsOnly).toBe(false);
    expect(secret.startsWith(`${key.prefix}_`)).toBe(true);
    // Only the hash is stored.
    const stored = await db.em.fork().findOneOrFail(ApiKey, { prefix: key.prefix });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(key.prefix.length + 1));
    const principal = await authenticate(db.em.fork(), secret);
    expect(principal?.organization.slug).toBe('initech');
    expect(principal?.scopes.has('catalog_write')).toBe(false);

    expect(await rejection(service().createOrganization({ name: 'Again', slug: 'initech' }))).toBeInstanceOf(
      ConflictError,
    );
    const invalid = await rejection(service().createOrganization({ name: '', slug: 'Not A Slug' }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).issues.map((i) => i.field).sort()).toEqual(['input.name', 'input.slug']);
  });

  it('creates keys with scopes and the trusted-documents flag; CATALOG_WRITE only from a holder', async () => {
    await service().createOrganization({ name: 'Hooli', slug: 'hooli' });
    const { key } = await service().createKey(
      { slug: 'hooli' },
      { name: 'mobile app', scopes: ['read'], trustedDocumentsOnly: true },
    );
    expect(key).toMatchObject({ scopes: ['read'], trustedDocumentsOnly: true });

    const adminOnly = effectiveScopes(['admin']);
    const refused = await rejection(
      service().createKey({ slug: 'hooli' }, { name: 'importer', scopes: ['catalog_write'] }, adminOnly),
    );
    expect(refused).toBeInstanceOf(ForbiddenError);
    const holder = effectiveScopes(['admin', 'catalog_write']);
    const passed = await service().createKey(
      { slug: 'hooli' },
      { name: 'importer', scopes: ['catalog_write', 'read'] },
      holder,
    );
    expect(passed.key.scopes).toEqual(['catalog_write', 'read']);
    // The operator (no grantor) may grant it.
    const operator = await service().createKey({ slug: 'hooli' }, { name: 'ops', scopes: ['catalog_write'] });
    expect(operator.key.scopes).toEqual(['catalog_write']);

    const keys = await service().listKeys({ slug: 'hooli' });
    expect(keys.map((k) => k.name)).toEqual(['ops', 'importer', 'mobile app', 'first admin key']);
    expect(await rejection(service().listKeys({ slug: 'nobody' }))).toBeInstanceOf(NotFoundError);
  });

  it('grants and withdraws CATALOG_WRITE by prefix', async () => {
    const { key } = await service().createOrganization({ name: 'Umbrella', slug: 'umbrella' });
    expect((await service().setCatalogWrite(key.prefix, true)).scopes).toEqual(['admin', 'catalog_write']);
    expect((await service().setCatalogWrite(key.prefix, true)).scopes).toEqual(['admin', 'catalog_write']);
    expect((await service().setCatalogWrite(key.prefix, false)).scopes).toEqual(['admin']);
    expect(await rejection(service().setCatalogWrite('cg_unknown1', true))).toBeInstanceOf(NotFoundError);
    expect(await rejection(service().setCatalogWrite('bad prefix!', true))).toBeInstanceOf(ValidationError);
  });

  it('refuses to revoke the last active ADMIN key, in or out of the organization', async () => {
    const { organization, key: first } = await service().createOrganization({ name: 'Vandelay', slug: 'vandelay' });
    const { key: reader } = await service().createKey({ slug: 'vandelay' }, { name: 'r', scopes: ['read'] });
    const last = await rejection(service().revokeKey(first.prefix));
    expect(last).toBeInstanceOf(LastAdminKeyError);
    expect(last).toMatchObject({ code: 'CONFLICT', prefix: first.prefix });
    // Non-admin keys go freely; revoking twice is harmless.
    expect((await service().revokeKey(reader.prefix)).revokedAt).toBeInstanceOf(Date);
    expect((await service().revokeKey(reader.prefix)).revokedAt).toBeInstanceOf(Date);

    const { key: second } = await service().createKey({ slug: 'vandelay' }, { name: 'a2', scopes: ['admin'] });
    await service().revokeKey(first.prefix, { within: organization.id });
    expect(await rejection(service().revokeKey(second.prefix))).toBeInstanceOf(LastAdminKeyError);
    // Another organization cannot name the key at all.
    const other = await service().createOrganization({ name: 'Kramerica', slug: 'kramerica' });
    const foreign = await rejection(service().revokeKey(second.prefix, { within: other.organization.id }));
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', entity: 'ApiKey', ref: second.prefix });
    const summary = (await service().listOrganizations()).find((s) => s.organization.slug === 'vandelay');
    expect(summary).toMatchObject({ activeKeys: 1, activeAdminKeys: 1 });
  });

  it('lets only one of two concurrent revokes of the last two ADMIN keys through', async () => {
    const { key: a } = await service().createOrganization({ name: 'Pied Piper', slug: 'pied-piper' });
    const { key: b } = await service().createKey({ slug: 'pied-piper' }, { name: 'b', scopes: ['admin'] });
    const results = await Promise.allSettled([service().revokeKey(a.prefix), service().revokeKey(b.prefix)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(LastAdminKeyError);
    expect(await db.em.fork().count(ApiKey, { prefix: { $in: [a.prefix, b.prefix] }, revokedAt: null })).toBe(1);
  });
});
