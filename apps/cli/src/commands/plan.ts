/** `plan`: the planner's best selection for a budget, beside the best all-micro and all-macro plans. */
import type { PlanCampaignQuery, PlanGoal, Platform, PostKind, Tier } from '@creatorgraph/sdk';
import { type Command, Option } from 'commander';
import { enumListParser, enumParser, intParser, listParser, moneyParser, numberParser } from '../args.js';
import { type Io, payload, type Session, unwrap } from '../context.js';
import { PLAN_GOALS, PLATFORMS, POST_KINDS, TIERS } from '../enums.js';
import type { MoneyInput } from '../money.js';
import { type Column, formatInt, formatMoney, formatNumber, formatRate } from '../output.js';
import { action } from './shared.js';

type Planned = Extract<PlanCampaignQuery['planCampaign'], { __typename: 'PlanCampaignPayload' }>;
type Selection = Planned['selection'][number];
type Totals = Planned['totals'];

interface PlanOptions {
  budget: MoneyInput;
  goal: PlanGoal;
  platform: Platform;
  kind?: PostKind;
  maxCreators?: number;
  minAuthenticity?: number;
  minPosts?: number;
  niche?: string[];
  tier?: Tier[];
  postsPerCreator?: number;
  hourlyOverhead?: MoneyInput;
}

interface PlanView {
  plan: 'BEST' | 'ALL_MICRO' | 'ALL_MACRO';
  optimal: boolean;
  selection: readonly Selection[];
  totals: Totals;
}

const selectionColumns: Column<Selection & { plan: string }>[] = [
  { header: 'plan', value: (s) => s.plan },
  { header: 'account_id', value: (s) => s.account.id },
  { header: 'platform', value: (s) => s.account.platform },
  { header: 'handle', value: (s) => s.account.handle, format: (s) => `@${s.account.handle}` },
  { header: 'tier', value: (s) => s.tier },
  {
    header: 'followers',
    value: (s) => s.account.followers,
    format: (s) => formatInt(s.account.followers),
    align: 'right',
  },
  { header: 'posts', value: (s) => s.posts, align: 'right' },
  {
    header: 'fee_minor',
    label: 'fee',
    value: (s) => s.fee.amountMinor,
    format: (s) => formatMoney(s.fee),
    align: 'right',
  },
  {
    header: 'cost_minor',
    label: 'cost',
    value: (s) => s.cost.amountMinor,
    format: (s) => formatMoney(s.cost),
    align: 'right',
  },
  { header: 'currency', value: (s) => s.cost.currency },
  { header: 'fee_source', value: (s) => s.feeSource },
  { header: 'value', value: (s) => s.value, format: (s) => formatInt(s.value), align: 'right' },
  {
    header: 'authenticity',
    value: (s) => s.authenticityScore,
    format: (s) => formatNumber(s.authenticityScore, 1),
    align: 'right',
  },
  { header: 'reliable_rate', value: (s) => s.reliableRate, format: (s) => formatRate(s.reliableRate), align: 'right' },
];

const HUMAN = new Set([
  'handle',
  'tier',
  'followers',
  'posts',
  'fee_minor',
  'cost_minor',
  'fee_source',
  'value',
  'authenticity',
  'reliable_rate',
]);

const summaryColumns = (valueName: string): Column<PlanView>[] => [
  { header: 'plan', value: (p) => p.plan },
  { header: 'creators', value: (p) => p.totals.creators, align: 'right' },
  { header: 'posts', value: (p) => p.totals.deliverables, align: 'right' },
  {
    header: 'spend',
    value: (p) => p.totals.spend.amountMinor,
    format: (p) => formatMoney(p.totals.spend),
    align: 'right',
  },
  {
    header: 'cost',
    value: (p) => p.totals.cost.amountMinor,
    format: (p) => formatMoney(p.totals.cost),
    align: 'right',
  },
  {
    header: valueName,
    value: (p) => p.totals.expectedValue,
    format: (p) => formatInt(p.totals.expectedValue),
    align: 'right',
  },
  {
    header: 'CPE',
    value: (p) => p.totals.projectedCpe?.amountMinor,
    format: (p) => formatMoney(p.totals.projectedCpe, true),
    align: 'right',
  },
  {
    header: 'CPM',
    value: (p) => p.totals.projectedCpm?.amountMinor,
    format: (p) => formatMoney(p.totals.projectedCpm, true),
    align: 'right',
  },
  {
    header: 'overhead h',
    value: (p) => p.totals.overheadHours,
    format: (p) => formatNumber(p.totals.overheadHours, 1),
    align: 'right',
  },
  { header: 'optimal', value: (p) => p.optimal, format: (p) => (p.optimal ? 'yes' : 'no') },
];

