import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { ComparisonInputError } from './compare.js';
import type { PlannerCandidate } from './planner.js';
import {
  AmountCurrencyMismatchError,
  checkPlannerCandidates,
  PlannerInputError,
  planInputOf,
  planRules,
  validateAddMember,
  validateCampaignPostIds,
  validateCompareIds,
  validateCreateCampaign,
  validateRecordResults,
  validateUpdateMember,
} from './validation.js';

/** The issues a call fails with (fails the test when it does not throw). */
function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('campaign input schemas', () => {
  it('report one issue per field, under the API field names, in field order', () => {
    expect(
      issuesOf(() =>
        validateCreateCampaign({
          name: 7,
          brand: 'Acme',
          goal: 'AWARENESS',
          status: 'ARCHIVED',
          currency: 'USD',
          budget: null,
          startsAt: new Date('2026-06-01'),
        }),
      ),
    ).toEqual([
      { field: 'input.name', message: 'must be 1–200 characters' },
      { field: 'input.status', message: 'use archiveCampaign to archive a campaign' },
      { field: 'input.budget.amountMinor', message: 'must be a whole number of minor units, 0 or more' },
      { field: 'input.budget.currency', message: 'must be a known ISO 4217 currency code, e.g. USD' },
    ]);
    // -1.5 breaks two rules of one field: one issue.
    expect(issuesOf(() => validateRecordResults({ conversions: -1.5 }))).toEqual([
      { field: 'input.conversions', message: 'must be a whole number from 0 to 2147483647' },
    ]);
  });

  it('return trimmed text, the default status and deliverables, and distinct post ids', () => {
    const created = validateCreateCampaign({
      name: '  Launch ',
      brand: 'Acme',
      goal: 'AWARENESS',
      currency: 'EUR',
      budget: { amountMinor: 0, currency: 'EUR' },
      startsAt: new Date('2026-06-01'),
      endsAt: null,
    });
    expect(created).toMatchObject({ name: 'Launch', status: 'DRAFT', endsAt: null });
    expect(validateAddMember({ accountId: 1, deliverables: null }).deliverables).toBe(1);
    // A deliverable is a photo post unless it says otherwise.
    expect(validateAddMember({ accountId: 1 }).kind).toBe('PHOTO');
    expect(validateAddMember({ accountId: 1, kind: 'REEL' }).kind).toBe('REEL');
    expect(issuesOf(() => validateAddMember({ accountId: 1, kind: 'GIF' }))).toEqual([
      { field: 'input.kind', message: 'must be one of PHOTO, CAROUSEL, VIDEO, REEL, STORY, SHORT, LIVE' },
    ]);
    expect(validateUpdateMember({ kind: 'STORY' }).kind).toBe('STORY');
    expect(validateCampaignPostIds([3, 1, 3])).toEqual([3, 1]);
    expect(issuesOf(() => validateCampaignPostIds([]))).toEqual([{ field: 'postIds', message: 'give 1–500 post ids' }]);
  });

  it('checks compared ids with the messages of ComparisonInputError', () => {
    expect(() => validateCompareIds([1])).toThrow(
      new ComparisonInputError('Compare between 2 and 10 campaigns (got 1)'),
    );
    expect(() => validateCompareIds([1, 1])).toThrow('Each campaign may be compared only once');
    expect(() => validateCompareIds([1, 2])).not.toThrow();
  });
});

