import { Campaign, CampaignMember, CampaignPost } from '../campaigns/entity.js';
import { Account, Creator, CreatorNiche, FollowerSnapshot } from '../creators/entity.js';
import type { Database, EntityManager } from '../db/orm.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { AccountSummaryStore } from '../metrics/summary-store.js';
import { ApiKey, type IOrganization, Organization } from '../organizations/entity.js';
import { createApiKey } from '../organizations/service.js';
import { Post } from '../posts/entity.js';
import { type DatasetLabels, DEMO_OPTIONS, demoCampaigns, demoOrganizations, generateDemo } from './generate/index.js';

const CHUNK = 500;
const DEMO_KEY_NAME = 'demo key (issued at server start)';

// Ids are read back by natural key afterwards: SQLite's multi-row insert does not return them all.
async function insertChunked<T extends object>(em: EntityManager, entity: unknown, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.insertMany(entity as never, rows.slice(i, i + CHUNK) as never[]);
  }
}

async function idsBy(em: EntityManager, entity: unknown, keys: string[]): Promise<Map<string, number>> {
  // A query builder runs inside the em's transaction; raw knex would wait for a second connection. Raw
  // rows are keyed by column (`external_id`), not by property (`externalId`).
  const meta = em.getMetadata().get((entity as { name: string }).name);
  const columns = keys.map((k) => meta.properties[k as never]?.fieldNames[0] ?? k);
  const rows = (await em
    .createQueryBuilder(entity as never)
    .select(['id', ...keys] as never)
    .execute('all', false)) as Record<string, unknown>[];
  return new Map(rows.map((r) => [columns.map((c) => String(r[c])).join('/'), Number(r.id)]));
}

export interface DemoSeedResult {
  creators: number;
  accounts: number;
  posts: number;
  snapshots: number;
  campaigns: number;
  labels: DatasetLabels;
}

/** True when the catalog holds no creator: the demo profile seeds only then. */
export async function isCatalogEmpty(db: Database): Promise<boolean> {
  return (await db.em.fork().count(Creator, {})) === 0;
}

/**
 * Loads the deterministic demo dataset (generateDemo) in one transaction: a failure leaves the database
 * empty, so the next start tries again.
 */
