import type { EntityManager } from '../db/orm.js';
import { NotFoundError } from '../errors.js';
import type { MetricsConfig, MetricWindow, Platform, PostKind } from '../metrics/config.js';
import {
  type AccountPrice,
  accountPrice,
  type FeeSource,
  type FxConversion,
  type Money,
  NoExchangeRateError,
} from '../metrics/costs.js';
import { INTERACTION_COMPONENTS } from '../metrics/engagement.js';
import { sameWindow } from '../metrics/peers.js';
import type { MetricsService } from '../metrics/service.js';
import { classifyTier, TIERS, type Tier, tierRange } from '../metrics/tiers.js';
import { assertSameCurrency, type CampaignComparison, type ComparisonGoal, compareCampaigns } from './compare.js';
import {
  type CampaignMemberInput,
  type CampaignMetrics,
  type CampaignMetricsInput,
  computeCampaignMetrics,
} from './metrics.js';
import {
  type CampaignPlan,
  type PlanLimits,
  type PlannerCandidate,
  type PlannerGoal,
  planCampaign,
} from './planner.js';
import { type AccountSelection, type CampaignMemberRow, CampaignRepository, type CampaignRow } from './repository.js';
import { compareTiersStats, type TierStats, type TierStatsAccount } from './tiers.js';
import { normalizeCampaignNiche, planInputOf, validateCompareIds, validateCompareTiersArgs } from './validation.js';

/**
 * Campaign decisions (docs/metrics.md, "Money", "Campaign metrics", "Planner"): gathers the
 * inputs of the pure functions — computeCampaignMetrics, compareCampaigns, compareTiersStats,
 * planCampaign — through the repository (repository.ts) and calls them. It never computes a number itself.
 *
 * Statements (lists of ids are chunked at ID_CHUNK per statement; counts below are per chunk):
 * - metricsFor(N campaigns): 3 statements of its own — the campaigns, their members joined with their
 *   accounts, and the sums over their linked posts (posted at or before asOf) per campaign and account,
 *   computed in SQL with each post's followers at post time from two correlated sub-queries on
 *   follower_snapshots' (account_id, captured_at) index: one row per (campaign, account), never one per
 *   post — then the members' authenticity, concurrently with the sums. Live (asOf omitted):
 *   MetricsService.catalogMetricsFor, the members' account summaries (1, plus a recompute of expired ones)
 *   and the day's peer groups (2 when cold): 4 statements warm. At an explicit asOf: authenticityFor, own
 *   rows ≤ 3 and peer groups missing from the MetricsCache ≤ 4: 6 warm, ≤ 10 cold. Whatever N (≤ 1,000).
 * - compare(ids): metricsFor (its campaign read doubles as the owner check).
 * - compareTiers(platform, niche): the platform's accounts (1), then, live with the default window,
 *   MetricsService.catalogMetricsFor: their precomputed summaries (1 per 10,000 accounts, plus a recompute
 *   of expired ones) and the platform's peer groups (2 when cold); no post is read. With an explicit asOf or
 *   another window, engagementFor and authenticityFor read the platform's windowed posts and snapshots (3 per
 *   1,000 accounts, one peer-group load of ≤ 4): linear in the platform's posts.
 * - plan(input): candidates (1) and their creators' niches (1), both filtered in SQL by platform, niches
 *   and tiers (the tiers plus MICRO and MACRO, for the side-by-side plans), then live catalogMetricsFor
 *   (summaries and cached peer groups, as above), or at an explicit asOf authenticityFor and — for
 *   ENGAGEMENT — reliableFor, which share own-row loads (3 per 1,000 candidates) and one peer-group load.
 */

export type MemberFeeSource = FeeSource | 'UNPRICED';

/** How one member's fee per deliverable was found. */
export interface MemberFee {
  accountId: number;
  deliverables: number;
  /** What each deliverable is; quoted rates and estimates are × its multiplier. */
  kind: PostKind;
  /** Per deliverable, in the campaign's currency; null when no exchange rate converts into it (counted 0). */
  fee: Money | null;
  /** How the quoted rate or estimate was converted into the campaign's currency; null when it was in it. */
  conversion: FxConversion | null;
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
  /** Currency of the fees and CPEs: the price of a photo post converted into it (quoted rate, else the rate card). */
  feeCurrency: string;
  /** The five tiers in scheme order. */
  tiers: TierStats[];
}

/** The planner's filters and limits, null meaning absent as in GraphQL input. */
type NullablePlanLimits = { [K in keyof PlanLimits]?: PlanLimits[K] | null };

