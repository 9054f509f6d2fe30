/** `creators search` (every filter and ordering of the `creators` query) and `creator show`. */
import type {
  CreatorFilter,
  CreatorOrderField,
  DiscoverQuery,
  DiscoverQueryVariables,
  Platform,
  PostKind,
} from '@creatorgraph/sdk';
import { type Command, Option } from 'commander';
import {
  enumParser,
  floatRange,
  globalIdType,
  intParser,
  intRange,
  listParser,
  numberParser,
  type Range,
} from '../args.js';
import { found, type Io, type Session, unwrap } from '../context.js';
import { ORDER_FIELDS, PLATFORMS, POST_KINDS, TIERS } from '../enums.js';
import { usage } from '../errors.js';
import {
  type Column,
  formatChange,
  formatDate,
  formatInt,
  formatInterval,
  formatMoney,
  formatNumber,
  formatRate,
} from '../output.js';
import { action, pageNote } from './shared.js';

interface SearchOptions {
  nameContains?: string;
  country?: string;
  niche?: string[];
  tier?: CreatorFilter['tier'];
  platform?: Platform;
  followers?: Range;
  engagementRate?: Range;
  reliableEngagementRate?: Range;
  engagementLowerBound?: Range;
  minSampleSize?: number;
  minAuthenticity?: number;
  growth?: Range;
  sponsoredShare?: Range;
  brand?: string;
  orderBy?: CreatorOrderField;
  direction?: 'ASC' | 'DESC';
  asc?: boolean;
  first: number;
  after?: string;
  all?: boolean;
  kind: PostKind;
  currency?: string;
}

/** The filter the options describe; only the options given become keys. */
export function filterOf(o: SearchOptions): CreatorFilter {
  const filter: CreatorFilter = {};
  if (o.nameContains) filter.nameContains = o.nameContains;
  if (o.country) filter.country = o.country.toUpperCase();
  if (o.niche?.length) filter.niches = o.niche;
  if (o.tier) filter.tier = o.tier;
  if (o.platform) filter.platform = o.platform;
  if (o.followers) filter.followers = o.followers;
  if (o.engagementRate) filter.engagementRate = o.engagementRate;
  if (o.reliableEngagementRate) filter.reliableEngagementRate = o.reliableEngagementRate;
  if (o.engagementLowerBound) filter.engagementLowerBound = o.engagementLowerBound;
  if (o.minSampleSize !== undefined) filter.minSampleSize = o.minSampleSize;
  if (o.minAuthenticity !== undefined) filter.minAuthenticity = o.minAuthenticity;
  if (o.growth) filter.growth = o.growth;
  if (o.sponsoredShare) filter.sponsoredShare = o.sponsoredShare;
  if (o.brand) filter.brand = o.brand;
  return filter;
}

/** Ascending by default only where smaller is better or alphabetical. */
function directionOf(field: CreatorOrderField, o: SearchOptions): 'ASC' | 'DESC' {
  if (o.direction) return o.direction;
  return field === 'ESTIMATED_CPE' || field === 'NAME' ? 'ASC' : 'DESC';
}

type Found = DiscoverQuery['creators']['nodes'][number];

const searchColumns: Column<Found>[] = [
  { header: 'name', value: (c) => c.name },
  { header: 'id', value: (c) => c.id },
  { header: 'platform', value: (c) => c.metricAccount?.platform },
  {
    header: 'handle',
    value: (c) => c.metricAccount?.handle,
    format: (c) => (c.metricAccount ? `@${c.metricAccount.handle}` : '—'),
  },
  { header: 'tier', value: (c) => c.metricAccount?.tier },
  {
    header: 'followers',
    value: (c) => c.metricAccount?.followers,
    format: (c) => formatInt(c.metricAccount?.followers),
    align: 'right',
  },
  {
    header: 'engagement',
    value: (c) => c.metricAccount?.engagement?.value,
    format: (c) => formatRate(c.metricAccount?.engagement?.value),
    align: 'right',
  },
  { header: 'posts', value: (c) => c.metricAccount?.engagement?.sampleSize, align: 'right' },
  {
    header: 'reliable',
    value: (c) => c.metricAccount?.reliableEngagement?.value,
    format: (c) => formatRate(c.metricAccount?.reliableEngagement?.value),
    align: 'right',
  },
  {
    header: 'reliable_low',
    value: (c) => c.metricAccount?.reliableEngagement?.interval95?.low,
    format: (c) => formatRate(c.metricAccount?.reliableEngagement?.interval95?.low),
    align: 'right',
  },
  {
    header: 'reliable_high',
    value: (c) => c.metricAccount?.reliableEngagement?.interval95?.high,
    format: (c) => formatRate(c.metricAccount?.reliableEngagement?.interval95?.high),
    align: 'right',
  },
  {
    header: 'price_minor',
    value: (c) => c.metricAccount?.price?.amount.amountMinor,
    format: (c) => formatMoney(c.metricAccount?.price?.amount),
    align: 'right',
  },
  { header: 'currency', value: (c) => c.metricAccount?.price?.amount.currency },
  {
    header: 'price_estimated',
    value: (c) => c.metricAccount?.price?.estimated,
    format: (c) => (c.metricAccount?.price ? (c.metricAccount.price.estimated ? 'estimate' : 'quoted') : '—'),
  },
];

