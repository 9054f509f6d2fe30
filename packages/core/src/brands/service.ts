import type { EntityManager } from '../db/orm.js';
import type { Platform } from '../enums.js';
import { ValidationError } from '../errors.js';
import { resolveWindow, type WindowArgs } from '../metrics/args.js';
import { DEFAULT_METRICS_CONFIG, type MetricsConfig } from '../metrics/config.js';
import type { EngagementMethodUsed } from '../metrics/engagement.js';
import { groupByAccount } from '../metrics/repository.js';
import { normalizeBrand } from '../posts/service.js';
import { type BrandAccountInput, type BrandPerformanceResult, brandPerformance } from './performance.js';
import { BrandRepository } from './repository.js';

export const DEFAULT_BRAND_TOP = 10;
export const MAX_BRAND_TOP = 50;

export interface BrandPerformanceArgs {
  brand: string;
  platform?: Platform | null;
  window?: WindowArgs | null;
  /** Top creators to return, 1–50 (default 10). */
  top?: number | null;
}

export interface BrandPerformanceAnswer extends BrandPerformanceResult {
  /** The brand as matched (trimmed; the match ignores case). */
  brand: string;
  platform: Platform | null;
  /** The rate's method: the default interactions and base, MEAN over posts, the window and asOf. */
  method: EngagementMethodUsed;
}

/**
 * Brand performance: a brand's sponsored posts against the same creators' organic ones. Statements: brand
 * posts 1, snapshots 1 per 1,000 accounts, organic totals 1. asOf is the request time (`now`).
 */
export class BrandService {
  private readonly repository: BrandRepository;
  readonly config: MetricsConfig;
  readonly now: Date;

  constructor(em: EntityManager, config: MetricsConfig = DEFAULT_METRICS_CONFIG, options: { now?: Date } = {}) {
    this.repository = new BrandRepository(em);
    this.config = config;
    this.now = options.now ?? new Date();
  }

  async performance(args: BrandPerformanceArgs): Promise<BrandPerformanceAnswer> {
    const brand = normalizeBrand(args.brand, 'brand');
    const window = resolveWindow(args.window, this.config);
    const top = args.top ?? DEFAULT_BRAND_TOP;
    if (!Number.isInteger(top) || top < 1 || top > MAX_BRAND_TOP) {
      throw new ValidationError([{ field: 'top', message: `must be a whole number from 1 to ${MAX_BRAND_TOP}` }]);
    }
    const method = { interactions: this.config.defaultMethod.interactions, base: this.config.defaultMethod.base };
    const scope = { brand, platform: args.platform ?? null, window, asOf: this.now };

    const [posts, organic] = await Promise.all([
      this.repository.brandPosts(scope),
      this.repository.organicTotals(scope, method),
    ]);
    const accountIds = [...new Set(posts.map((p) => p.accountId))];
    const snapshots = groupByAccount(
      method.base === 'FOLLOWERS' ? await this.repository.snapshots(accountIds, this.now) : [],
    );
    const accounts = new Map<number, BrandAccountInput>();
    for (const p of posts) {
      if (!accounts.has(p.accountId)) {
        accounts.set(p.accountId, {
          creatorId: p.creatorId,
          followers: p.followers,
          snapshots: snapshots.get(p.accountId) ?? [],
        });
      }
    }
    const result = brandPerformance({ posts, accounts, organic, method, top });
    return {
      ...result,
      brand,
      platform: scope.platform,
      method: {
        ...method,
        aggregate: 'MEAN',
        windowDays: window.days,
        windowPosts: window.posts,
        asOf: this.now,
      },
    };
  }
}
