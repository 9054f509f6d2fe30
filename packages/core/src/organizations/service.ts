import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { parseInput } from '../common/validation.js';
import { writeLock } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import { API_SCOPES, type ApiScope } from '../enums.js';
import { DomainError, ForbiddenError, NotFoundError } from '../errors.js';
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

/**
 * Scopes a key effectively holds: admin implies write, write implies read. `catalog_write` (writing the
 * shared catalog of creators, accounts, posts and snapshots) is the operator's to grant: nothing implies
 * it and it implies nothing.
 */
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

export interface ApiKeyOptions {
  /** The key may only run trusted (persisted) documents. Default false. */
  trustedDocumentsOnly?: boolean;
}

/** Creates a key without validation (trusted callers: fixtures, seeds); the raw key is returned once. */
export async function createApiKey(
  em: EntityManager,
  organization: IOrganization,
  name: string,
  scopes: ApiScope[],
  options: ApiKeyOptions = {},
): Promise<{ raw: string; key: IApiKey }> {
  const { raw, prefix } = generateApiKey();
  const key = em.create(ApiKey, {
    organization,
    name,
    prefix,
    secretHash: hashApiKey(raw),
    scopes,
    trustedDocumentsOnly: options.trustedDocumentsOnly ?? false,
  });
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

// ---- onboarding and key management ------------------------------------------------------------------

/** A write that the current state refuses (the input itself is fine). */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Revoking this key would leave its organization without an active ADMIN key: nobody could manage it. */
export class LastAdminKeyError extends ConflictError {
  constructor(public readonly prefix: string) {
    super(
      `${prefix} is the last active ADMIN key of its organization: create another ADMIN key before revoking this one.`,
    );
    this.name = 'LastAdminKeyError';
  }
}

export const ORGANIZATION_NAME_MAX = 200;

/**
 * The Redis channel on which a key's id is published when it is revoked or its scopes change, so every
 * server instance drops it from its key cache at once (the servers subscribe; the admin CLI publishes too).
 */
export const API_KEY_CHANGES_CHANNEL = 'creatorgraph:api-key:changed';

/** The channel of key changes under a REDIS_PREFIX: `<prefix>:api-key:changed`. */
export function apiKeyChangesChannel(prefix = 'creatorgraph'): string {
  return `${prefix}:api-key:changed`;
}
export const ORGANIZATION_SLUG_MAX = 100;
export const API_KEY_NAME_MAX = 200;

// PostgreSQL refuses NUL in text; refusing it here keeps that a validation error, not a driver one.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !v.includes('\0'), 'must not contain NUL characters');

const slug = z
  .string()
  .trim()
  .max(ORGANIZATION_SLUG_MAX, `must be at most ${ORGANIZATION_SLUG_MAX} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters and digits, words separated by single dashes');

const scopes = z
  .array(z.enum(API_SCOPES, { error: () => `must be one of ${API_SCOPES.join(', ')}` }))
  .min(1, 'grant at least one scope')
  .transform((list) => [...new Set(list)]);

/** Prefixes are short ASCII; anything else cannot name a key. */
const prefix = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(32, 'must be at most 32 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be the visible start of a key, e.g. cg_AbC12xYz');

export const CreateOrganizationSchema = z.object({
  name: text(ORGANIZATION_NAME_MAX),
  slug,
  /** Name of the first ADMIN key. */
  keyName: text(API_KEY_NAME_MAX).default('first admin key'),
});

export const CreateApiKeySchema = z.object({
  name: text(API_KEY_NAME_MAX),
  scopes,
  trustedDocumentsOnly: z.boolean().default(false),
});

export interface OrganizationSummary {
  organization: IOrganization;
  activeKeys: number;
  activeAdminKeys: number;
}

/** Where an organization is named: by id (the API, from the caller's key) or by slug (the operator). */
export type OrganizationRef = { id: number } | { slug: string };

export interface OrganizationServiceOptions {
  /**
   * Told once a key's revocation or change of scopes has committed, so that whoever caches verified keys
   * (the server) forgets it. It should not throw: the change is made whatever it does.
   */
  onKeyChanged?: (key: IApiKey) => void | Promise<void>;
}

/**
 * Organizations and their API keys: operator onboarding (the admin CLI) and the ADMIN-scope key
 * mutations share it, so both keep the same rules — validated inputs, secrets shown once, CATALOG_WRITE
 * only from someone who holds it, and never revoking an organization's last active ADMIN key.
 */
export class OrganizationService {
  constructor(
    private readonly em: EntityManager,
    private readonly options: OrganizationServiceOptions = {},
  ) {}

  /** A new organization and its first ADMIN key; the raw secret is returned here and never again. */
  async createOrganization(input: {
    name: string;
    slug: string;
    keyName?: string;
  }): Promise<{ organization: IOrganization; key: IApiKey; secret: string }> {
    const data = parseInput(CreateOrganizationSchema, input);
    return this.em.transactional(async (tx) => {
      if (await tx.count(Organization, { slug: data.slug })) {
        throw new ConflictError(`An organization with slug ${data.slug} already exists.`);
      }
      const organization = tx.create(Organization, { name: data.name, slug: data.slug });
      await tx.flush();
      const { raw, key } = await createApiKey(tx, organization, data.keyName, ['admin']);
      return { organization, key, secret: raw };
    });
  }

  /** Every organization, oldest first, with its active key counts. */
  async listOrganizations(): Promise<OrganizationSummary[]> {
    const organizations = await this.em.find(Organization, {}, { orderBy: { id: 'asc' } });
    const keys = await this.em.find(ApiKey, { revokedAt: null }, { fields: ['organization', 'scopes'] });
    return organizations.map((organization) => {
      const own = keys.filter((k) => (k.organization as { id: number }).id === organization.id);
      return {
        organization,
        activeKeys: own.length,
        activeAdminKeys: own.filter((k) => k.scopes.includes('admin')).length,
      };
    });
  }

  /** The organization by id or slug; NOT_FOUND otherwise. */
  async organization(ref: OrganizationRef): Promise<IOrganization> {
    const where = 'id' in ref ? { id: ref.id } : { slug: parseInput(slug, ref.slug, 'slug') };
    const organization = await this.em.findOne(Organization, where);
    if (!organization) throw new NotFoundError('Organization', 'id' in ref ? String(ref.id) : ref.slug);
    return organization;
  }

  /** Keys of one organization, newest first, revoked ones included. */
  async listKeys(ref: OrganizationRef): Promise<IApiKey[]> {
    const organization = await this.organization(ref);
    return this.em.find(ApiKey, { organization: organization.id }, { orderBy: { id: 'desc' } });
  }

  /** Keys of one organization among the ids (global IDs of ApiKey); other organizations' keys are absent. */
  keysByIds(ref: { id: number }, ids: readonly number[]): Promise<IApiKey[]> {
    return this.em.find(ApiKey, { id: { $in: [...ids] }, organization: ref.id });
  }

  /**
   * A new key; the raw secret is returned once. `grantor` is the scopes of the key asking (API callers):
   * CATALOG_WRITE can only be passed on by a key that holds it (FORBIDDEN otherwise). The operator CLI
   * passes no grantor.
   */
  async createKey(
    ref: OrganizationRef,
    input: { name: string; scopes: readonly string[]; trustedDocumentsOnly?: boolean | null },
    grantor?: ReadonlySet<ApiScope>,
  ): Promise<{ key: IApiKey; secret: string }> {
    const data = parseInput(CreateApiKeySchema, {
      ...input,
      trustedDocumentsOnly: input.trustedDocumentsOnly ?? undefined,
    });
    if (grantor && data.scopes.includes('catalog_write') && !grantor.has('catalog_write')) {
      throw new ForbiddenError(
        'Only a key that holds CATALOG_WRITE may grant it; ask the operator of this server for a catalog key.',
      );
    }
    const organization = await this.organization(ref);
    const { raw, key } = await createApiKey(this.em, organization, data.name, data.scopes, {
      trustedDocumentsOnly: data.trustedDocumentsOnly,
    });
    return { key, secret: raw };
  }

  /**
   * Revokes a key by prefix (idempotent: an already revoked key is returned as it is). With `within`,
   * only that organization's keys are found (another organization's prefix is NOT_FOUND). Refuses the
   * last active ADMIN key of an organization (LastAdminKeyError).
   */
  async revokeKey(rawPrefix: string, options: { within?: number; now?: Date } = {}): Promise<IApiKey> {
    const keyPrefix = parseInput(prefix, rawPrefix, 'prefix');
    const revoked = await this.em.transactional(async (tx) => {
      const key = await this.keyIn(tx, keyPrefix, options.within);
      if (key.revokedAt) return key;
      if (key.scopes.includes('admin')) {
        const organizationId = (key.organization as { id: number }).id;
        // Two revokes of an organization's last two ADMIN keys must not both pass: they serialize on the
        // organization's row (SQLite has a single writer anyway).
        await tx.findOne(Organization, { id: organizationId }, writeLock(tx));
        const keys = await tx.find(ApiKey, { organization: organizationId, revokedAt: null, id: { $ne: key.id } });
        if (!keys.some((k) => k.scopes.includes('admin'))) throw new LastAdminKeyError(key.prefix);
      }
      key.revokedAt = options.now ?? new Date();
      await tx.flush();
      return key;
    });
    // Also for a key revoked earlier: a repeated revoke repeats a notice that may have been lost.
    await this.options.onKeyChanged?.(revoked);
    return revoked;
  }

  /** Grants (or withdraws) CATALOG_WRITE on an active key: the operator's decision alone. */
  async setCatalogWrite(rawPrefix: string, granted: boolean): Promise<IApiKey> {
    const keyPrefix = parseInput(prefix, rawPrefix, 'prefix');
    const changed = await this.em.transactional(async (tx) => {
      const key = await this.keyIn(tx, keyPrefix);
      if (key.revokedAt) throw new ConflictError(`${key.prefix} is revoked: its scopes can no longer change.`);
      const others = key.scopes.filter((s) => s !== 'catalog_write');
      const next: ApiScope[] = granted ? [...others, 'catalog_write'] : others;
      if (next.length === 0) {
        throw new ConflictError(`${key.prefix} holds only CATALOG_WRITE: revoke the key instead.`);
      }
      key.scopes = next;
      await tx.flush();
      return key;
    });
    await this.options.onKeyChanged?.(changed);
    return changed;
  }

  private async keyIn(tx: EntityManager, keyPrefix: string, organizationId?: number): Promise<IApiKey> {
    const key = await tx.findOne(ApiKey, {
      prefix: keyPrefix,
      ...(organizationId === undefined ? {} : { organization: organizationId }),
    });
    if (!key) throw new NotFoundError('ApiKey', keyPrefix);
    return key;
  }

  /** Whether a key is still usable; long streams ask before each event. */
  isKeyActive(keyId: number): Promise<boolean> {
    return isApiKeyActive(this.em, keyId);
  }
}

/**
 * Whether a key is still usable (exists and is not revoked), read from the database every time: long
 * streams re-check their key with it before each event.
 */
export async function isApiKeyActive(em: EntityManager, keyId: number): Promise<boolean> {
  return (await em.fork().count(ApiKey, { id: keyId, revokedAt: null })) > 0;
}