/** The human table drops what the CSV keeps for machines (ids, split intervals, currency columns). */
const humanSearchColumns: Column<Found>[] = [
  searchColumns[0]!,
  searchColumns[2]!,
  searchColumns[3]!,
  searchColumns[4]!,
  searchColumns[5]!,
  searchColumns[6]!,
  searchColumns[7]!,
  {
    header: 'reliable (95% interval)',
    value: (c) => c.metricAccount?.reliableEngagement?.value,
    format: (c) => {
      const r = c.metricAccount?.reliableEngagement;
      return r ? `${formatRate(r.value)} (${formatInterval(r.interval95)})` : '—';
    },
    align: 'right',
  },
  {
    header: 'price',
    value: (c) => c.metricAccount?.price?.amount.amountMinor,
    format: (c) => {
      const p = c.metricAccount?.price;
      return p ? `${formatMoney(p.amount)}${p.estimated ? ' (est.)' : ''}` : '—';
    },
    align: 'right',
  },
];

async function search(session: Session, o: SearchOptions): Promise<void> {
  const sdk = session.sdk();
  const filter = filterOf(o);
  const variables: DiscoverQueryVariables = {
    filter,
    first: o.first,
    kind: o.kind,
    ...(o.platform ? { platform: o.platform } : {}),
    ...(o.currency ? { currency: o.currency.toUpperCase() } : {}),
    ...(o.orderBy ? { orderBy: { field: o.orderBy, direction: directionOf(o.orderBy, o) } } : {}),
  };
  const nodes: Found[] = [];
  let page: DiscoverQuery['creators'] | null = null;
  if (o.all) {
    // The SDK's paginate follows the cursors and waits for the budget between pages.
    for await (const node of sdk.paginate(sdk.discover, { ...variables, ...(o.after ? { after: o.after } : {}) }))
      nodes.push(node);
  } else {
    page = unwrap(await sdk.discover({ ...variables, ...(o.after ? { after: o.after } : {}) })).creators;
    nodes.push(...page.nodes);
  }
  const data = page ?? { totalCount: nodes.length, nodes };
  session.out.result({
    data,
    rows: nodes,
    columns: searchColumns,
    human: () => session.out.table(nodes, humanSearchColumns),
  });
  pageNote(
    session,
    nodes.length,
    page?.totalCount ?? nodes.length,
    'creators',
    page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
  );
}

// --- creator show ---

interface ShowOptions {
  platform?: Platform;
  currency?: string;
  growthDays: number;
}

interface AccountRef {
  platform: Platform;
  handle: string;
}

async function accountsOf(session: Session, ref: string, platform?: Platform) {
  const sdk = session.sdk();
  const type = globalIdType(ref);
  if (type === 'Account') {
    const node = found(unwrap(await sdk.node({ id: ref })).node, `account ${ref}`);
    if (node.__typename !== 'Account') throw usage(`${ref} is not an account id`);
    return { creator: null, accounts: [node] as AccountRef[] };
  }
  const variables =
    type === 'Creator' ? { id: ref } : { handle: ref.replace(/^@/, ''), ...(platform ? { platform } : {}) };
  const creator = found(
    unwrap(await sdk.creator(variables)).creator,
    type ? `creator ${ref}` : `creator with handle ${ref}`,
  );
  const accounts = creator.accounts.filter((a) => !platform || a.platform === platform);
  if (accounts.length === 0) throw usage(`${creator.name} has no ${platform} account`);
  return { creator, accounts: accounts as AccountRef[] };
}

function methodText(m: {
  interactions: string;
  base: string;
  aggregate: string;
  windowDays?: number | null;
  windowPosts?: number | null;
  asOf: string;
}): string {
  const window = m.windowPosts ? `last ${m.windowPosts} posts` : `last ${m.windowDays} days`;
  return `${m.interactions.toLowerCase()} interactions / ${m.base.toLowerCase()}, ${m.aggregate.toLowerCase()} over the ${window} to ${formatDate(m.asOf)}`;
}

