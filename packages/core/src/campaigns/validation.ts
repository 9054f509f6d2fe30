import { z } from 'zod';
import { fieldIssues, parseInput } from '../common/validation.js';
import { CAMPAIGN_GOALS, CAMPAIGN_STATUSES, PLATFORMS, POST_KINDS } from '../enums.js';
import { ValidationError } from '../errors.js';
import type { MetricsConfig } from '../metrics/config.js';
import { isKnownCurrency, type Money } from '../metrics/costs.js';
import { TIERS } from '../metrics/tiers.js';
import {
  CampaignCurrencyMismatchError,
  ComparisonInputError,
  MAX_COMPARED_CAMPAIGNS,
  MIN_COMPARED_CAMPAIGNS,
} from './compare.js';
import type { PlanRequest } from './decisions.js';
import type { PlanInput, PlannerCandidate, PlannerGoal } from './planner.js';

/**
 * Campaign inputs as zod schemas. Issues name the API's fields (`input.budget.amountMinor`, `postIds.2`),
 * one per field, so the API passes them through unchanged. Checks that need stored state (the campaign's
 * currency, membership, archived campaigns) are the service's rules, not here.
 */

export const CAMPAIGN_TEXT_MAX = 200;
export const DELIVERABLES_MAX = 1000;
/** Posts per linkPosts / unlinkPosts call. */
export const POST_IDS_MAX = 500;
/** Largest maxCreators accepted: a roster beyond it is not a plan anyone coordinates. */
export const PLAN_MAX_CREATORS = 1000;
/** Largest minPosts accepted: the window holds at most this many posts (WINDOW_LIMITS.maxPosts). */
export const PLAN_MAX_MIN_POSTS = 1000;
const INT32_MAX = 2_147_483_647;

/**
 * An amount (fee, budget, revenue) in a currency other than the campaign's. Code CURRENCY_MISMATCH, like
 * every currency clash of campaigns; `expected` is the campaign's currency, `actual` the one given.
 */
export class AmountCurrencyMismatchError extends CampaignCurrencyMismatchError {
  constructor(
    /** The input field holding the amount, e.g. `input.fee`. */
    readonly field: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super([expected, actual]);
    this.name = 'AmountCurrencyMismatchError';
    this.message = `${field} is in ${actual}, but amounts of this campaign are in ${expected}: currencies never mix.`;
  }
}

/** Amounts never mix currencies: AmountCurrencyMismatchError naming the field. */
export function assertAmountCurrency(field: string, expected: string, money: Money): void {
  if (money.currency !== expected) throw new AmountCurrencyMismatchError(field, expected, money.currency);
}

/** Code VALIDATION, with the offending planner field (the planner's own names, e.g. `budgetMinor`). */
export class PlannerInputError extends ValidationError {
  readonly field: string;
  constructor(field: string, message: string) {
    super([{ field, message }]);
    this.name = 'PlannerInputError';
    this.field = field;
  }
}

/** Niche labels are free text from imports, so they match case-insensitively and trimmed. */
export function normalizeCampaignNiche(niche: string): string {
  return niche.trim().toLowerCase();
}

// ---- Building blocks ------------------------------------------------------------------------------

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
const CURRENCY = 'must be a known ISO 4217 currency code, e.g. USD';
const MINOR_UNITS = 'must be a whole number of minor units, 0 or more';
const TEXT = `must be 1–${CAMPAIGN_TEXT_MAX} characters`;
const DATE = 'must be a valid date';

const campaignText = z.string({ error: TEXT }).trim().min(1, { error: TEXT }).max(CAMPAIGN_TEXT_MAX, { error: TEXT });
const currencyCode = z.string({ error: CURRENCY }).refine(isKnownCurrency, { error: CURRENCY });
const date = z.date({ error: DATE });

