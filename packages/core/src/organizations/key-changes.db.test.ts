import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, rejection, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { ApiKey, type IApiKey } from './entity.js';
import { authenticate, LastAdminKeyError, OrganizationService } from './service.js';

/** Caches of verified keys rely on this notice: it must come after the change is visible, and only then. */
describe.each(TEST_DIALECTS)('OrganizationService tells about changed keys on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** A service whose notices record what another connection sees of the key at that moment. */
  const watched = () => {
    const notices: { id: number; revokedInDatabase: boolean; scopes: string[] }[] = [];
    const service = new OrganizationService(db.em.fork(), {
      onKeyChanged: async (key: IApiKey) => {
        const stored = await db.em.fork().findOneOrFail(ApiKey, { id: key.id });
        notices.push({ id: key.id, revokedInDatabase: stored.revokedAt !== null, scopes: stored.scopes });
      },
    });
    return { service, notices };
  };

  it('after a revocation has committed, again for a repeated one, and not for a refused one', async () => {
    const { service, notices } = watched();
    const {
      organization,
      key: admin,
      secret,
    } = await service.createOrganization({ name: 'Umbrella', slug: 'umbrella' });
    const { key: reader, secret: readerSecret } = await service.createKey(
      { id: organization.id },
      {
        name: 'reader',
        scopes: ['read'],
      },
    );
    expect(notices).toEqual([]);

    await service.revokeKey(reader.prefix);
    expect(notices).toEqual([{ id: reader.id, revokedInDatabase: true, scopes: ['read'] }]);
    expect(await authenticate(db.em.fork(), readerSecret)).toBeNull();
    await service.revokeKey(reader.prefix);
    expect(notices).toHaveLength(2);

    // The last ADMIN key stays, and nothing is announced.
    expect(await rejection(service.revokeKey(admin.prefix))).toBeInstanceOf(LastAdminKeyError);
    expect(notices).toHaveLength(2);
    expect(await authenticate(db.em.fork(), secret)).not.toBeNull();
  });

  it('after a change of scopes has committed', async () => {
    const { service, notices } = watched();
    const { key } = await service.createOrganization({ name: 'Tyrell', slug: 'tyrell' });
    await service.setCatalogWrite(key.prefix, true);
    expect(notices).toEqual([{ id: key.id, revokedInDatabase: false, scopes: ['admin', 'catalog_write'] }]);
  });
});
