import {
  ForbiddenError,
  type IApiKey,
  type IOrganization,
  LastAdminKeyError,
  MEDIAKIX_2019,
  NotFoundError,
  TIERS,
  tierRange,
  ValidationError,
} from '@creatorgraph/core';
import { brandWithType } from '@pothos/core';
import { builder } from '../builder.js';
import { byKey, loadNodes } from '../context.js';
import type { RateLimitState } from '../http/rate-limit.js';
import { ApiScopeEnum, TierEnum } from './common/enums.js';
import { ErrorInterface } from './common/errors.js';
import { databaseId } from './common/ids.js';

const OrganizationRef = builder.objectRef<IOrganization>('Organization');

builder.node(OrganizationRef, {
  description: 'A customer: a brand or agency. Owns API keys and campaigns. You see your own only.',
  id: { resolve: (o) => o.id },
  loadMany: (ids, ctx) =>
    ids.map((id) => {
      const own = ctx.principal.organization;
      if (databaseId(id) !== own.id) return null;
      brandWithType(own, 'Organization' as never);
      return own;
    }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    slug: t.exposeString('slug', { description: 'URL-safe unique name.' }),
  }),
});

const RateLimitRef = builder.objectRef<RateLimitState>('RateLimit').implement({
  description:
    "Your organization's query-cost budget, a leaky bucket shared by all its keys: each operation takes its cost from it and it refills at `restoreRate` points per second up to `limit`.",
  fields: (t) => ({
    limit: t.exposeInt('limit', { description: 'Capacity of the bucket: the most points you may spend at once.' }),
    remaining: t.exposeInt('remaining', { description: 'Points available now, after this request was charged.' }),
    resetAt: t.field({
      type: 'DateTime',
      description: 'When the bucket is full again if you make no more requests.',
      resolve: (r) => r.resetAt,
    }),
    cost: t.exposeInt('cost', { description: 'Points charged for this request before execution (`requested`).' }),
    restoreRate: t.exposeInt('restoreRate', { description: 'Points the bucket regains every second.' }),
  }),
});

const ViewerRef = builder.objectRef<{ kind: 'viewer' }>('Viewer').implement({
  description: 'The caller: the organization and key behind this request.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      description: 'The organization that owns the key.',
      resolve: (_v, _a, ctx) => ctx.principal.organization,
    }),
    rateLimit: t.field({
      type: RateLimitRef,
      description:
        "Your organization's query-cost budget (also in every response's `extensions.cost` and RateLimit headers).",
      resolve: async (_v, _a, ctx) => {
        if (ctx.rateLimit) return ctx.rateLimit;
        if (ctx.rateLimiter) return ctx.rateLimiter.peek(String(ctx.principal.organization.id));
        throw new Error('no rate limiter in the context');
      },
    }),
    keyPrefix: t.string({
      description: 'Visible prefix of the key in use (the secret part is never shown again).',
      resolve: (_v, _a, ctx) => ctx.principal.key.prefix,
    }),
    scopes: t.field({
      type: [ApiScopeEnum],
      description: 'Effective scopes of the key (ADMIN implies WRITE, WRITE implies READ).',
      resolve: (_v, _a, ctx) => [...ctx.principal.scopes].sort(),
    }),
  }),
});

interface TierBoundShape {
  tier: (typeof TIERS)[number];
  min: number;
  max: number | null;
}

const TierBoundRef = builder.objectRef<TierBoundShape>('TierBound').implement({
  description: 'The follower range of one tier.',
  fields: (t) => ({
    tier: t.field({ type: TierEnum, description: 'The tier.', resolve: (b) => b.tier }),
    minFollowers: t.exposeInt('min', { description: 'Lowest follower count in the tier (inclusive).' }),
    maxFollowers: t.int({
      nullable: true,
      description: 'First follower count above the tier (exclusive); null for the top tier.',
      resolve: (b) => b.max,
    }),
  }),
});

const TierSchemeRef = builder.objectRef<typeof MEDIAKIX_2019>('TierScheme').implement({
  description: 'How follower counts map to tiers.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Scheme name, e.g. mediakix-2019.' }),
    description: t.exposeString('description', { description: 'Where the scheme comes from.' }),
    tiers: t.field({
      type: [TierBoundRef],
      description: 'Tiers in ascending order.',
      resolve: (s) => TIERS.map((tier) => ({ tier, ...tierRange(tier, s) })),
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    description: 'Who is calling.',
    resolve: () => ({ kind: 'viewer' as const }),
  }),
  tierScheme: t.field({
    type: TierSchemeRef,
    authScopes: { read: true },
    description: 'The tier scheme every `tier` field uses.',
    resolve: () => MEDIAKIX_2019,
  }),
}));

