import {
  CAMPAIGN_GOALS,
  CAMPAIGN_STATUSES,
  DomainError,
  type FieldIssue,
  ForbiddenError as ForbiddenDomainError,
  NotFoundError as NotFoundDomainError,
  PLATFORMS,
  POST_KINDS,
  TIERS,
  ValidationError as ValidationDomainError,
} from '@creatorgraph/core';
import { builder } from '../builder.js';

function describe<T extends string>(values: readonly T[], descriptions: Record<T, string>) {
  return Object.fromEntries(values.map((v) => [v, { description: descriptions[v] }])) as Record<
    T,
    { description: string }
  >;
}

export const PlatformEnum = builder.enumType('Platform', {
  description: 'A social platform an account lives on.',
  values: describe(PLATFORMS, {
    INSTAGRAM: 'Instagram.',
    TIKTOK: 'TikTok.',
    YOUTUBE: 'YouTube.',
    X: 'X (formerly Twitter).',
  }),
});

export const TierEnum = builder.enumType('Tier', {
  description: 'Follower tier of an account (default scheme mediakix-2019; see `tierScheme`).',
  values: describe(TIERS, {
    NANO: 'Fewer than 10,000 followers.',
    MICRO: '10,000 to 49,999 followers.',
    MID: '50,000 to 499,999 followers.',
    MACRO: '500,000 to 999,999 followers.',
    MEGA: '1,000,000 followers or more.',
  }),
});

export const PostKindEnum = builder.enumType('PostKind', {
  description: 'The format of a post.',
  values: describe(POST_KINDS, {
    PHOTO: 'A single image.',
    CAROUSEL: 'Several images or videos in one post.',
    VIDEO: 'A video post.',
    REEL: 'An Instagram Reel.',
    STORY: 'An ephemeral story.',
    SHORT: 'A YouTube Short.',
    LIVE: 'A live broadcast.',
  }),
});

export const CampaignGoalEnum = builder.enumType('CampaignGoal', {
  description: 'What a campaign is judged on.',
  values: describe(CAMPAIGN_GOALS, {
    AWARENESS: 'Reach people: judged on cost per thousand impressions.',
    ENGAGEMENT: 'Get interactions: judged on cost per engagement.',
    CONVERSION: 'Drive sales: judged on return on investment.',
  }),
});

export const CampaignStatusEnum = builder.enumType('CampaignStatus', {
  description: 'Lifecycle of a campaign.',
  values: describe(CAMPAIGN_STATUSES, {
    DRAFT: 'Being planned.',
    ACTIVE: 'Running.',
    COMPLETED: 'Finished.',
    ARCHIVED: 'Hidden from default listings; kept for history.',
  }),
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Order of a list.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

export const ApiScopeEnum = builder.enumType('ApiScope', {
  description: 'What an API key may do.',
  values: {
    READ: { value: 'read', description: 'Read creators, posts, metrics and your campaigns.' },
    WRITE: { value: 'write', description: "Change your organization's campaigns (implies READ)." },
    ADMIN: { value: 'admin', description: 'Manage keys of your organization (implies WRITE).' },
    CATALOG_WRITE: {
      value: 'catalog_write',
      description:
        'Write the shared catalog: creators, accounts, posts and follower snapshots (`importData`). Granted by the ' +
        'operator only; ADMIN does not imply it and it implies no other scope.',
    },
  } as const,
});

export interface MoneyShape {
  amountMinor: number;
  currency: string;
}

export const MoneyRef = builder.objectRef<MoneyShape>('Money').implement({
  description: 'An amount of money in integer minor units (cents for USD) with its ISO 4217 currency.',
  fields: (t) => ({
    amountMinor: t.exposeInt('amountMinor', { description: 'Amount in minor units, e.g. 12345 = 123.45 USD.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency code.' }),
  }),
});

export const MoneyInput = builder.inputType('MoneyInput', {
  description: 'An amount of money in integer minor units with its ISO 4217 currency.',
  fields: (t) => ({
    amountMinor: t.int({ required: true, description: 'Amount in minor units (cents for USD); not negative.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'ISO 4217 currency code.' }),
  }),
});

export const IntRangeInput = builder.inputType('IntRangeInput', {
  description: 'An inclusive range of whole numbers; either end may be left open.',
  fields: (t) => ({
    min: t.int({ description: 'Smallest value included.' }),
    max: t.int({ description: 'Largest value included.' }),
  }),
});

// Typed errors: mutations and fallible queries return unions of their payload and these.
export const ErrorInterface = builder.interfaceRef<Error & { code: string }>('Error').implement({
  description: 'Something the caller can act on. Unexpected failures are never described here.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'A human-readable explanation.' }),
    code: t.exposeString('code', { description: 'A stable machine-readable code, e.g. VALIDATION or NOT_FOUND.' }),
  }),
});

export const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Dotted path of the input field, e.g. `input.budget.amountMinor`.' }),
    message: t.exposeString('message', { description: 'What is wrong with it.' }),
  }),
});

builder.objectType(ValidationDomainError, {
  name: 'ValidationError',
  description: 'The input was rejected; nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof ValidationDomainError,
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], description: 'Every invalid field.', resolve: (e) => e.issues }),
  }),
});

builder.objectType(NotFoundDomainError, {
  name: 'NotFoundError',
  description: 'The object does not exist (or is not visible to you).',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof NotFoundDomainError,
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'Kind of object looked for.' }),
    ref: t.exposeString('ref', { description: 'The identifier that was looked for.' }),
  }),
});

builder.objectType(ForbiddenDomainError, {
  name: 'ForbiddenError',
  description:
    "Your key lacks the scope for this (e.g. granting CATALOG_WRITE without holding it). Another organization's " +
    'objects are never FORBIDDEN: they answer NOT_FOUND, like ids that do not exist.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof ForbiddenDomainError,
  fields: () => ({}),
});

export { DomainError };

/** Turns a keyset page into a Relay connection with a lazy total count. */
export function toConnection<T>(page: {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}) {
  return {
    edges: page.items.map((node, i) => ({ cursor: page.cursors[i] as string, node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
    totalCount: page.totalCount,
  };
}

export const connectionTotalCount = {
  fields: (t: PothosConnectionFieldBuilder) => ({
    totalCount: t.int({
      description: 'Number of items matching the filter, across all pages.',
      resolve: (conn: { totalCount?: () => Promise<number> }) => conn.totalCount?.() ?? 0,
    }),
  }),
};
// biome-ignore lint/suspicious/noExplicitAny: Pothos' connection field builder type is not exported by name.
type PothosConnectionFieldBuilder = any;