function wholeNumber(min: number, max: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** Money as input: whole minor units, not negative, a known currency (a missing amount reports both fields). */
const money = z.preprocess(
  (value) => (typeof value === 'object' && value !== null ? value : {}),
  z.object({
    amountMinor: z.number({ error: MINOR_UNITS }).int({ error: MINOR_UNITS }).min(0, { error: MINOR_UNITS }),
    currency: currencyCode,
  }),
);

/** ARCHIVED only through archiveCampaign. */
const settableStatus = z
  .enum(CAMPAIGN_STATUSES, { error: oneOf(CAMPAIGN_STATUSES) })
  .refine((status) => status !== 'ARCHIVED', { error: 'use archiveCampaign to archive a campaign' });

const goal = z.enum(CAMPAIGN_GOALS, { error: oneOf(CAMPAIGN_GOALS) });
const platform = z.enum(PLATFORMS, { error: oneOf(PLATFORMS) });
const postKind = z.enum(POST_KINDS, { error: oneOf(POST_KINDS) });

const endsAfterStart = { error: 'must not be before startsAt', path: ['endsAt'] };

// ---- Campaign writes ------------------------------------------------------------------------------

export const createCampaignInputSchema = z
  .object({
    name: campaignText,
    brand: campaignText,
    goal,
    status: z.preprocess((value) => value ?? 'DRAFT', settableStatus),
    currency: currencyCode,
    budget: money,
    startsAt: date,
    endsAt: date.nullish(),
  })
  .refine((input) => !input.endsAt || input.endsAt.getTime() >= input.startsAt.getTime(), endsAfterStart);

/** Omitted (or null) fields are not checked: they stay as they are. */
export const updateCampaignInputSchema = z.object({
  name: campaignText.nullish(),
  brand: campaignText.nullish(),
  goal: goal.nullish(),
  status: settableStatus.nullish(),
  currency: currencyCode.nullish(),
  budget: money.nullish(),
  startsAt: date.nullish(),
  endsAt: date.nullish(),
});

export const addMemberInputSchema = z.object({
  fee: money.nullish(),
  deliverables: z.preprocess((value) => value ?? 1, wholeNumber(1, DELIVERABLES_MAX)),
  kind: z.preprocess((value) => value ?? 'PHOTO', postKind),
});

export const updateMemberInputSchema = z.object({
  fee: money.nullish(),
  deliverables: wholeNumber(1, DELIVERABLES_MAX).nullish(),
  kind: postKind.nullish(),
});

export const recordResultsInputSchema = z
  .object({ revenue: money.nullish(), conversions: wholeNumber(0, INT32_MAX).nullish() })
  .refine((input) => input.revenue !== undefined || input.conversions !== undefined, {
    error: 'give revenue, conversions or both',
  });

const POST_IDS = `give 1–${POST_IDS_MAX} post ids`;
export const campaignPostIdsSchema = z
  .array(z.number(), { error: POST_IDS })
  .min(1, { error: POST_IDS })
  .max(POST_IDS_MAX, { error: POST_IDS });

/** Trimmed name and brand, status defaulting to DRAFT; the rest as given. Issues under `input.`. */
export const validateCreateCampaign = (input: unknown) => parseInput(createCampaignInputSchema, input, 'input');
export const validateUpdateCampaign = (input: unknown) => parseInput(updateCampaignInputSchema, input, 'input');
/** Deliverables default to 1, their kind to PHOTO. */
export const validateAddMember = (input: unknown) => parseInput(addMemberInputSchema, input, 'input');
export const validateUpdateMember = (input: unknown) => parseInput(updateMemberInputSchema, input, 'input');
export const validateRecordResults = (input: unknown) => parseInput(recordResultsInputSchema, input, 'input');

/** The distinct post ids of a link/unlink call, in request order; issues on `postIds`. */
export function validateCampaignPostIds(postIds: readonly number[]): number[] {
  return [...new Set(parseInput(campaignPostIdsSchema, postIds, 'postIds'))];
}

// ---- Decisions ------------------------------------------------------------------------------------

export const compareCampaignIdsSchema = z.array(z.number()).superRefine((ids, ctx) => {
  if (ids.length < MIN_COMPARED_CAMPAIGNS || ids.length > MAX_COMPARED_CAMPAIGNS) {
    ctx.addIssue({
      code: 'custom',
      message: `Compare between ${MIN_COMPARED_CAMPAIGNS} and ${MAX_COMPARED_CAMPAIGNS} campaigns (got ${ids.length})`,
    });
  } else if (new Set(ids).size !== ids.length) {
    ctx.addIssue({ code: 'custom', message: 'Each campaign may be compared only once' });
  }
});

/** ComparisonInputError (field `ids`) for a count outside 2–10 or a repeated id. */
export function validateCompareIds(ids: readonly number[]): void {
  const result = compareCampaignIdsSchema.safeParse(ids);
  if (!result.success) throw new ComparisonInputError(result.error.issues[0]?.message ?? 'invalid ids');
}

export const compareTiersArgsSchema = z.object({ platform });

export function validateCompareTiersArgs(args: unknown): void {
  parseInput(compareTiersArgsSchema, args, '');
}

/** Only the upper bound: the planner's rules check the rest, with their own messages. */
const atMost = (max: number) =>
  z
    .unknown()
    .refine((value) => typeof value !== 'number' || !(value > max), { error: `must be at most ${max}` })
    .optional();

const NICHE = 'must be a non-empty niche name';
export const planRequestSchema = z.object({
  budget: money,
  platform,
  tiers: z.array(z.enum(TIERS, { error: oneOf(TIERS) })).nullish(),
  niches: z
    .array(z.string({ error: NICHE }).refine((niche) => normalizeCampaignNiche(niche) !== '', { error: NICHE }))
    .nullish(),
  maxCreators: atMost(PLAN_MAX_CREATORS),
  postsPerCreator: atMost(DELIVERABLES_MAX),
  minPosts: atMost(PLAN_MAX_MIN_POSTS),
  kind: postKind.nullish(),
  hourlyOverhead: money.nullish(),
});

/** Planner field names → the API's input fields, so validation issues name what the caller sent. */
const PLAN_FIELDS: Record<string, string> = {
  budgetMinor: 'input.budget.amountMinor',
  goal: 'input.goal',
  minAuthenticity: 'input.minAuthenticity',
  maxCreators: 'input.maxCreators',
  postsPerCreator: 'input.postsPerCreator',
  minPosts: 'input.minPosts',
  hourlyOverheadMinor: 'input.hourlyOverhead.amountMinor',
};

/**
 * The planner's input for an API request, checked before any statement runs: ValidationError naming the
 * API's fields (the request's own, then the planner's rules), AmountCurrencyMismatchError when the hourly
 * overhead is not in the budget's currency.
 */
export function planInputOf(request: PlanRequest, config: MetricsConfig): PlanInput {
  parseInput(planRequestSchema, request, 'input');
  const { budget } = request;
  const hourly = request.hourlyOverhead ?? null;
  if (hourly) assertAmountCurrency('input.hourlyOverhead', budget.currency, hourly);
  const input: PlanInput = {
    budgetMinor: budget.amountMinor,
    goal: request.goal,
    platform: request.platform,
    niches: request.niches ? [...request.niches] : undefined,
    tiers: request.tiers ? [...request.tiers] : undefined,
    ...(request.minAuthenticity != null ? { minAuthenticity: request.minAuthenticity } : {}),
    ...(request.maxCreators != null ? { maxCreators: request.maxCreators } : {}),
    ...(request.postsPerCreator != null ? { postsPerCreator: request.postsPerCreator } : {}),
    ...(request.minPosts != null ? { minPosts: request.minPosts } : {}),
    hourlyOverheadMinor: hourly?.amountMinor ?? null,
  };
  try {
    planRules(input, config);
  } catch (error) {
    if (error instanceof PlannerInputError) {
      throw new ValidationError(
        error.issues.map((i) => ({ field: PLAN_FIELDS[i.field] ?? `input.${i.field}`, message: i.message })),
      );
    }
    throw error;
  }
  return input;
}

// ---- The planner's own rules ----------------------------------------------------------------------

const NUMBER_GE_0 = 'must be a number ≥ 0';
const integerFrom = (min: number) => {
  const error = `must be an integer ≥ ${min}`;
  return z.number({ error }).refine(Number.isInteger, { error }).min(min, { error });
};

export const planRulesSchema = z.object({
  budgetMinor: z.number({ error: NUMBER_GE_0 }).min(0, { error: NUMBER_GE_0 }),
  goal: z.enum(['ENGAGEMENT', 'AWARENESS'], { error: 'must be ENGAGEMENT or AWARENESS' }),
  minAuthenticity: z
    .number({ error: 'must be between 0 and 100' })
    .min(0, { error: 'must be between 0 and 100' })
    .max(100, { error: 'must be between 0 and 100' }),
  maxCreators: integerFrom(1),
  postsPerCreator: integerFrom(1),
  minPosts: integerFrom(1),
  hourlyOverheadMinor: z.number({ error: NUMBER_GE_0 }).min(0, { error: NUMBER_GE_0 }),
});

/** The planner's numbers with config defaults applied. */
export interface PlanRules {
  budgetMinor: number;
  goal: PlannerGoal;
  minAuthenticity: number;
  maxCreators: number;
  postsPerCreator: number;
  minPosts: number;
  /** 0 when overhead hours cost nothing. */
  hourlyOverheadMinor: number;
}

/** PlannerInputError for the first rule broken (in field order), with the planner's field names. */
export function planRules(input: PlanInput, config: MetricsConfig): PlanRules {
  const result = planRulesSchema.safeParse({
    budgetMinor: input.budgetMinor,
    goal: input.goal,
    minAuthenticity: input.minAuthenticity ?? config.planner.minAuthenticity,
    maxCreators: input.maxCreators ?? config.planner.maxCreators,
    postsPerCreator: input.postsPerCreator ?? config.planner.postsPerCreator,
    minPosts: input.minPosts ?? config.planner.minPosts,
    hourlyOverheadMinor: input.hourlyOverheadMinor ?? 0,
  });
  if (result.success) return result.data;
  const [issue] = fieldIssues(result.error, '');
  throw new PlannerInputError(issue?.field ?? 'input', issue?.message ?? 'invalid plan input');
}

const candidateNumbers = z.object({
  feeMinor: z.number({ error: NUMBER_GE_0 }).min(0, { error: NUMBER_GE_0 }),
  followers: z.number({ error: NUMBER_GE_0 }).min(0, { error: NUMBER_GE_0 }),
  authenticFollowers: z.number({ error: NUMBER_GE_0 }).min(0, { error: NUMBER_GE_0 }),
  authenticityScore: z.number({ error: 'must be a number' }),
  reliableRate: z.number({ error: 'must be a number or null' }).nullable(),
  platform: platform,
  posts: z.number({ error: NUMBER_GE_0 }).min(0, { error: NUMBER_GE_0 }),
});

/** PlannerInputError (field `candidates`) for an account listed twice or a number that is not one. */
export function checkPlannerCandidates(candidates: readonly PlannerCandidate[]): void {
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.accountId)) throw new PlannerInputError('candidates', `account ${c.accountId} is listed twice`);
    seen.add(c.accountId);
    const result = candidateNumbers.safeParse(c);
    const issue = result.success ? undefined : fieldIssues(result.error, '')[0];
    if (issue) throw new PlannerInputError('candidates', `${issue.field} of ${c.accountId} ${issue.message}`);
  }
}