export interface PlanRequest extends NullablePlanLimits {
  budget: Money;
  goal: PlannerGoal;
  platform: Platform;
  /** What each bought post is (default PHOTO): fees are × its multiplier. */
  kind?: PostKind | null;
  /** Cost of one overhead hour, in the budget's currency. */
  hourlyOverhead?: Money | null;
  asOf?: Date | null;
}

/** What the planner knew about one candidate; `feeMinor` is in the budget's currency. */
export interface PlanCandidateDetail extends Omit<PlannerCandidate, 'accountId' | 'niches' | 'platform'> {
  accountId: number;
  feeSource: FeeSource;
  feeEstimated: boolean;
  /** The price rule in words (accountPrice). */
  feeMethod: string;
  /** How a quote or estimate in another currency was converted into the budget's; null when none was needed. */
  feeConversion: FxConversion | null;
}

export interface PlanAnswer extends CampaignPlan {
  currency: string;
  asOf: Date;
  /** Accounts on the platform (and niches, tiers) before the planner's own filters. */
  accountsConsidered: number;
  /** The kind of post priced (default PHOTO). */
  kind: PostKind;
  /** Posts in the window a candidate needed. */
  minPosts: number;
  /** The reach factor of the platform: AWARENESS values are authenticFollowers × it × posts. */
  reachFactor: number;
  /** Accounts left out because their price cannot be converted into the budget's currency (no exchange rate). */
  unpriced: number;
  /** Every candidate handed to the planner, by account id (the selections of all three plans are among them). */
  candidates: Map<number, PlanCandidateDetail>;
}

type CampaignInputs = Map<number, { input: CampaignMetricsInput; memberFees: MemberFee[]; asOf: Date }>;

/**
 * Decisions for one organization: campaign metrics and comparisons read only its campaigns (compare says
 * NOT_FOUND alike for unknown ids and another organization's); compareTiers and plan read the
 * shared catalog. Construct it per request with the request's EntityManager and MetricsService.
 */
export class CampaignDecisionService {
  readonly config: MetricsConfig;
  private readonly repository: CampaignRepository;

  constructor(
    em: EntityManager,
    private readonly organizationId: number,
    private readonly metrics: MetricsService,
    config?: MetricsConfig,
  ) {
    this.config = config ?? metrics.config;
    this.repository = new CampaignRepository(em, organizationId);
  }

  // ---- Campaign metrics ---------------------------------------------------------------------------

  /**
   * The inputs of computeCampaignMetrics for each of this organization's campaigns among `campaignIds`
   * (others are absent), with how each member's fee was found.
   */
  async inputsFor(campaignIds: readonly number[], asOf?: Date | null): Promise<CampaignInputs> {
    return this.inputsOf(await this.repository.campaignRows(campaignIds), asOf);
  }

  private async inputsOf(rows: readonly CampaignRow[], asOf?: Date | null): Promise<CampaignInputs> {
    const at = asOf ?? this.metrics.now;
    const campaigns = rows.filter((c) => c.organizationId === this.organizationId);
    const out: CampaignInputs = new Map();
    if (campaigns.length === 0) return out;
    const ids = campaigns.map((c) => c.id);
    const { costs, defaultMethod } = this.config;
    // The members' authenticity loads while the linked posts are summed: the two are independent.
    const membersWithAuthenticity = this.repository.memberRows(ids).then(async (members) => {
      const accountIds = [...new Set(members.map((m) => m.accountId))];
      const authenticity = new Map<number, { authenticFollowers: number; score: number }>();
      if (asOf) {
        for (const [id, a] of await this.metrics.authenticityFor(accountIds, asOf)) authenticity.set(id, a);
      } else {
        // Live: the precomputed account summaries and the day's cached peer groups, so no post is read.
        // The same numbers as authenticityFor at the request time.
        for (const [id, m] of await this.metrics.catalogMetricsFor(accountIds)) {
          authenticity.set(id, { authenticFollowers: m.authenticFollowers, score: m.authenticityScore });
        }
      }
      return { members, authenticity };
    });
    const [{ members, authenticity }, postTotals] = await Promise.all([
      membersWithAuthenticity,
      this.repository.linkedPostTotals(ids, at, {
        interactions: INTERACTION_COMPONENTS[defaultMethod.interactions],
        reachFactor: costs.reachFactor,
      }),
    ]);

    for (const campaign of campaigns) {
      const memberInputs: CampaignMemberInput[] = [];
      const memberFees: MemberFee[] = [];
      for (const m of members) {
        if (m.campaignId !== campaign.id) continue;
        const tier = classifyTier(m.followers, this.config.tierScheme);
        const fee = this.memberFee(m, tier, campaign.currency);
        memberFees.push(fee);
        const auth = authenticity.get(m.accountId);
        if (!auth) throw new Error(`authenticity of account ${m.accountId} missing`);
        memberInputs.push({
          accountId: String(m.accountId),
          platform: m.platform,
          tier,
          followers: m.followers,
          authenticFollowers: auth.authenticFollowers,
          authenticityScore: auth.score,
          feeMinor: fee.fee?.amountMinor ?? 0,
          feeEstimated: fee.estimated,
          deliverables: m.deliverables,
        });
      }
      out.set(campaign.id, {
        input: {
          currency: campaign.currency,
          members: memberInputs,
          postTotals: postTotals
            .filter((t) => t.campaignId === campaign.id)
            .map(({ campaignId: _, accountId, ...sums }) => ({ accountId: String(accountId), ...sums })),
          revenueMinor: campaign.revenueMinor,
          conversions: campaign.conversions,
          emvCpmMinor: null,
          budgetMinor: campaign.budgetMinor,
        },
        memberFees,
        asOf: at,
      });
    }
    return out;
  }

