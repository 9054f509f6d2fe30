import type { EntityManager } from '../db/orm.js';
import { PLATFORMS } from '../enums.js';
import { type FieldIssue, NotFoundError, ValidationError } from '../errors.js';
import type { MetricsConfig, MetricWindow, Platform, PostKind } from '../metrics/config.js';
import {
  type FeeSource,
  isKnownCurrency,
  type Money,
  postImpressions,
  type ResolvedFee,
  resolveFee,
} from '../metrics/costs.js';
import { type PostMetricsInput, postInteractions } from '../metrics/engagement.js';
import type { MetricsService } from '../metrics/service.js';
import { classifyTier, TIERS, type Tier, tierRange } from '../metrics/tiers.js';
import { rowDate, rowNumber } from '../shared/rows.js';
import {
  assertSameCurrency,
  type CampaignComparison,
  type ComparisonGoal,
  ComparisonInputError,
  compareCampaigns,
  MAX_COMPARED_CAMPAIGNS,
  MIN_COMPARED_CAMPAIGNS,
} from './compare.js';
import {
  type CampaignMemberInput,
  type CampaignMetrics,
  type CampaignMetricsInput,
  type CampaignPostInput,
  computeCampaignMetrics,
} from './metrics.js';
import {
  type CampaignPlan,
  type PlanInput,
  type PlannerCandidate,
  type PlannerGoal,
  PlannerInputError,
  planCampaign,
} from './planner.js';
import { AmountCurrencyMismatchError, DELIVERABLES_MAX } from './service.js';
import { compareTiersStats, type TierStats, type TierStatsAccount } from './tiers.js';

/**
 * Campaign decisions (docs/metrics.md, "Money", "Campaign metrics", "Planner"): gathers the
 * inputs of the pure functions — computeCampaignMetrics, compareCampaigns, compareTiersStats,
 * planCampaign — in SQL and calls them. It never computes a number itself.
 *
 * Statements (lists of ids are chunked at ID_CHUNK per statement; counts below are per chunk):
 * - metricsFor(N campaigns): 3 statements of its own — the campaigns, their members joined with their
 *   accounts, and their linked posts (posted at or before asOf) each with its followers at post time
 *   computed by two correlated sub-queries on follower_snapshots' (account_id, captured_at) index — then
 *   MetricsService.authenticityFor(the members' accounts): own rows ≤ 3 and, for peer groups missing from
 *   the MetricsCache, ≤ 4. At most 10 statements cold and 6 warm, whatever N (≤ 1,000). Posts that are not
 *   linked to a campaign are never read, and snapshots only as the one value per linked post.
 * - compare(ids): metricsFor (its campaign read doubles as the owner check).
 * - compareTiers(platform, niche): the platform's accounts (1), then engagementFor and authenticityFor on
 *   all of them, which share own-row loads when the window is the default one (accounts, windowed posts,
 *   snapshots: 3 per 1,000 accounts; +1 per 1,000 for another window) and one peer-group load (≤ 4) for the
 *   platform's tiers when cold. The rows read are the platform's posts in the window and its snapshots: the
 *   work is linear in the platform's posts, which is what a per-tier median over every account needs.
 * - plan(input): candidates (1) and their creators' niches (1), both filtered in SQL by platform, niches
 *   and tiers (the tiers plus MICRO and MACRO, for the side-by-side plans), then authenticityFor and — for
 *   ENGAGEMENT — reliableFor, which share own-row loads (3 per 1,000 candidates) and one peer-group load.
 *   With warm peer groups a plan over 2,000 candidates answers in well under a second (bench/decisions.bench.ts).
 */

/** Ids per `in (…)` list: far below the parameter limits of SQLite and PostgreSQL. */
export const ID_CHUNK = 1000;

/** The kind the rate card prices when no post kind is known (a deliverable or a candidate): a photo post. */
export const RATE_CARD_KIND: PostKind = 'PHOTO';

export type MemberFeeSource = FeeSource | 'UNPRICED';

/** How one member's fee per deliverable was found. */
export interface MemberFee {
  accountId: number;
  deliverables: number;
  /** Per deliverable, in the campaign's currency; null when it could not be priced in that currency (counted 0). */
  fee: Money | null;
  source: MemberFeeSource;
  /** True for a rate-card estimate and for an unpriced member. */
  estimated: boolean;
  method: string;
}

