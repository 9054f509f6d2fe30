import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { ApiScope } from '../enums.js';

export const Organization = defineEntity({
  name: 'Organization',
  tableName: 'organizations',
  properties: {
    id: p.integer().primary(),
    name: p.string().length(200),
    slug: p.string().length(100).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IOrganization = InferEntity<typeof Organization>;

export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_keys',
  properties: {
    id: p.integer().primary(),
    organization: () => p.manyToOne(Organization).deleteRule('cascade'),
    name: p.string().length(200),
    /** Shown in listings so a key can be recognised without revealing it. */
    prefix: p.string().length(32).unique(),
    /** SHA-256 of the whole key: keys are high-entropy random strings, so a slow hash adds nothing. */
    secretHash: p.string().length(64).unique(),
    scopes: p.json<ApiScope[]>(),
    /** Internal apps: the key may only run persisted (trusted) documents, never its own query text. */
    trustedDocumentsOnly: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type IApiKey = InferEntity<typeof ApiKey>;