const ApiKeyRef = builder.objectRef<IApiKey>('ApiKey');

// A node, so a client cache updates the key it already holds when a mutation (revokeApiKey) returns it.
builder.node(ApiKeyRef, {
  description: 'An API key of your organization. The secret is shown only once, when the key is created.',
  id: { resolve: (k) => k.id },
  // Keys are visible to ADMIN keys only (as in `viewer.apiKeys`); to others `node` answers null.
  loadMany: (ids, ctx) =>
    ctx.principal.scopes.has('admin')
      ? loadNodes(
          ctx.loader<number, IApiKey | null>('apiKey', async (keys) =>
            byKey(keys, await ctx.organizations.keysByIds({ id: ctx.principal.organization.id }, keys), (k) => k.id),
          ),
          ids,
          'ApiKey',
        )
      : ids.map(() => null),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the key is for.' }),
    prefix: t.exposeString('prefix', { description: 'Visible start of the key, to recognise it.' }),
    scopes: t.field({ type: [ApiScopeEnum], description: 'Granted scopes.', resolve: (k) => k.scopes }),
    trustedDocumentsOnly: t.exposeBoolean('trustedDocumentsOnly', {
      description: 'Whether the key may only run trusted (persisted) documents by `documentId`, never query text.',
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (k) => k.createdAt }),
    lastUsedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Last use, to the minute.',
      resolve: (k) => k.lastUsedAt ?? null,
    }),
    revokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; revoked keys are refused.',
      resolve: (k) => k.revokedAt ?? null,
    }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key for your organization.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the key is for (1–200 characters).' }),
    scopes: t.field({
      type: [ApiScopeEnum],
      required: true,
      description: 'Scopes to grant (at least one). CATALOG_WRITE only if your own key holds it.',
    }),
    trustedDocumentsOnly: t.boolean({
      defaultValue: false,
      description:
        'Restrict the key to trusted (persisted) documents sent by `documentId`: for internal apps (default false).',
    }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ secret: string; apiKey: IApiKey }>('CreateApiKeyPayload').implement({
  description: 'The created key.',
  fields: (t) => ({
    secret: t.exposeString('secret', { description: 'The whole key. Store it now: it is never shown again.' }),
    apiKey: t.field({ type: ApiKeyRef, description: 'The stored key.', resolve: (p) => p.apiKey }),
  }),
});

const RevokeApiKeyPayload = builder.objectRef<{ apiKey: IApiKey }>('RevokeApiKeyPayload').implement({
  description: 'The revoked key.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, description: 'The key, now revoked.', resolve: (p) => p.apiKey }),
  }),
});

builder.objectType(LastAdminKeyError, {
  name: 'LastAdminKeyError',
  description:
    'The key is the last active ADMIN key of your organization; revoking it would lock the organization out. ' +
    'Create another ADMIN key first.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof LastAdminKeyError,
  fields: (t) => ({
    prefix: t.exposeString('prefix', { description: 'Prefix of the key that was kept.' }),
  }),
});

builder.objectField(ViewerRef, 'apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    authScopes: { admin: true },
    description: "Your organization's API keys, newest first, revoked ones included (ADMIN scope).",
    resolve: (_v, _a, ctx) => ctx.organizations.listKeys({ id: ctx.principal.organization.id }),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    authScopes: { admin: true },
    description:
      'Creates an API key for your organization (ADMIN scope). Granting CATALOG_WRITE needs a key that holds it ' +
      '(ForbiddenError otherwise).',
    errors: { types: [ValidationError, ForbiddenError] },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The key to create.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { secret, key } = await ctx.organizations.createKey(
        { id: ctx.principal.organization.id },
        { name: input.name, scopes: input.scopes, trustedDocumentsOnly: input.trustedDocumentsOnly },
        ctx.principal.scopes,
      );
      return { secret, apiKey: key };
    },
  }),
  revokeApiKey: t.field({
    type: RevokeApiKeyPayload,
    authScopes: { admin: true },
    description:
      'Revokes one of your API keys by its prefix (ADMIN scope). Requests with it are refused from now on. The last ' +
      'active ADMIN key of your organization cannot be revoked (LastAdminKeyError).',
    errors: { types: [ValidationError, NotFoundError, LastAdminKeyError] },
    args: { prefix: t.arg.string({ required: true, description: 'The visible prefix of the key.' }) },
    resolve: async (_root, { prefix }, ctx) => {
      const apiKey = await ctx.organizations.revokeKey(prefix, {
        within: ctx.principal.organization.id,
        now: ctx.now,
      });
      return { apiKey };
    },
  }),
}));