function ordinal(n: number): string {
  const r = Math.round(n);
  const suffix = r % 100 >= 11 && r % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][r % 10] ?? 'th');
  return `${r}${r % 10 > 3 ? 'th' : suffix}`;
}

async function loadAccount(session: Session, o: ShowOptions, account: AccountRef) {
  const sdk = session.sdk();
  // Follower history is only read for growth: a one-day range keeps the operation cheap.
  const now = session.io.now();
  const metrics = found(
    unwrap(
      await sdk.accountMetrics({
        platform: account.platform,
        handle: account.handle,
        growthDays: o.growthDays,
        historyFrom: new Date(now.getTime() - 86_400_000).toISOString(),
        historyTo: now.toISOString(),
      }),
    ).account,
    `account ${account.platform}/@${account.handle}`,
  );
  const currency = o.currency ? { currency: o.currency.toUpperCase() } : {};
  const prices = await Promise.all(
    POST_KINDS.map(async (kind) => {
      const res = unwrap(
        await sdk.accountPrice({ platform: account.platform, handle: account.handle, kind, ...currency }),
      );
      return { kind, price: res.account?.price ?? null };
    }),
  );
  const { followerHistory: _history, ...rest } = metrics;
  return { ...rest, prices };
}

async function show(session: Session, o: ShowOptions, ref: string): Promise<void> {
  const { creator, accounts } = await accountsOf(session, ref, o.platform);
  const results: Awaited<ReturnType<typeof loadAccount>>[] = [];
  for (const account of accounts) results.push(await loadAccount(session, o, account));
  const data = { creator, accounts: results };
  session.out.result({
    data,
    human: () => {
      const { out } = session;
      const c = out.colors;
      if (creator) {
        out.line(
          `${c.bold(creator.name)}${creator.country ? ` (${creator.country})` : ''}${creator.niches.length ? ` · ${creator.niches.join(', ')}` : ''}`,
        );
        out.line(c.dim(creator.id));
      }
      for (const a of results) {
        out.line();
        out.line(
          `${c.bold(`${a.platform} @${a.handle}`)}  ${a.tier ?? '—'}  ${formatInt(a.followers)} followers, following ${formatInt(a.following)}`,
        );
        const e = a.engagement;
        const r = a.reliableEngagement;
        const b = a.benchmark;
        const au = a.authenticity;
        out.fields([
          [
            'engagement',
            e
              ? `${c.bold(formatRate(e.value))} from ${e.sampleSize} posts (95% interval ${formatInterval(e.interval95)}), ${formatNumber(e.avgInteractionsPerPost, 1)} interactions per post`
              : '—',
          ],
          ['method', e ? methodText(e.method) : '—'],
          [
            'reliable rate',
            r
              ? `${c.bold(formatRate(r.value))} (95% interval ${formatInterval(r.interval95)}; prior ${formatRate(r.prior)}, weight ${formatNumber(r.weight)}, ${r.peerCount} peers)`
              : '—',
          ],
          [
            'percentile',
            b
              ? b.percentile != null
                ? `${ordinal(b.percentile)} among ${b.peerCount} peers (median ${formatRate(b.p50)})`
                : `— ${b.percentileReason ?? ''}`.trim()
              : '—',
          ],
          [
            'authenticity',
            au
              ? `${c.bold(formatNumber(au.score, 1))}/100, ${formatInt(au.authenticFollowers)} authentic followers`
              : '—',
          ],
          [`growth (${o.growthDays} d)`, formatChange(a.growth)],
          [
            'sponsored lift',
            a.sponsoredVsOrganic
              ? `${formatNumber(a.sponsoredVsOrganic.liftRatio)}× (sponsored ${formatRate(a.sponsoredVsOrganic.sponsored?.value)}, organic ${formatRate(a.sponsoredVsOrganic.organic?.value)})`
              : '—',
          ],
        ]);
        if (au?.flags.length) {
          out.table(
            au.flags,
            [
              { header: 'flag', value: (f) => f.code },
              {
                header: 'severity',
                value: (f) => f.severity,
                format: (f) => (f.severity === 'HIGH' ? c.red(f.severity) : c.yellow(f.severity)),
              },
              { header: 'penalty', value: (f) => f.penalty, format: (f) => formatNumber(f.penalty, 3), align: 'right' },
              { header: 'message', value: (f) => f.message },
              {
                header: 'evidence',
                value: (f) => f.evidence.map((ev) => `${ev.name}=${ev.text ?? ev.value}`).join('; '),
              },
            ],
            'authenticity flags',
          );
        } else if (au) {
          out.line(c.dim('no authenticity flags'));
        }
        out.table(
          a.prices,
          [
            { header: 'format', value: (p) => p.kind },
            {
              header: 'price',
              value: (p) => p.price?.amount.amountMinor,
              format: (p) => formatMoney(p.price?.amount),
              align: 'right',
            },
            {
              header: 'how',
              value: (p) => p.price?.method,
              format: (p) => (p.price ? `${p.price.estimated ? 'estimate' : 'quoted'}: ${p.price.method}` : 'unpriced'),
            },
          ],
          'price per post',
        );
      }
    },
  });
}