export interface CampaignMetricsAnswer extends CampaignMetrics {
  campaignId: number;
  /** The instant authenticity was evaluated at; linked posts after it do not count. */
  asOf: Date;
  /** One per member, in the order members were added. */
  memberFees: MemberFee[];
  /**
   * Members with neither an agreed fee nor a quoted rate in the campaign's currency, when the rate card is
   * in another currency: their fee counts 0 (the spend is then a lower bound and marked estimated).
   */
  unpricedMembers: number;
}

export interface CompareAnswer {
  /** The campaign ids, in the order asked. */
  ids: number[];
  currency: string;
  comparison: CampaignComparison;
  metrics: Map<number, CampaignMetricsAnswer>;
}

export interface CompareTiersArgs {
  platform: Platform;
  niche?: string | null;
  /** Default: config.defaultWindow. Authenticity always uses the default window (the spec's definition). */
  window?: MetricWindow | null;
  asOf?: Date | null;
}

export interface TierComparisonAnswer {
  platform: Platform;
  /** Normalized (trimmed, lower case); null for every niche. */
  niche: string | null;
  window: MetricWindow;
  asOf: Date;
  /** Currency of the fees and CPEs: quoted rates in it are used, other accounts get the rate card. */
  feeCurrency: string;
  /** The five tiers in scheme order. */
  tiers: TierStats[];
}

export interface PlanRequest {
  budget: Money;
  goal: PlannerGoal;
  platform: Platform;
  /** Any of; empty or absent means every niche. */
  niches?: readonly string[] | null;
  /** Empty or absent means every tier. */
  tiers?: readonly Tier[] | null;
  minAuthenticity?: number | null;
  maxCreators?: number | null;
  postsPerCreator?: number | null;
  /** Cost of one overhead hour, in the budget's currency. */
  hourlyOverhead?: Money | null;
  asOf?: Date | null;
}

/** What the planner knew about one candidate. */
export interface PlanCandidateDetail {
  accountId: number;
  tier: Tier;
  followers: number;
  authenticFollowers: number;
  authenticityScore: number;
  reliableRate: number | null;
  /** Per post, in the budget's currency. */
  feeMinor: number;
  feeSource: FeeSource;
  feeEstimated: boolean;
}

export interface PlanAnswer extends CampaignPlan {
  currency: string;
  asOf: Date;
  /** Accounts on the platform (and niches, tiers) before the planner's own filters. */
  accountsConsidered: number;
  /** Accounts left out because no fee exists in the budget's currency (no quoted rate in it, rate card in another). */
  unpriced: number;
  /** Every candidate handed to the planner, by account id (the selections of all three plans are among them). */
  candidates: Map<number, PlanCandidateDetail>;
}

// ---------------------------------------------------------------------------------------------------
// Rows

interface CampaignRow {
  id: number;
  organizationId: number;
  name: string;
  currency: string;
  revenueMinor: number | null;
  conversions: number | null;
}

interface MemberRow {
  campaignId: number;
  accountId: number;
  feeMinor: number | null;
  deliverables: number;
  followers: number;
  ratePerPostMinor: number | null;
  rateCurrency: string | null;
}

interface LinkedPostRow {
  campaignId: number;
  accountId: number;
  post: PostMetricsInput;
  followersAtPost: number;
}

interface AccountRow {
  id: number;
  creatorId: number;
  followers: number;
  ratePerPostMinor: number | null;
  rateCurrency: string | null;
}

function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function normalizeNiche(niche: string): string {
  return niche.trim().toLowerCase();
}

/** Planner field names → the API's input fields, so validation issues name what the caller sent. */
const PLAN_FIELDS: Record<string, string> = {
  budgetMinor: 'input.budget.amountMinor',
  goal: 'input.goal',
  minAuthenticity: 'input.minAuthenticity',
  maxCreators: 'input.maxCreators',
  postsPerCreator: 'input.postsPerCreator',
  hourlyOverheadMinor: 'input.hourlyOverhead.amountMinor',
};

/** Largest maxCreators accepted: a roster beyond it is not a plan anyone coordinates. */
export const PLAN_MAX_CREATORS = 1000;

// ---------------------------------------------------------------------------------------------------

/**
 * Decisions for one organization: campaign metrics and comparisons read only its campaigns (compare says
 * NOT_FOUND alike for unknown ids and another organization's); compareTiers and plan read the
 * shared catalog. Construct it per request with the request's EntityManager and MetricsService.
 */
