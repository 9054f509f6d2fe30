import { DomainError, ValidationError } from '../errors.js';
import type { CampaignMetrics } from './metrics.js';

/**
 * compareCampaigns (docs/metrics.md#comparing-campaigns): one row per numeric metric with the best
 * campaign(s), and a verdict per goal. Pure; the caller loads and computes the metrics.
 */

export type ComparisonGoal = 'AWARENESS' | 'ENGAGEMENT' | 'CONVERSION';
/** NEUTRAL: a quantity with no better side (more creators is more reach and more coordination). */
export type MetricDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';

export const COMPARISON_GOALS: readonly ComparisonGoal[] = ['AWARENESS', 'ENGAGEMENT', 'CONVERSION'];
export const MIN_COMPARED_CAMPAIGNS = 2;
export const MAX_COMPARED_CAMPAIGNS = 10;

/** A warning a campaign's metrics carry (e.g. OVER_BUDGET), as the campaign metrics state it. */
export interface CampaignWarning {
  code: string;
  message: string;
}

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
  /** Campaign ids with the best value; every tied id, none when all values are null or the row is NEUTRAL. */
  best: string[];
}

/** A warning about one compared campaign. */
export interface ComparisonWarning extends CampaignWarning {
  campaignId: string;
}

export interface ComparisonVerdict {
  goal: ComparisonGoal;
  winners: string[];
  reason: string;
}

export interface CampaignComparison {
  rows: ComparisonRow[];
  verdicts: ComparisonVerdict[];
  /** Per campaign, in input order: e.g. OVER_BUDGET when its spend exceeds its budget. */
  warnings: ComparisonWarning[];
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
 * Directions. Creators and deliverables are NEUTRAL: more of them buys reach but costs coordination, and
 * that cost has its own lower-is-better rows (overheadHours, coordinationRisk), so counting them as wins
 * would reward the very thing those rows warn about. Output (posts, reach, impressions, views,
 * interactions), rates, EMV, ROI and authenticity are higher-is-better; spend and the unit costs CPE, CPM
 * and CPV are lower-is-better.
 */
export const COMPARISON_METRICS: readonly ComparisonMetricDefinition[] = [
  { metric: 'spend', direction: 'LOWER_IS_BETTER', pick: (m) => m.spendMinor },
  { metric: 'creators', direction: 'NEUTRAL', pick: (m) => m.creators },
  { metric: 'deliverables', direction: 'NEUTRAL', pick: (m) => m.deliverables },
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

/** Ids whose value is best in `direction`, ties included; null values never win, nothing wins a NEUTRAL row. */
function bestIds<T extends { id: string; value: number | null }>(
  entries: readonly T[],
  direction: MetricDirection,
): T[] {
  if (direction === 'NEUTRAL') return [];
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

/** Digits after the decimal point of a currency's minor unit (2 for USD, 0 for JPY, 3 for KWD). */
export function currencyMinorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * An amount in minor units (not necessarily whole: a CPE of 0.37 cents) as major units with the code,
 * e.g. 4666.54 USD minor → "46.67 USD". The currency's minor digits, or two significant digits where that
 * shows more (a CPE of 0.42 cents reads "0.0042 USD", not "0.00 USD").
 */
export function formatMinorAmount(amountMinor: number, currency: string): string {
  const digits = currencyMinorDigits(currency);
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    maximumSignificantDigits: 2,
    roundingPriority: 'morePrecision',
  }).format(amountMinor / 10 ** digits);
  return `${text} ${currency}`;
}

function describe(campaigns: readonly ComparedCampaign[], ids: readonly string[]): string {
  return ids.map((id) => campaigns.find((c) => c.id === id)?.name ?? id).join(', ');
}

/** Lowest (or highest) primary metric, then the higher tie-breaker among the tied. */
function rankedVerdict(
  goal: ComparisonGoal,
  campaigns: readonly ComparedCampaign[],
  primary: {
    label: string;
    direction: MetricDirection;
    pick: (m: CampaignMetrics) => number | null;
    format: (value: number) => string;
  },
  tieBreak: { label: string; pick: (m: CampaignMetrics) => number | null },
  whenNone: string,
): ComparisonVerdict {
  const entries = campaigns.map((c) => ({ id: c.id, value: primary.pick(c.metrics), metrics: c.metrics }));
  const leaders = bestIds(entries, primary.direction);
  const first = leaders[0];
  if (!first) return { goal, winners: [], reason: whenNone };
  const adjective = primary.direction === 'LOWER_IS_BETTER' ? 'lowest' : 'highest';
  const primaryText = `${adjective} ${primary.label}: ${primary.format(first.value as number)}`;
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
  // Every campaign shares one currency (checked before).
  const currency = campaigns[0]?.metrics.currency ?? 'USD';
  const money = (value: number) => formatMinorAmount(value, currency);
  switch (goal) {
    case 'AWARENESS':
      return rankedVerdict(
        goal,
        campaigns,
        { label: 'CPM', direction: 'LOWER_IS_BETTER', pick: (m) => m.cpm, format: money },
        { label: 'authentic reach', pick: (m) => m.authenticReach },
        'No campaign has a CPM (no impressions)',
      );
    case 'ENGAGEMENT':
      return rankedVerdict(
        goal,
        campaigns,
        { label: 'CPE', direction: 'LOWER_IS_BETTER', pick: (m) => m.cpe, format: money },
        { label: 'interactions', pick: (m) => m.interactions },
        'No campaign has a CPE (no interactions)',
      );
    case 'CONVERSION': {
      const withRevenue = campaigns.some((c) => c.metrics.revenueMinor !== null);
      // ROI has no tie-breaker in the spec, so tied campaigns all win.
      return rankedVerdict(
        goal,
        campaigns,
        { label: 'ROI', direction: 'HIGHER_IS_BETTER', pick: (m) => m.roi, format: formatNumber },
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
  return {
    rows,
    verdicts: goals.map((g) => verdictFor(g, campaigns)),
    warnings: campaigns.flatMap((c) => warningsOf(c).map((w) => ({ campaignId: c.id, ...w }))),
  };
}

/** A campaign's warnings as its metrics state them (OVER_BUDGET when spend exceeds the budget). */
export function warningsOf(campaign: ComparedCampaign): CampaignWarning[] {
  return [...campaign.metrics.warnings];
}