  /**
   * A member's fee per deliverable in the campaign's currency: the agreed fee, else the account's price for
   * the deliverable's kind (quoted rate or rate-card estimate, by platform and kind; accountPrice) converted
   * into the campaign's currency, disclosed. UNPRICED (counted 0) only when no exchange rate allows that.
   */
  private memberFee(m: CampaignMemberRow, tier: Tier, currency: string): MemberFee {
    const base = { accountId: m.accountId, deliverables: m.deliverables, kind: m.kind };
    if (m.feeMinor !== null) {
      return {
        ...base,
        fee: { amountMinor: m.feeMinor, currency },
        conversion: null,
        source: 'MEMBER_FEE',
        estimated: false,
        method: 'campaign member agreed fee per deliverable',
      };
    }
    const price = this.priceIn(m, tier, m.kind, currency);
    if (price instanceof NoExchangeRateError) {
      return {
        ...base,
        fee: null,
        conversion: null,
        source: 'UNPRICED',
        estimated: true,
        method: `no agreed fee, and the price cannot be converted into ${currency}: ${price.message} Counted 0.`,
      };
    }
    return {
      ...base,
      fee: price.amount,
      conversion: price.conversion,
      source: price.source,
      estimated: price.estimated,
      method: price.method,
    };
  }

  /** accountPrice in `currency`, or the NoExchangeRateError saying why it cannot be converted. */
  private priceIn(
    account: Pick<CampaignMemberRow, 'platform' | 'ratePerPostMinor' | 'rateCurrency'>,
    tier: Tier,
    kind: PostKind,
    currency: string,
  ): AccountPrice | NoExchangeRateError {
    try {
      return accountPrice({ ...account, tier }, kind, currency, this.config.costs);
    } catch (error) {
      if (error instanceof NoExchangeRateError) return error;
      throw error;
    }
  }