export class CampaignDecisionService {
  readonly config: MetricsConfig;
  private readonly rateCard = new Map<Tier, ResolvedFee>();

  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: number,
    private readonly metrics: MetricsService,
    config?: MetricsConfig,
  ) {
    this.config = config ?? metrics.config;
  }

  private sql<T = Record<string, unknown>>(query: string, params: unknown[]): Promise<T[]> {
    return this.em.execute<T[]>(query, params, 'all');
  }

  private date(value: Date): unknown {
    return this.em.getPlatform().processDateProperty(value);
  }

  // ---- Campaign metrics ---------------------------------------------------------------------------

  private async campaignRows(ids: readonly number[]): Promise<CampaignRow[]> {
    const out: CampaignRow[] = [];
    for (const part of chunks([...new Set(ids)])) {
      const rows = await this.sql(
        `select c.id, c.organization_id, c.name, c.currency, c.revenue_minor, c.conversions from campaigns c where c.id in (${marks(part.length)})`,
        part,
      );
      for (const r of rows) {
        out.push({
          id: Number(r.id),
          organizationId: Number(r.organization_id),
          name: String(r.name),
          currency: String(r.currency),
          revenueMinor: rowNumber(r.revenue_minor),
          conversions: rowNumber(r.conversions),
        });
      }
    }
    return out;
  }

  private async memberRows(campaignIds: readonly number[]): Promise<MemberRow[]> {
    const out: MemberRow[] = [];
    for (const part of chunks(campaignIds)) {
      const rows = await this.sql(
        `select m.campaign_id, m.account_id, m.fee_minor, m.deliverables, a.followers, a.rate_per_post_minor, a.rate_currency
         from campaign_members m join accounts a on a.id = m.account_id
         where m.campaign_id in (${marks(part.length)}) order by m.campaign_id, m.id`,
        part,
      );
      for (const r of rows) {
        out.push({
          campaignId: Number(r.campaign_id),
          accountId: Number(r.account_id),
          feeMinor: rowNumber(r.fee_minor),
          deliverables: Number(r.deliverables),
          followers: Number(r.followers),
          ratePerPostMinor: rowNumber(r.rate_per_post_minor),
          rateCurrency: r.rate_currency === null || r.rate_currency === undefined ? null : String(r.rate_currency),
        });
      }
    }
    return out;
  }

  /**
   * Linked posts at or before asOf with their followers at post time: the latest snapshot at or before the
   * post, else the account's earliest snapshot (then necessarily after it), else its current followers.
   */
  private async linkedPostRows(campaignIds: readonly number[], asOf: Date): Promise<LinkedPostRow[]> {
    const out: LinkedPostRow[] = [];
    for (const part of chunks(campaignIds)) {
      const rows = await this.sql(
        `select cp.campaign_id, p.account_id, p.posted_at, p.kind, p.sponsored, p.likes, p.comments, p.shares, p.saves,
           p.views, p.reach, p.impressions,
           coalesce(
             (select s.followers from follower_snapshots s
               where s.account_id = p.account_id and s.captured_at <= p.posted_at
               order by s.captured_at desc limit 1),
             (select s.followers from follower_snapshots s
               where s.account_id = p.account_id order by s.captured_at asc limit 1),
             a.followers) as followers_at_post
         from campaign_posts cp
         join posts p on p.id = cp.post_id
         join accounts a on a.id = p.account_id
         where cp.campaign_id in (${marks(part.length)}) and p.posted_at <= ?
         order by cp.campaign_id, cp.id`,
        [...part, this.date(asOf)],
      );
      for (const r of rows) {
        out.push({
          campaignId: Number(r.campaign_id),
          accountId: Number(r.account_id),
          post: {
            postedAt: rowDate(r.posted_at),
            kind: r.kind as PostKind,
            sponsored: Boolean(r.sponsored),
            likes: rowNumber(r.likes),
            comments: rowNumber(r.comments),
            shares: rowNumber(r.shares),
            saves: rowNumber(r.saves),
            views: rowNumber(r.views),
            reach: rowNumber(r.reach),
            impressions: rowNumber(r.impressions),
          },
          followersAtPost: Number(r.followers_at_post),
        });
      }
    }
    return out;
  }

  /**
   * The inputs of computeCampaignMetrics for each of this organization's campaigns among `campaignIds`
   * (others are absent), with how each member's fee was found.
   */
  async inputsFor(
    campaignIds: readonly number[],
    asOf?: Date | null,
  ): Promise<Map<number, { input: CampaignMetricsInput; memberFees: MemberFee[]; asOf: Date }>> {
    return this.inputsOf(await this.campaignRows(campaignIds), asOf);
  }

  private async inputsOf(
    rows: readonly CampaignRow[],
    asOf?: Date | null,
  ): Promise<Map<number, { input: CampaignMetricsInput; memberFees: MemberFee[]; asOf: Date }>> {
    const at = asOf ?? this.metrics.now;
    const campaigns = rows.filter((c) => c.organizationId === this.organizationId);
    const out = new Map<number, { input: CampaignMetricsInput; memberFees: MemberFee[]; asOf: Date }>();
    if (campaigns.length === 0) return out;
    const ids = campaigns.map((c) => c.id);
    const [members, posts] = await Promise.all([this.memberRows(ids), this.linkedPostRows(ids, at)]);
    const authenticity = await this.metrics.authenticityFor([...new Set(members.map((m) => m.accountId))], at);

    const { costs, defaultMethod } = this.config;
    for (const campaign of campaigns) {
      const memberInputs: CampaignMemberInput[] = [];
      const memberFees: MemberFee[] = [];
      for (const m of members) {
        if (m.campaignId !== campaign.id) continue;
        const tier = classifyTier(m.followers, this.config.tierScheme);
        const quoted =
          m.ratePerPostMinor !== null && m.rateCurrency === campaign.currency
            ? { amountMinor: m.ratePerPostMinor, currency: m.rateCurrency }
            : null;
        const memberFee = m.feeMinor !== null ? { amountMinor: m.feeMinor, currency: campaign.currency } : null;
        const resolved = resolveFee({ memberFee, quotedRate: quoted, tier, kind: RATE_CARD_KIND }, costs);
        // A rate-card estimate in another currency cannot be spent from this campaign: the member is unpriced.
        const priced = resolved.fee.currency === campaign.currency;
        memberFees.push({
          accountId: m.accountId,
          deliverables: m.deliverables,
          fee: priced ? resolved.fee : null,
          source: priced ? resolved.source : 'UNPRICED',
          estimated: priced ? resolved.estimated : true,
          method: priced
            ? resolved.method
            : `no agreed fee or quoted rate in ${campaign.currency}, and the rate card is in ${resolved.fee.currency}: counted 0`,
        });
        const auth = authenticity.get(m.accountId);
        if (!auth) throw new Error(`authenticity of account ${m.accountId} missing`);
        memberInputs.push({
          accountId: String(m.accountId),
          tier,
          followers: m.followers,
          authenticFollowers: auth.authenticFollowers,
          authenticityScore: auth.score,
          feeMinor: priced ? resolved.fee.amountMinor : 0,
          feeEstimated: priced ? resolved.estimated : true,
          deliverables: m.deliverables,
        });
      }
      const postInputs: CampaignPostInput[] = [];
      for (const p of posts) {
        if (p.campaignId !== campaign.id) continue;
        const interactions = postInteractions(p.post, defaultMethod.interactions).total;
        const base = p.followersAtPost;
        const impressions = postImpressions(
          { impressions: p.post.impressions, followersAtPostTime: base },
          costs.reachFactor,
        );
        postInputs.push({
          accountId: String(p.accountId),
          interactions,
          rate: Number.isFinite(base) && base > 0 ? interactions / base : null,
          views: p.post.views,
          impressions: impressions.value,
          impressionsEstimated: impressions.estimated,
        });
      }
      out.set(campaign.id, {
        input: {
          currency: campaign.currency,
          members: memberInputs,
          posts: postInputs,
          revenueMinor: campaign.revenueMinor,
          conversions: campaign.conversions,
          emvCpmMinor: null,
        },
        memberFees,
        asOf: at,
      });
    }
    return out;
  }

  /**
   * Metrics of this organization's campaigns among `campaignIds` (others, and unknown ids, are absent).
   * asOf (default: the request time) is the instant authenticity is evaluated at; linked posts published
   * after it do not count. Members, fees and results are as stored now.
   */
  async metricsFor(campaignIds: readonly number[], asOf?: Date | null): Promise<Map<number, CampaignMetricsAnswer>> {
    return this.metricsOf(await this.campaignRows(campaignIds), asOf);
  }

  private async metricsOf(
    rows: readonly CampaignRow[],
    asOf?: Date | null,
  ): Promise<Map<number, CampaignMetricsAnswer>> {
    const out = new Map<number, CampaignMetricsAnswer>();
    for (const [id, { input, memberFees, asOf: at }] of await this.inputsOf(rows, asOf)) {
      out.set(id, {
        ...computeCampaignMetrics(input, this.config),
        campaignId: id,
        asOf: at,
        memberFees,
        unpricedMembers: memberFees.filter((f) => f.source === 'UNPRICED').length,
      });
    }
    return out;
  }

  /**
   * compareCampaigns over 2–10 of this organization's campaigns, in the order given. ValidationError
   * (field `ids`) for a count outside 2–10 or a repeated id; NotFoundError for the first id that is
   * unknown or another organization's (the two are indistinguishable); CampaignCurrencyMismatchError when the
   * campaigns' currencies differ.
   */
  async compare(ids: readonly number[], goal?: ComparisonGoal | null, asOf?: Date | null): Promise<CompareAnswer> {
    if (ids.length < MIN_COMPARED_CAMPAIGNS || ids.length > MAX_COMPARED_CAMPAIGNS) {
      throw new ComparisonInputError(
        `Compare between ${MIN_COMPARED_CAMPAIGNS} and ${MAX_COMPARED_CAMPAIGNS} campaigns (got ${ids.length})`,
      );
    }
    if (new Set(ids).size !== ids.length) throw new ComparisonInputError('Each campaign may be compared only once');
    const found = await this.campaignRows(ids);
    const rows = new Map(found.map((c) => [c.id, c]));
    const missing = ids.find((id) => rows.get(id)?.organizationId !== this.organizationId);
    if (missing !== undefined) throw new NotFoundError('Campaign', String(missing));
    assertSameCurrency(ids.map((id) => rows.get(id)?.currency as string));
    const metrics = await this.metricsOf(found, asOf);
    const comparison = compareCampaigns(
      // Verdict reasons name the campaigns as their owners do.
      ids.map((id) => ({
        id: String(id),
        name: rows.get(id)?.name as string,
        metrics: metrics.get(id) as CampaignMetrics,
      })),
      goal ?? undefined,
    );
    return { ids: [...ids], currency: rows.get(ids[0] as number)?.currency as string, comparison, metrics };
  }

  // ---- compareTiers -------------------------------------------------------------------------------

  /**
   * Per tier of the platform (optionally one niche): engagement under the default method and the given
   * window, fee per post (quoted rate when in the rate card's currency, else the rate-card estimate for a
   * photo post) and authenticity, through compareTiersStats.
   */
  async compareTiers(args: CompareTiersArgs): Promise<TierComparisonAnswer> {
    if (!PLATFORMS.includes(args.platform)) {
      throw new ValidationError([{ field: 'platform', message: `must be one of ${PLATFORMS.join(', ')}` }]);
    }
    const window = args.window ?? this.config.defaultWindow;
    const asOf = args.asOf ?? this.metrics.now;
    const niche = args.niche ? normalizeNiche(args.niche) || null : null;
    const params: unknown[] = [args.platform];
    let where = 'a.platform = ?';
    if (niche !== null) {
      where += ' and a.creator_id in (select n.creator_id from creator_niches n where n.niche = ?)';
      params.push(niche);
    }
    const accounts = await this.accountRows(where, params);
    const ids = accounts.map((a) => a.id);
    const [engagement, authenticity] = await Promise.all([
      this.metrics.engagementFor(ids, this.config.defaultMethod, window, args.asOf ?? null),
      this.metrics.authenticityFor(ids, args.asOf ?? null),
    ]);
    const currency = this.config.costs.rateCardCurrency;
    const rows: TierStatsAccount[] = accounts.map((a) => {
      const tier = classifyTier(a.followers, this.config.tierScheme);
      const e = engagement.get(a.id);
      return {
        tier,
        rate: e?.value ?? null,
        avgInteractionsPerPost: e?.avgInteractionsPerPost ?? null,
        feeMinor: this.feeIn(a, tier, currency)?.fee.amountMinor ?? null,
        authenticityScore: authenticity.get(a.id)?.score ?? null,
      };
    });
    return {
      platform: args.platform,
      niche,
      window,
      asOf,
      feeCurrency: currency,
      tiers: compareTiersStats(rows, this.config),
    };
  }

  private async accountRows(where: string, params: unknown[]): Promise<AccountRow[]> {
    const rows = await this.sql(
      `select a.id, a.creator_id, a.followers, a.rate_per_post_minor, a.rate_currency from accounts a where ${where} order by a.id`,
      params,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      creatorId: Number(r.creator_id),
      followers: Number(r.followers),
      ratePerPostMinor: rowNumber(r.rate_per_post_minor),
      rateCurrency: r.rate_currency === null || r.rate_currency === undefined ? null : String(r.rate_currency),
    }));
  }

  /** Fee per post in `currency`: the quoted rate when in it, else the rate-card estimate when that is in it, else null. */
  private feeIn(account: AccountRow, tier: Tier, currency: string): ResolvedFee | null {
    if (account.ratePerPostMinor !== null && account.rateCurrency === currency) {
      const quotedRate = { amountMinor: account.ratePerPostMinor, currency };
      return resolveFee({ quotedRate, tier, kind: RATE_CARD_KIND }, this.config.costs);
    }
    // The estimate depends on the tier only (its method text formats money, which is slow): once per tier.
    let estimate = this.rateCard.get(tier);
    if (!estimate) {
      estimate = resolveFee({ quotedRate: null, tier, kind: RATE_CARD_KIND }, this.config.costs);
      this.rateCard.set(tier, estimate);
    }
    return estimate.fee.currency === currency ? estimate : null;
  }

  // ---- plan ---------------------------------------------------------------------------------------

  /** Checks the request before any statement runs; issues name the API's input fields. */
  private validatePlan(request: PlanRequest): PlanInput {
    const issues: FieldIssue[] = [];
    const budget = request.budget;
    if (!Number.isSafeInteger(budget?.amountMinor) || budget.amountMinor < 0) {
      issues.push({ field: 'input.budget.amountMinor', message: 'must be a whole number of minor units, 0 or more' });
    }
    if (typeof budget?.currency !== 'string' || !isKnownCurrency(budget.currency)) {
      issues.push({ field: 'input.budget.currency', message: 'must be a known ISO 4217 currency code, e.g. USD' });
    }
    if (!PLATFORMS.includes(request.platform)) {
      issues.push({ field: 'input.platform', message: `must be one of ${PLATFORMS.join(', ')}` });
    }
    (request.tiers ?? []).forEach((tier, i) => {
      if (!TIERS.includes(tier))
        issues.push({ field: `input.tiers.${i}`, message: `must be one of ${TIERS.join(', ')}` });
    });
    (request.niches ?? []).forEach((niche, i) => {
      if (typeof niche !== 'string' || normalizeNiche(niche) === '') {
        issues.push({ field: `input.niches.${i}`, message: 'must be a non-empty niche name' });
      }
    });
    if (request.maxCreators != null && request.maxCreators > PLAN_MAX_CREATORS) {
      issues.push({ field: 'input.maxCreators', message: `must be at most ${PLAN_MAX_CREATORS}` });
    }
    if (request.postsPerCreator != null && request.postsPerCreator > DELIVERABLES_MAX) {
      issues.push({ field: 'input.postsPerCreator', message: `must be at most ${DELIVERABLES_MAX}` });
    }
    const hourly = request.hourlyOverhead ?? null;
    if (hourly) {
      if (!Number.isSafeInteger(hourly.amountMinor) || hourly.amountMinor < 0) {
        issues.push({
          field: 'input.hourlyOverhead.amountMinor',
          message: 'must be a whole number of minor units, 0 or more',
        });
      }
      if (typeof hourly.currency !== 'string' || !isKnownCurrency(hourly.currency)) {
        issues.push({
          field: 'input.hourlyOverhead.currency',
          message: 'must be a known ISO 4217 currency code, e.g. USD',
        });
      }
    }
    if (issues.length) throw new ValidationError(issues);
    if (hourly && hourly.currency !== budget.currency) {
      throw new AmountCurrencyMismatchError('input.hourlyOverhead', budget.currency, hourly.currency);
    }
    const input: PlanInput = {
      budgetMinor: budget.amountMinor,
      goal: request.goal,
      platform: request.platform,
      niches: request.niches ? [...request.niches] : undefined,
      tiers: request.tiers ? [...request.tiers] : undefined,
      ...(request.minAuthenticity != null ? { minAuthenticity: request.minAuthenticity } : {}),
      ...(request.maxCreators != null ? { maxCreators: request.maxCreators } : {}),
      ...(request.postsPerCreator != null ? { postsPerCreator: request.postsPerCreator } : {}),
      hourlyOverheadMinor: hourly?.amountMinor ?? null,
    };
    try {
      // The planner's own rules, on no candidates: cheap, and before any SQL.
      planCampaign([], input, this.config);
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

  /**
   * planCampaign over the platform's accounts (niches any-of, allowed tiers) with their authenticity,
   * reliable rate (ENGAGEMENT; default method and window) and fee per post in the budget's currency: the
   * quoted rate when in it, else the rate-card estimate for a photo post when the rate card is in it; accounts
   * with neither are left out and counted in `unpriced`. ValidationError for bad input,
   * CampaignCurrencyMismatchError when the hourly overhead is not in the budget's currency.
   */
  async plan(request: PlanRequest): Promise<PlanAnswer> {
    const input = this.validatePlan(request);
    const currency = request.budget.currency;
    const asOf = request.asOf ?? this.metrics.now;

    const params: unknown[] = [request.platform];
    let where = 'a.platform = ?';
    const niches = [...new Set((request.niches ?? []).map(normalizeNiche))];
    if (niches.length) {
      where += ` and a.creator_id in (select n.creator_id from creator_niches n where n.niche in (${marks(niches.length)}))`;
      params.push(...niches);
    }
    if (request.tiers?.length) {
      // The side-by-side all-MICRO and all-MACRO plans need those tiers whatever the main plan allows.
      const tiers = TIERS.filter((t) => request.tiers?.includes(t) || t === 'MICRO' || t === 'MACRO');
      const ranges = tiers.map((t) => tierRange(t, this.config.tierScheme));
      where += ` and (${ranges.map((r) => (r.max === null ? '(a.followers >= ?)' : '(a.followers >= ? and a.followers < ?)')).join(' or ')})`;
      for (const r of ranges) params.push(...(r.max === null ? [r.min] : [r.min, r.max]));
    }
    const [accounts, nicheRows] = await Promise.all([
      this.accountRows(where, params),
      this.sql(
        `select n.creator_id, n.niche from creator_niches n where n.creator_id in (select a.creator_id from accounts a where ${where}) order by n.id`,
        params,
      ),
    ]);
    const nichesOf = new Map<number, string[]>();
    for (const r of nicheRows) {
      const id = Number(r.creator_id);
      nichesOf.set(id, [...(nichesOf.get(id) ?? []), String(r.niche)]);
    }

    const priced: { account: AccountRow; tier: Tier; fee: ResolvedFee }[] = [];
    for (const account of accounts) {
      const tier = classifyTier(account.followers, this.config.tierScheme);
      const fee = this.feeIn(account, tier, currency);
      if (fee) priced.push({ account, tier, fee });
    }
    const ids = priced.map((p) => p.account.id);
    const { defaultMethod, defaultWindow } = this.config;
    const [authenticity, reliable] = await Promise.all([
      this.metrics.authenticityFor(ids, request.asOf ?? null),
      input.goal === 'ENGAGEMENT'
        ? this.metrics.reliableFor(ids, defaultMethod, defaultWindow, request.asOf ?? null)
        : Promise.resolve(null),
    ]);

    const candidates: PlannerCandidate[] = [];
    const details = new Map<number, PlanCandidateDetail>();
    for (const { account, tier, fee } of priced) {
      const auth = authenticity.get(account.id);
      if (!auth) continue;
      const reliableRate = reliable?.get(account.id)?.value ?? null;
      candidates.push({
        accountId: String(account.id),
        tier,
        followers: account.followers,
        authenticFollowers: auth.authenticFollowers,
        authenticityScore: auth.score,
        reliableRate,
        feeMinor: fee.fee.amountMinor,
        niches: nichesOf.get(account.creatorId) ?? [],
        platform: request.platform,
      });
      details.set(account.id, {
        accountId: account.id,
        tier,
        followers: account.followers,
        authenticFollowers: auth.authenticFollowers,
        authenticityScore: auth.score,
        reliableRate,
        feeMinor: fee.fee.amountMinor,
        feeSource: fee.source,
        feeEstimated: fee.estimated,
      });
    }
    const plan = planCampaign(candidates, input, this.config);
    return {
      ...plan,
      currency,
      asOf,
      accountsConsidered: accounts.length,
      unpriced: accounts.length - priced.length,
      candidates: details,
    };
  }
}
