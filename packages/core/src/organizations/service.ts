import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '../db/orm.js';
import type { ApiScope } from '../enums.js';
import { ApiKey, type IApiKey, type IOrganization, Organization } from './entity.js';

const KEY_PREFIX = 'cg';

export function hashApiKey(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** `cg_<8 visible chars>_<32 secret chars>`: the visible part identifies a key in listings without revealing it. */
export function generateApiKey(): { raw: string; prefix: string } {
  const visible = randomBytes(6).toString('base64url').slice(0, 8);
  const secret = randomBytes(24).toString('base64url');
  const prefix = `${KEY_PREFIX}_${visible}`;
  return { raw: `${prefix}_${secret}`, prefix };
}

/** Scopes a key effectively holds: admin implies write, write implies read. */
export function effectiveScopes(scopes: readonly ApiScope[]): Set<ApiScope> {
  const out = new Set<ApiScope>(scopes);
  if (out.has('admin')) out.add('write');
  if (out.has('write')) out.add('read');
  return out;
}

export async function createOrganization(em: EntityManager, name: string, slug: string): Promise<IOrganization> {
  const org = em.create(Organization, { name, slug });
  await em.flush();
  return org;
}

/** Creates a key; the raw key is returned once and only its hash is stored. */
export async function createApiKey(
  em: EntityManager,
  organization: IOrganization,
  name: string,
  scopes: ApiScope[],
): Promise<{ raw: string; key: IApiKey }> {
  const { raw, prefix } = generateApiKey();
  const key = em.create(ApiKey, { organization, name, prefix, secretHash: hashApiKey(raw), scopes });
  await em.flush();
  return { raw, key };
}

export interface Principal {
  organization: IOrganization;
  key: IApiKey;
  scopes: Set<ApiScope>;
}

/** Looks a presented key up by its hash; revoked and unknown keys give null. */
export async function authenticate(em: EntityManager, raw: string): Promise<Principal | null> {
  if (!raw.startsWith(`${KEY_PREFIX}_`) || raw.length > 200) return null;
  const key = await em.findOne(
    ApiKey,
    { secretHash: hashApiKey(raw), revokedAt: null },
    { populate: ['organization'], disableIdentityMap: false },
  );
  if (!key) return null;
  return { organization: key.organization as IOrganization, key, scopes: effectiveScopes(key.scopes) };
}

/** Records use at most once a minute per key, so reads do not each cost a write. */
export async function touchApiKey(em: EntityManager, key: IApiKey, now = new Date()): Promise<void> {
  if (key.lastUsedAt && now.getTime() - key.lastUsedAt.getTime() < 60_000) return;
  await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now });
  key.lastUsedAt = now;
}