  /**
   * Metrics of this organization's campaigns among `campaignIds` (others, and unknown ids, are absent).
   * asOf (default: the request time) is the instant authenticity is evaluated at; linked posts published
   * after it do not count. Members, fees and results are as stored now.
   */
  async metricsFor(campaignIds: readonly number[], asOf?: Date | null): Promise<Map<number, CampaignMetricsAnswer>> {
    return this.metricsOf(await this.repository.campaignRows(campaignIds), asOf);
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
    validateCompareIds(ids);
    const found = await this.repository.campaignRows(ids);
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
    validateCompareTiersArgs(args);
    const window = args.window ?? this.config.defaultWindow;
    const asOf = args.asOf ?? this.metrics.now;
    const niche = args.niche ? normalizeCampaignNiche(args.niche) || null : null;
    const accounts = await this.repository.accountRows({
      platform: args.platform,
      ...(niche !== null ? { niches: [niche] } : {}),
    });
    const ids = accounts.map((a) => a.id);
    const numbers = new Map<number, { rate: number | null; avg: number | null; score: number | null }>();
    if (!args.asOf && sameWindow(window, this.config)) {
      // Live, default window: the precomputed summaries and cached peer groups; no post is read.
      for (const [id, m] of await this.metrics.catalogMetricsFor(ids)) {
        numbers.set(id, { rate: m.engagement, avg: m.avgInteractionsPerPost, score: m.authenticityScore });
      }
    } else {
      const [engagement, authenticity] = await Promise.all([
        this.metrics.engagementFor(ids, this.config.defaultMethod, window, args.asOf ?? null),
        this.metrics.authenticityFor(ids, args.asOf ?? null),
      ]);
      for (const [id, e] of engagement) {
        numbers.set(id, {
          rate: e.value,
          avg: e.avgInteractionsPerPost,
          score: authenticity.get(id)?.score ?? null,
        });
      }
    }
    const currency = this.config.costs.rateCardCurrency;
    const rows: TierStatsAccount[] = accounts.map((a) => {
      const tier = classifyTier(a.followers, this.config.tierScheme);
      const n = numbers.get(a.id);
      return {
        tier,
        rate: n?.rate ?? null,
        avgInteractionsPerPost: n?.avg ?? null,
        feeMinor: (() => {
          const price = this.priceIn(a, tier, 'PHOTO', currency);
          return price instanceof NoExchangeRateError ? null : price.amount.amountMinor;
        })(),
        authenticityScore: n?.score ?? null,
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

  // ---- plan ---------------------------------------------------------------------------------------

  /**
   * planCampaign over the platform's accounts (niches any-of, allowed tiers) with their authenticity, posts
   * in the default window, reliable rate (ENGAGEMENT; default method and window) and fee per post of the
   * requested kind (accountPrice: quoted rate, else rate card by platform and kind) converted into the
   * budget's currency with the conversion disclosed; accounts whose price cannot be converted (no exchange
   * rate) are left out and counted in `unpriced`. ValidationError for bad input,
   * CampaignCurrencyMismatchError when the hourly overhead is not in the budget's currency.
   */
  async plan(request: PlanRequest): Promise<PlanAnswer> {
    const input = planInputOf(request, this.config);
    const currency = request.budget.currency;
    const asOf = request.asOf ?? this.metrics.now;

    const selection: AccountSelection = {
      platform: request.platform,
      niches: [...new Set((request.niches ?? []).map(normalizeCampaignNiche))],
      // The side-by-side all-MICRO and all-MACRO plans need those tiers whatever the main plan allows.
      ...(request.tiers?.length
        ? {
            followerRanges: TIERS.filter((t) => request.tiers?.includes(t) || t === 'MICRO' || t === 'MACRO').map((t) =>
              tierRange(t, this.config.tierScheme),
            ),
          }
        : {}),
    };
    const [accounts, nichesOf] = await Promise.all([
      this.repository.accountRows(selection),
      this.repository.nichesOfAccounts(selection),
    ]);

    const kind = request.kind ?? 'PHOTO';
    const priced: { account: (typeof accounts)[number]; tier: Tier; fee: AccountPrice }[] = [];
    for (const account of accounts) {
      const tier = classifyTier(account.followers, this.config.tierScheme);
      const fee = this.priceIn(account, tier, kind, currency);
      if (!(fee instanceof NoExchangeRateError)) priced.push({ account, tier, fee });
    }
    const ids = priced.map((p) => p.account.id);
    // Live: the precomputed summaries and cached peer groups, no post read; at an explicit asOf the same
    // numbers from the rows. Engagement's sample size is the evidence minPosts asks for.
    const catalog = await this.metrics.catalogMetricsFor(ids, request.asOf ?? null);

    const candidates: PlannerCandidate[] = [];
    const details = new Map<number, PlanCandidateDetail>();
    for (const { account, tier, fee } of priced) {
      const m = catalog.get(account.id);
      if (!m) continue;
      const detail: PlanCandidateDetail = {
        accountId: account.id,
        tier,
        followers: account.followers,
        authenticFollowers: m.authenticFollowers,
        authenticityScore: m.authenticityScore,
        reliableRate: input.goal === 'ENGAGEMENT' ? m.reliableRate : null,
        feeMinor: fee.amount.amountMinor,
        posts: m.sampleSize,
        feeSource: fee.source,
        feeEstimated: fee.estimated,
        feeMethod: fee.method,
        feeConversion: fee.conversion,
      };
      details.set(account.id, detail);
      candidates.push({
        accountId: String(account.id),
        tier,
        followers: detail.followers,
        authenticFollowers: detail.authenticFollowers,
        authenticityScore: detail.authenticityScore,
        reliableRate: detail.reliableRate,
        feeMinor: detail.feeMinor,
        niches: nichesOf.get(account.creatorId) ?? [],
        platform: request.platform,
        posts: detail.posts,
      });
    }
    const plan = planCampaign(candidates, input, this.config);
    return {
      ...plan,
      currency,
      asOf,
      kind,
      minPosts: input.minPosts ?? this.config.planner.minPosts,
      reachFactor: this.config.costs.reachFactor[request.platform],
      accountsConsidered: accounts.length,
      unpriced: accounts.length - priced.length,
      candidates: details,
    };
  }
}