async function plan(session: Session, o: PlanOptions): Promise<void> {
  const res = unwrap(
    await session.sdk().planCampaign({
      input: {
        budget: o.budget,
        goal: o.goal,
        platform: o.platform,
        ...(o.kind ? { kind: o.kind } : {}),
        ...(o.maxCreators !== undefined ? { maxCreators: o.maxCreators } : {}),
        ...(o.minAuthenticity !== undefined ? { minAuthenticity: o.minAuthenticity } : {}),
        ...(o.minPosts !== undefined ? { minPosts: o.minPosts } : {}),
        ...(o.niche?.length ? { niches: o.niche } : {}),
        ...(o.tier?.length ? { tiers: o.tier } : {}),
        ...(o.postsPerCreator !== undefined ? { postsPerCreator: o.postsPerCreator } : {}),
        ...(o.hourlyOverhead ? { hourlyOverhead: o.hourlyOverhead } : {}),
      },
    }),
  );
  const p = payload(res.planCampaign, 'PlanCampaignPayload');
  const plans: PlanView[] = [
    { plan: 'BEST', optimal: p.optimal, selection: p.selection, totals: p.totals },
    { plan: 'ALL_MICRO', optimal: p.allMicro.optimal, selection: p.allMicro.selection, totals: p.allMicro.totals },
    { plan: 'ALL_MACRO', optimal: p.allMacro.optimal, selection: p.allMacro.selection, totals: p.allMacro.totals },
  ];
  const rows = plans.flatMap((v) => v.selection.map((s) => ({ ...s, plan: v.plan })));
  const { out } = session;
  const valueName = o.goal === 'AWARENESS' ? 'impressions' : 'interactions';
  session.out.result({
    data: p,
    rows,
    columns: selectionColumns,
    human: () => {
      out.table(
        plans,
        summaryColumns(`expected ${valueName}`),
        `plans for ${formatMoney(o.budget)} on ${o.platform} (${o.goal.toLowerCase()})`,
      );
      const titles = { BEST: 'best plan', ALL_MICRO: 'all micro', ALL_MACRO: 'all macro' };
      for (const v of plans) {
        out.line();
        out.table(
          v.selection.map((s) => ({ ...s, plan: v.plan })),
          selectionColumns.filter((c) => HUMAN.has(c.header)),
          `${titles[v.plan]}: ${v.totals.creators} creators, ${formatMoney(v.totals.cost)}`,
        );
      }
      out.note(
        out.colors.dim(
          `${p.candidateCount} candidates of ${p.accountsConsidered} accounts (${p.unpricedAccounts} unpriced, ${p.tooFewPosts} with fewer than ${p.minPosts} posts); ${p.algorithm}${p.optimal ? ', optimal' : ''}`,
        ),
      );
    },
  });
}

export function registerPlan(program: Command, io: Io): void {
  program
    .command('plan')
    .description(
      'Plan a campaign: the creators that maximize expected interactions (engagement) or impressions (awareness) within a budget, beside the best all-micro and all-macro plans',
    )
    .requiredOption('--budget <money>', 'most the plan may cost, e.g. 5000USD, "5,000.50 EUR"', moneyParser)
    .addOption(
      new Option('--goal <goal>', 'engagement or awareness').argParser(enumParser(PLAN_GOALS)).makeOptionMandatory(),
    )
    .addOption(
      new Option('--platform <platform>', 'accounts of this platform')
        .argParser(enumParser(PLATFORMS))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--kind <kind>', 'format of each bought post (default photo)').argParser(enumParser(POST_KINDS)),
    )
    .option('--max-creators <n>', 'most creators (default 20)', intParser(1, 1000))
    .option('--min-authenticity <score>', 'lowest authenticity accepted (default 70)', numberParser(0, 100))
    .option('--min-posts <n>', 'posts in the window a candidate needs (default 3)', intParser(1, 1000))
    .option('--niche <niches>', 'creators in any of these niches (comma-separated or repeated)', listParser)
    .addOption(new Option('--tier <tiers>', 'allowed tiers (comma-separated)').argParser(enumListParser(TIERS)))
    .option('--posts-per-creator <n>', 'posts bought from each creator (default 1)', intParser(1, 1000))
    .option('--hourly-overhead <money>', 'cost of a coordination hour in the budget currency', moneyParser)
    .addHelpText(
      'after',
      '\nExample:\n  creatorgraph plan --budget 5000USD --goal engagement --platform instagram --niche travel',
    )
    .action(action<[], PlanOptions>(io, plan));
}
