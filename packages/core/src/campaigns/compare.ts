import { DomainError, ValidationError } from '../errors.js';
import type { CampaignMetrics } from './metrics.js';

/**
 * compareCampaigns (docs/metrics.md#comparing-campaigns): one row per numeric metric with the best
 * campaign(s), and a verdict per goal. Pure; the caller loads and computes the metrics.
 */

export type ComparisonGoal = 'AWARENESS' | 'ENGAGEMENT' | 'CONVERSION';
export type MetricDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export const COMPARISON_GOALS: readonly ComparisonGoal[] = ['AWARENESS', 'ENGAGEMENT', 'CONVERSION'];
export const MIN_COMPARED_CAMPAIGNS = 2;
export const MAX_COMPARED_CAMPAIGNS = 10;

export interface ComparedCampaign {
  id: string;
  name: string;
  metrics: CampaignMetrics;
}

export interface ComparisonValue {
  campaignId: string;
  value: number | null;
}

export interface ComparisonRow {
  metric: string;
  direction: MetricDirection;
  values: ComparisonValue[];
  /** Campaign ids with the best value; every tied id, none when all values are null. */
  best: string[];
}

export interface ComparisonVerdict {
  goal: ComparisonGoal;
  winners: string[];
  reason: string;
}

export interface CampaignComparison {
  rows: ComparisonRow[];
  verdicts: ComparisonVerdict[];
}

/** Code VALIDATION (a ValidationError on the `ids` field). */
export class ComparisonInputError extends ValidationError {
  constructor(message: string) {
    super([{ field: 'ids', message }], message);
    this.name = 'ComparisonInputError';
  }
}

export class CampaignCurrencyMismatchError extends DomainError {
  readonly code = 'CURRENCY_MISMATCH' as const;
  readonly currencies: string[];
  constructor(currencies: string[]) {
    super(`Amounts in different currencies cannot be combined: ${currencies.join(', ')}`);
    this.name = 'CampaignCurrencyMismatchError';
    this.currencies = currencies;
  }
}

/** Throws CampaignCurrencyMismatchError (code CURRENCY_MISMATCH) unless every code is the same. */
export function assertSameCurrency(currencies: readonly string[]): void {
  const distinct = [...new Set(currencies)];
  if (distinct.length > 1) throw new CampaignCurrencyMismatchError(distinct.sort());
}

export interface ComparisonMetricDefinition {
  metric: string;
  direction: MetricDirection;
  pick: (m: CampaignMetrics) => number | null;
}

/**
 * Directions. Output volume (creators, deliverables, posts, reach, impressions, views, interactions)
 * counts as higher-is-better because its costs have their own rows: spend, overheadHours and
 * coordinationRisk are lower-is-better, as are the unit costs CPE, CPM and CPV. Rates, EMV, ROI and
 * authenticity are higher-is-better.
 */
export const COMPARISON_METRICS: readonly ComparisonMetricDefinition[] = [
  { metric: 'spend', direction: 'LOWER_IS_BETTER', pick: (m) => m.spendMinor },
  { metric: 'creators', direction: 'HIGHER_IS_BETTER', pick: (m) => m.creators },
  { metric: 'deliverables', direction: 'HIGHER_IS_BETTER', pick: (m) => m.deliverables },
  { metric: 'posts', direction: 'HIGHER_IS_BETTER', pick: (m) => m.posts },
  { metric: 'reachPotential', direction: 'HIGHER_IS_BETTER', pick: (m) => m.reachPotential },
  { metric: 'authenticReach', direction: 'HIGHER_IS_BETTER', pick: (m) => m.authenticReach },
  { metric: 'impressions', direction: 'HIGHER_IS_BETTER', pick: (m) => m.impressions },
  { metric: 'views', direction: 'HIGHER_IS_BETTER', pick: (m) => m.views },
  { metric: 'interactions', direction: 'HIGHER_IS_BETTER', pick: (m) => m.interactions },
  { metric: 'engagementRate', direction: 'HIGHER_IS_BETTER', pick: (m) => m.engagementRate },
  { metric: 'cpe', direction: 'LOWER_IS_BETTER', pick: (m) => m.cpe },
  { metric: 'cpm', direction: 'LOWER_IS_BETTER', pick: (m) => m.cpm },
  { metric: 'cpv', direction: 'LOWER_IS_BETTER', pick: (m) => m.cpv },
  { metric: 'emv', direction: 'HIGHER_IS_BETTER', pick: (m) => m.emv },
  { metric: 'roi', direction: 'HIGHER_IS_BETTER', pick: (m) => m.roi },
  { metric: 'overheadHours', direction: 'LOWER_IS_BETTER', pick: (m) => m.overheadHours },
  { metric: 'coordinationRisk', direction: 'LOWER_IS_BETTER', pick: (m) => m.coordinationRisk },
  { metric: 'averageAuthenticity', direction: 'HIGHER_IS_BETTER', pick: (m) => m.averageAuthenticity },
];

/**
 * Equal up to float noise: the same ratio reached through different sums (e.g. means of rates) must
 * still tie.
 */
