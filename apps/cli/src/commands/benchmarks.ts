/** `benchmarks` (peer percentiles of a tier) and `tiers compare` (every tier side by side). */
import type { BenchmarksQuery, CompareTiersQuery, Platform, Tier } from '@creatorgraph/sdk';
import { type Command, Option } from 'commander';
import { enumListParser, enumParser, intParser } from '../args.js';
import type { Io, Session } from '../context.js';
import { unwrap } from '../context.js';
import { PLATFORMS, TIERS } from '../enums.js';
import { type Column, formatInt, formatMoney, formatNumber, formatRate } from '../output.js';
import { action } from './shared.js';

type Benchmark = NonNullable<BenchmarksQuery['benchmarks']>;

const rate = <R>(header: string, get: (r: R) => number | null | undefined): Column<R> => ({
  header,
  value: get,
  format: (r) => formatRate(get(r)),
  align: 'right',
});

const benchmarkColumns: Column<Benchmark>[] = [
  { header: 'tier', value: (b) => b.tier },
  {
    header: 'followers',
    value: (b) => `${formatInt(b.minFollowers)}–${b.maxFollowers == null ? '' : formatInt(b.maxFollowers)}`,
  },
  { header: 'accounts', value: (b) => b.accountCount, align: 'right' },
  { header: 'peers', value: (b) => b.peerCount, align: 'right' },
  rate('p10', (b) => b.p10),
  rate('p25', (b) => b.p25),
  rate('p50', (b) => b.p50),
  rate('p75', (b) => b.p75),
  rate('p90', (b) => b.p90),
  rate('prior', (b) => b.prior),
  {
    header: 'median_interactions',
    value: (b) => b.interactions?.p50,
    format: (b) => formatNumber(b.interactions?.p50, 1),
    align: 'right',
  },
];

interface BenchmarkOptions {
  platform: Platform;
  tier?: Tier[];
  niche?: string;
  windowDays?: number;
}

async function benchmarks(session: Session, o: BenchmarkOptions): Promise<void> {
  const sdk = session.sdk();
  const rows: Benchmark[] = [];
  for (const tier of o.tier?.length ? o.tier : TIERS) {
    const res = unwrap(
      await sdk.benchmarks({
        platform: o.platform,
        tier,
        ...(o.niche ? { niche: o.niche } : {}),
        ...(o.windowDays ? { window: { days: o.windowDays } } : {}),
      }),
    );
    if (res.benchmarks) rows.push(res.benchmarks);
  }
  session.out.result({ data: rows, rows, columns: benchmarkColumns });
  const method = rows[0]?.method;
  if (method && session.out.mode === 'human') {
    const window = method.windowPosts ? `last ${method.windowPosts} posts` : `last ${method.windowDays} days`;
    session.out.note(
      session.out.colors.dim(
        `engagement rates of ${o.platform}${o.niche ? ` ${o.niche}` : ''} accounts: ${method.interactions.toLowerCase()} interactions / ${method.base.toLowerCase()}, ${method.aggregate.toLowerCase()}, ${window}`,
      ),
    );
  }
}

type TierRow = CompareTiersQuery['compareTiers'][number];

const tierColumns: Column<TierRow>[] = [
  { header: 'tier', value: (t) => t.tier },
  { header: 'accounts', value: (t) => t.accountCount, align: 'right' },
  rate('median_rate', (t) => t.medianRate),
  rate('p25_rate', (t) => t.p25Rate),
  rate('p75_rate', (t) => t.p75Rate),
  {
    header: 'median_interactions',
    value: (t) => t.medianAvgInteractions,
    format: (t) => formatNumber(t.medianAvgInteractions, 1),
    align: 'right',
  },
  {
    header: 'median_fee_minor',
    label: 'median fee',
    value: (t) => t.medianFee?.amountMinor,
    format: (t) => formatMoney(t.medianFee),
    align: 'right',
  },
  {
    header: 'median_cpe_minor',
    value: (t) => t.medianCpe?.amountMinor,
    format: (t) => formatMoney(t.medianCpe, true),
    align: 'right',
  },
  { header: 'currency', value: (t) => t.medianFee?.currency ?? t.medianCpe?.currency },
  {
    header: 'median_authenticity',
    value: (t) => t.medianAuthenticity,
    format: (t) => formatNumber(t.medianAuthenticity, 1),
    align: 'right',
  },
  rate('low_authenticity_share', (t) => t.lowAuthenticityShare),
];

interface CompareOptions {
  platform: Platform;
  niche?: string;
  windowDays?: number;
}

async function compareTiers(session: Session, o: CompareOptions): Promise<void> {
  const res = unwrap(
    await session.sdk().compareTiers({
      platform: o.platform,
      ...(o.niche ? { niche: o.niche } : {}),
      ...(o.windowDays ? { window: { days: o.windowDays } } : {}),
    }),
  );
  const rows = res.compareTiers;
  const human = tierColumns.filter((c) => !['currency', 'p25_rate', 'p75_rate'].includes(c.header));
  session.out.result({ data: rows, rows, columns: tierColumns, human: () => session.out.table(rows, human) });
}

export function registerBenchmarks(program: Command, io: Io): void {
  const platform = () =>
    new Option('--platform <platform>', 'platform of the accounts')
      .argParser(enumParser(PLATFORMS))
      .makeOptionMandatory();
  program
    .command('benchmarks')
    .description(
      'Peer engagement percentiles (p10–p90) and the prior reliable rates shrink toward, per tier of a platform',
    )
    .addOption(platform())
    .addOption(
      new Option('--tier <tiers>', 'only these tiers (comma-separated; default all)').argParser(enumListParser(TIERS)),
    )
    .option('--niche <niche>', 'peers in this niche only')
    .option('--window-days <days>', 'window in days (default: the server default)', intParser(1, 3650))
    .addHelpText('after', '\nExample:\n  creatorgraph benchmarks --platform instagram --tier micro,mid --niche travel')
    .action(action<[], BenchmarkOptions>(io, benchmarks));

  const tiers = program.command('tiers').description('Tiers side by side');
  tiers
    .command('compare')
    .description(
      'Each tier of a platform: median rate and spread, interactions, fee, cost per engagement and authenticity',
    )
    .addOption(platform())
    .option('--niche <niche>', 'accounts in this niche only')
    .option('--window-days <days>', 'window in days (default: the server default)', intParser(1, 3650))
    .addHelpText('after', '\nExample:\n  creatorgraph tiers compare --platform tiktok --csv > tiers.csv')
    .action(action<[], CompareOptions>(io, compareTiers));
}