export function registerCreators(program: Command, io: Io): void {
  const creators = program.command('creators').description('Find creators');
  creators
    .command('search')
    .description(
      'Creators matching a filter, with the metric account each was ranked by (its account on --platform, else its largest): engagement, reliable rate and its 95% interval, and the price of a post',
    )
    .option('--name-contains <text>', 'name contains this text (case-insensitive)')
    .option('--country <code>', 'based in this country (ISO 3166-1 alpha-2, e.g. US)')
    .option('--niche <niches>', 'works in any of these niches (comma-separated or repeated)', listParser)
    .addOption(
      new Option('--tier <tier>', 'tier of the largest account, or of the --platform account').argParser(
        enumParser(TIERS),
      ),
    )
    .addOption(
      new Option('--platform <platform>', 'has an account on this platform; metrics come from that account').argParser(
        enumParser(PLATFORMS),
      ),
    )
    .option('--followers <range>', 'followers in a range: 10k..100k, 5000.., ..1m', intRange)
    .option('--engagement-rate <range>', 'engagement rate in a range: 3%..10%, 0.03..', floatRange)
    .option('--reliable-engagement-rate <range>', 'reliable (shrunk) engagement rate in a range', floatRange)
    .option('--engagement-lower-bound <range>', "low end of the reliable rate's 95% interval in a range", floatRange)
    .option('--min-sample-size <posts>', 'at least this many posts in the window', intParser(0))
    .option('--min-authenticity <score>', 'authenticity score (0–100) at least this', numberParser(0, 100))
    .option('--growth <range>', 'follower growth over the discovery period in a range: 5%.., -10%..0', floatRange)
    .option('--sponsored-share <range>', 'share of sponsored posts in the window in a range: ..20%', floatRange)
    .option('--brand <brand>', 'has a sponsored post naming this brand')
    .addOption(
      new Option(
        '--order-by <field>',
        `sort by: ${ORDER_FIELDS.map((f) => f.toLowerCase().replaceAll('_', '-')).join(', ')}`,
      ).argParser(enumParser(ORDER_FIELDS)),
    )
    .addOption(
      new Option('--direction <dir>', 'asc or desc (default desc; asc for estimated-cpe and name)').argParser(
        enumParser(['ASC', 'DESC'] as const),
      ),
    )
    .option('--first <n>', 'creators per page (1–100)', intParser(1, 100), 20)
    .option('--after <cursor>', 'start after this cursor (from a previous page)')
    .option('--all', 'page through every match')
    .addOption(new Option('--kind <kind>', 'post format to price').argParser(enumParser(POST_KINDS)).default('PHOTO'))
    .option('--currency <code>', 'price in this currency (converted at the configured rates)')
    .addHelpText(
      'after',
      `
Examples:
  creatorgraph creators search --tier micro --platform instagram --min-sample-size 5 --order-by engagement-lower-bound
  creatorgraph creators search --niche travel,food --engagement-rate 3%.. --order-by estimated-cpe --all --csv`,
    )
    .action(action<[], SearchOptions>(io, search));

  const creator = program.command('creator').description('One creator');
  creator
    .command('show')
    .description(
      "A creator's accounts with their engagement (method and 95% interval), reliable rate and its interval, percentile among peers (or why there is none), authenticity score and flags with evidence, growth and the price per post format",
    )
    .argument('<ref>', 'a handle (with or without @) or a creator or account id')
    .addOption(
      new Option('--platform <platform>', 'only this platform (also resolves a handle used on several)').argParser(
        enumParser(PLATFORMS),
      ),
    )
    .option('--currency <code>', 'prices in this currency')
    .option('--growth-days <days>', 'growth period in days', intParser(1, 3650), 30)
    .action(action<[string], ShowOptions>(io, show));
}

export type { SearchOptions };