export async function seedDemo(
  db: Database,
  options: { end: Date; seed?: number; creators?: number; postsTarget?: number },
): Promise<DemoSeedResult> {
  const seed = options.seed ?? DEMO_OPTIONS.seed;
  const dataset = generateDemo({
    end: options.end,
    seed,
    ...(options.creators ? { creators: options.creators } : {}),
    ...(options.postsTarget ? { postsTarget: options.postsTarget } : {}),
  });
  const campaigns = demoCampaigns(dataset, seed);
  await db.em.fork().transactional(async (em) => {
    await insertChunked(
      em,
      Creator,
      dataset.creators.map((c) => ({
        ref: c.creatorRef,
        name: c.name,
        country: c.country,
        maxFollowers: 0,
        createdAt: options.end,
      })),
    );
    const creatorByRef = await idsBy(em, Creator, ['ref']);
    await insertChunked(
      em,
      CreatorNiche,
      dataset.creators.flatMap((c) =>
        [...new Set(c.niches.map((n) => n.toLowerCase()))].map((niche) => ({
          creator: creatorByRef.get(c.creatorRef),
          niche,
        })),
      ),
    );
    const maxFollowers = new Map<string, number>();
    for (const a of dataset.accounts) {
      maxFollowers.set(a.creatorRef, Math.max(maxFollowers.get(a.creatorRef) ?? 0, a.followers));
    }
    for (const [ref, followers] of maxFollowers) {
      await em.nativeUpdate(Creator, { id: creatorByRef.get(ref) as number }, { maxFollowers: followers });
    }
    await insertChunked(
      em,
      Account,
      dataset.accounts.map((a) => ({
        creator: creatorByRef.get(a.creatorRef),
        platform: a.platform,
        handle: a.handle.toLowerCase(),
        externalId: a.externalId,
        followers: a.followers,
        following: a.following,
        ratePerPostMinor: a.ratePerPostMinor,
        rateCurrency: a.currency,
        createdAt: options.end,
        updatedAt: options.end,
      })),
    );
    const accountByHandle = await idsBy(em, Account, ['platform', 'handle']);
    // Records name their account by platform and handle; the rows hold its id instead of the handle.
    const accountId = (platform: string, handle: string) => accountByHandle.get(`${platform}/${handle.toLowerCase()}`);
    await insertChunked(
      em,
      FollowerSnapshot,
      dataset.snapshots.map(({ platform, handle, ...snapshot }) => ({
        account: accountId(platform, handle),
        ...snapshot,
      })),
    );
    await insertChunked(
      em,
      Post,
      dataset.posts.map(({ handle, ...post }) => ({ account: accountId(post.platform, handle), ...post })),
    );
    const postByExternal = await idsBy(em, Post, ['platform', 'externalId']);
    const orgs = new Map<string, IOrganization>();
    for (const o of demoOrganizations()) {
      const org = em.create(Organization, { name: o.name, slug: o.slug, createdAt: options.end });
      orgs.set(o.slug, org);
    }
    for (const c of campaigns) {
      const campaign = em.create(Campaign, {
        organization: orgs.get(c.organizationSlug) as IOrganization,
        name: c.name,
        brand: c.brand,
        goal: c.goal,
        status: c.status,
        currency: c.currency,
        budgetMinor: c.budgetMinor,
        startsAt: c.startsAt,
        endsAt: c.endsAt,
        revenueMinor: c.revenueMinor,
        conversions: c.conversions,
      });
      for (const m of c.members) {
        em.create(CampaignMember, {
          campaign,
          account: accountId(m.platform, m.handle) as number,
          feeMinor: m.feeMinor,
          deliverables: m.deliverables,
        });
      }
      for (const p of c.posts) {
        const post = postByExternal.get(`${p.platform}/${p.externalId}`);
        // The generator links only posts it generated: a miss is a bug, not something to skip quietly.
        if (!post) throw new Error(`demo campaign ${c.name} links unknown post ${p.platform}/${p.externalId}`);
        em.create(CampaignPost, { campaign, post });
      }
    }
    await em.flush();
    // Precomputed metrics in the same transaction, so the first request after a start is warm.
    await new AccountSummaryStore(em, DEFAULT_METRICS_CONFIG).rebuild(new Date());
  });
  return {
    creators: dataset.creators.length,
    accounts: dataset.accounts.length,
    posts: dataset.posts.length,
    snapshots: dataset.snapshots.length,
    campaigns: campaigns.length,
    labels: dataset.labels,
  };
}

/**
 * A fresh admin key for each demo organization, printed at start so a newcomer can query at once (and try
 * another organization's view). Keys issued at earlier starts are revoked: only the ones on screen work.
 * The first organization's key is the one GraphiQL carries; in the demo it also holds CATALOG_WRITE so
 * `importData` can be tried (production keys never get it unless the operator grants it).
 */
export async function issueDemoKeys(db: Database, now = new Date()): Promise<{ raw: string; organization: string }[]> {
  const em = db.em.fork();
  const slugs = demoOrganizations().map((o) => o.slug);
  const orgs = await em.find(Organization, { slug: { $in: slugs } });
  orgs.sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug));
  const keys: { raw: string; organization: string }[] = [];
  for (const [i, org] of orgs.entries()) {
    await em.nativeUpdate(ApiKey, { organization: org.id, name: DEMO_KEY_NAME, revokedAt: null }, { revokedAt: now });
    const { raw } = await createApiKey(em, org, DEMO_KEY_NAME, i === 0 ? ['admin', 'catalog_write'] : ['admin']);
    keys.push({ raw, organization: org.name });
  }
  return keys;
}