function same(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Ids whose value is best in `direction`, ties included; null values never win. */
function bestIds<T extends { id: string; value: number | null }>(
  entries: readonly T[],
  direction: MetricDirection,
): T[] {
  let best: number | null = null;
  for (const e of entries) {
    if (e.value === null) continue;
    if (best === null || (direction === 'HIGHER_IS_BETTER' ? e.value > best : e.value < best)) best = e.value;
  }
  if (best === null) return [];
  const target = best;
  return entries.filter((e) => e.value !== null && same(e.value, target));
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(6).replace(/\.?0+$/, '');
}

function describe(campaigns: readonly ComparedCampaign[], ids: readonly string[]): string {
  return ids.map((id) => campaigns.find((c) => c.id === id)?.name ?? id).join(', ');
}

/** Lowest (or highest) primary metric, then the higher tie-breaker among the tied. */
function rankedVerdict(
  goal: ComparisonGoal,
  campaigns: readonly ComparedCampaign[],
  primary: { label: string; direction: MetricDirection; pick: (m: CampaignMetrics) => number | null },
  tieBreak: { label: string; pick: (m: CampaignMetrics) => number | null },
  whenNone: string,
): ComparisonVerdict {
  const entries = campaigns.map((c) => ({ id: c.id, value: primary.pick(c.metrics), metrics: c.metrics }));
  const leaders = bestIds(entries, primary.direction);
  const first = leaders[0];
  if (!first) return { goal, winners: [], reason: whenNone };
  const adjective = primary.direction === 'LOWER_IS_BETTER' ? 'lowest' : 'highest';
  const primaryText = `${adjective} ${primary.label} (${formatNumber(first.value as number)})`;
  if (leaders.length === 1) {
    return { goal, winners: [first.id], reason: `${describe(campaigns, [first.id])} has the ${primaryText}` };
  }
  const tied = leaders.map((l) => ({ id: l.id, value: tieBreak.pick(l.metrics) }));
  const winners = bestIds(tied, 'HIGHER_IS_BETTER');
  if (winners.length === 0) {
    const ids = tied.map((t) => t.id);
    return { goal, winners: ids, reason: `${describe(campaigns, ids)} tie on the ${primaryText}` };
  }
  const ids = winners.map((w) => w.id);
  const tieText = `${tieBreak.label} (${formatNumber(winners[0]?.value as number)})`;
  const tiedNames = describe(
    campaigns,
    tied.map((t) => t.id),
  );
  return {
    goal,
    winners: ids,
    reason:
      ids.length === 1
        ? `${tiedNames} tie on the ${primaryText}; ${describe(campaigns, ids)} has the larger ${tieText}`
        : `${tiedNames} tie on the ${primaryText}; ${describe(campaigns, ids)} also tie on ${tieText}`,
  };
}

function verdictFor(goal: ComparisonGoal, campaigns: readonly ComparedCampaign[]): ComparisonVerdict {
  switch (goal) {
    case 'AWARENESS':
      return rankedVerdict(
        goal,
        campaigns,
        { label: 'CPM', direction: 'LOWER_IS_BETTER', pick: (m) => m.cpm },
        { label: 'authentic reach', pick: (m) => m.authenticReach },
        'No campaign has a CPM (no impressions)',
      );
    case 'ENGAGEMENT':
      return rankedVerdict(
        goal,
        campaigns,
        { label: 'CPE', direction: 'LOWER_IS_BETTER', pick: (m) => m.cpe },
        { label: 'interactions', pick: (m) => m.interactions },
        'No campaign has a CPE (no interactions)',
      );
    case 'CONVERSION': {
      const withRevenue = campaigns.some((c) => c.metrics.revenueMinor !== null);
      // ROI has no tie-breaker in the spec, so tied campaigns all win.
      return rankedVerdict(
        goal,
        campaigns,
        { label: 'ROI', direction: 'HIGHER_IS_BETTER', pick: (m) => m.roi },
        { label: 'ROI', pick: () => null },
        withRevenue
          ? 'No campaign has an ROI (revenue recorded only where spend is 0)'
          : 'No campaign has recorded revenue, so ROI is undefined',
      );
    }
  }
}

export function compareCampaigns(campaigns: readonly ComparedCampaign[], goal?: ComparisonGoal): CampaignComparison {
  if (campaigns.length < MIN_COMPARED_CAMPAIGNS || campaigns.length > MAX_COMPARED_CAMPAIGNS) {
    throw new ComparisonInputError(
      `Compare between ${MIN_COMPARED_CAMPAIGNS} and ${MAX_COMPARED_CAMPAIGNS} campaigns (got ${campaigns.length})`,
    );
  }
  const ids = new Set(campaigns.map((c) => c.id));
  if (ids.size !== campaigns.length) throw new ComparisonInputError('Each campaign may be compared only once');
  // Spend and unit costs are money: a cross-currency comparison would be meaningless.
  assertSameCurrency(campaigns.map((c) => c.metrics.currency));

  const rows = COMPARISON_METRICS.map(({ metric, direction, pick }) => {
    const values = campaigns.map((c) => ({ campaignId: c.id, value: pick(c.metrics) }));
    const best = bestIds(
      values.map((v) => ({ id: v.campaignId, value: v.value })),
      direction,
    ).map((e) => e.id);
    return { metric, direction, values, best };
  });
  const goals = goal ? [goal] : COMPARISON_GOALS;
  return { rows, verdicts: goals.map((g) => verdictFor(g, campaigns)) };
}