describe('plan arguments', () => {
  const request = { budget: { amountMinor: 100_000, currency: 'USD' }, goal: 'AWARENESS', platform: 'TIKTOK' } as const;

  it('name the API fields for the request and for the planner rules, and never mix currencies', () => {
    expect(
      issuesOf(() =>
        planInputOf({ ...request, tiers: ['MICRO', 'HUGE' as never], niches: [' '] }, DEFAULT_METRICS_CONFIG),
      ),
    ).toEqual([
      { field: 'input.tiers.1', message: 'must be one of NANO, MICRO, MID, MACRO, MEGA' },
      { field: 'input.niches.0', message: 'must be a non-empty niche name' },
    ]);
    expect(
      issuesOf(() =>
        planInputOf({ ...request, hourlyOverhead: { amountMinor: -1, currency: 'USD' } }, DEFAULT_METRICS_CONFIG),
      ),
    ).toEqual([
      { field: 'input.hourlyOverhead.amountMinor', message: 'must be a whole number of minor units, 0 or more' },
    ]);
    expect(issuesOf(() => planInputOf({ ...request, maxCreators: 1.5 }, DEFAULT_METRICS_CONFIG))).toEqual([
      { field: 'input.maxCreators', message: 'must be an integer ≥ 1' },
    ]);
    // A plan of no creators is no plan, and a candidate needs at least one post of evidence.
    expect(issuesOf(() => planInputOf({ ...request, maxCreators: 0 }, DEFAULT_METRICS_CONFIG))).toEqual([
      { field: 'input.maxCreators', message: 'must be an integer ≥ 1' },
    ]);
    expect(issuesOf(() => planInputOf({ ...request, minPosts: 0 }, DEFAULT_METRICS_CONFIG))).toEqual([
      { field: 'input.minPosts', message: 'must be an integer ≥ 1' },
    ]);
    expect(issuesOf(() => planInputOf({ ...request, minPosts: 1001 }, DEFAULT_METRICS_CONFIG))).toEqual([
      { field: 'input.minPosts', message: 'must be at most 1000' },
    ]);
    expect(issuesOf(() => planInputOf({ ...request, kind: 'GIF' as never }, DEFAULT_METRICS_CONFIG))).toEqual([
      { field: 'input.kind', message: 'must be one of PHOTO, CAROUSEL, VIDEO, REEL, STORY, SHORT, LIVE' },
    ]);
    expect(() =>
      planInputOf({ ...request, hourlyOverhead: { amountMinor: 1, currency: 'EUR' } }, DEFAULT_METRICS_CONFIG),
    ).toThrow(AmountCurrencyMismatchError);
    expect(planInputOf({ ...request, maxCreators: 3 }, DEFAULT_METRICS_CONFIG)).toMatchObject({
      budgetMinor: 100_000,
      maxCreators: 3,
    });
  });

  it('apply the config defaults and report the first broken planner rule only', () => {
    expect(planRules({ budgetMinor: 5, goal: 'ENGAGEMENT' }, DEFAULT_METRICS_CONFIG)).toEqual({
      budgetMinor: 5,
      goal: 'ENGAGEMENT',
      minAuthenticity: DEFAULT_METRICS_CONFIG.planner.minAuthenticity,
      maxCreators: DEFAULT_METRICS_CONFIG.planner.maxCreators,
      postsPerCreator: DEFAULT_METRICS_CONFIG.planner.postsPerCreator,
      minPosts: 3,
      hourlyOverheadMinor: 0,
    });
    const run = () =>
      planRules({ budgetMinor: Number.NaN, goal: 'ENGAGEMENT', postsPerCreator: 0 }, DEFAULT_METRICS_CONFIG);
    expect(run).toThrow(PlannerInputError);
    expect(issuesOf(run)).toEqual([{ field: 'budgetMinor', message: 'must be a number ≥ 0' }]);
  });

  it('reject candidates listed twice or with numbers that are not numbers', () => {
    const candidate: PlannerCandidate = {
      accountId: 'a',
      tier: 'MICRO',
      followers: 20_000,
      authenticFollowers: 18_000,
      authenticityScore: 90,
      reliableRate: null,
      feeMinor: 10_000,
      niches: [],
      platform: 'TIKTOK',
      posts: 5,
    };
    expect(() => checkPlannerCandidates([candidate])).not.toThrow();
    expect(issuesOf(() => checkPlannerCandidates([candidate, candidate]))).toEqual([
      { field: 'candidates', message: 'account a is listed twice' },
    ]);
    expect(issuesOf(() => checkPlannerCandidates([{ ...candidate, followers: -1, reliableRate: Number.NaN }]))).toEqual(
      [{ field: 'candidates', message: 'followers of a must be a number ≥ 0' }],
    );
  });
});
