import {
  ApiKey,
  createApiKey,
  type IApiKey,
  type IOrganization,
  MEDIAKIX_2019,
  NotFoundError,
  TIERS,
  tierRange,
  ValidationError,
} from '@creatorgraph/core';
import { builder } from '../builder.js';
import { ApiScopeEnum, TierEnum } from './common.js';

const OrganizationRef = builder.objectRef<IOrganization>('Organization').implement({
  description: 'A customer: a brand or agency. Owns API keys and campaigns.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    slug: t.exposeString('slug', { description: 'URL-safe unique name.' }),
  }),
});

const RateLimitRef = builder
  .objectRef<{ limit: number; remaining: number; resetAt: Date; cost: number }>('RateLimit')
  .implement({
    description:
      'Query-cost budget of your key: every object field costs 1, and selections under a connection cost once per requested item.',
    fields: (t) => ({
      limit: t.exposeInt('limit', { description: 'Points per hour.' }),
      remaining: t.exposeInt('remaining', { description: 'Points left in this hour, after this request.' }),
      resetAt: t.field({ type: 'DateTime', description: 'When the budget refills.', resolve: (r) => r.resetAt }),
      cost: t.exposeInt('cost', { description: 'Points this request cost.' }),
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
      description: 'Your query-cost budget (also in every response under `extensions.cost`).',
      resolve: (_v, _a, ctx) =>
        ctx.rateLimit ??
        ctx.rateLimiter?.peek(ctx.principal.key.prefix, ctx.now) ?? {
          limit: 0,
          remaining: 0,
          resetAt: ctx.now,
          cost: 0,
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

const ApiKeyRef = builder.objectRef<IApiKey>('ApiKey').implement({
  description: 'An API key of your organization. The secret is shown only once, when the key is created.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the key is for.' }),
    prefix: t.exposeString('prefix', { description: 'Visible start of the key, to recognise it.' }),
    scopes: t.field({ type: [ApiScopeEnum], description: 'Granted scopes.', resolve: (k) => k.scopes }),
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
    scopes: t.field({ type: [ApiScopeEnum], required: true, description: 'Scopes to grant (at least one).' }),
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

builder.objectField(ViewerRef, 'apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    authScopes: { admin: true },
    description: "Your organization's API keys, newest first (ADMIN scope).",
    resolve: (_v, _a, ctx) =>
      ctx.em.find(ApiKey, { organization: ctx.principal.organization.id }, { orderBy: { id: 'desc' } }),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    authScopes: { admin: true },
    description: 'Creates an API key for your organization (ADMIN scope).',
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The key to create.' }) },
    resolve: async (_root, { input }, ctx) => {
      const issues = [];
      if (!input.name.trim() || input.name.length > 200) {
        issues.push({ field: 'input.name', message: 'must be 1–200 characters' });
      }
      if (input.scopes.length === 0) issues.push({ field: 'input.scopes', message: 'grant at least one scope' });
      if (issues.length) throw new ValidationError(issues);
      const { raw, key } = await createApiKey(ctx.em, ctx.principal.organization, input.name.trim(), [
        ...new Set(input.scopes),
      ]);
      return { secret: raw, apiKey: key };
    },
  }),
  revokeApiKey: t.field({
    type: RevokeApiKeyPayload,
    authScopes: { admin: true },
    description: 'Revokes one of your API keys by its prefix (ADMIN scope). Requests with it are refused from now on.',
    errors: { types: [NotFoundError] },
    args: { prefix: t.arg.string({ required: true, description: 'The visible prefix of the key.' }) },
    resolve: async (_root, { prefix }, ctx) => {
      const key = await ctx.em.findOne(ApiKey, { prefix, organization: ctx.principal.organization.id });
      if (!key) throw new NotFoundError('ApiKey', prefix);
      key.revokedAt ??= ctx.now;
      await ctx.em.flush();
      return { apiKey: key };
    },
  }),
}));
