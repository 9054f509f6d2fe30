/** `campaigns list|show|create|add-member|link-posts|results|compare`: your organization's campaigns. */
import type {
  CampaignGoal,
  CampaignMetricsFieldsFragment,
  CampaignStatus,
  CampaignsQuery,
  CompareCampaignsQuery,
  Platform,
  PostKind,
} from '@creatorgraph/sdk';
import { type Command, Option } from 'commander';
import { dateParser, enumListParser, enumParser, globalIdType, intParser, listParser, moneyParser } from '../args.js';
import { found, type Io, payload, type Session, unwrap } from '../context.js';
import { CAMPAIGN_GOALS, CAMPAIGN_STATUSES, PLATFORMS, POST_KINDS } from '../enums.js';
import { usage } from '../errors.js';
import type { MoneyInput } from '../money.js';
import { type Column, formatDate, formatInt, formatMoney, formatNumber, formatRate } from '../output.js';
import { action, pageNote } from './shared.js';

type CampaignRow = CampaignsQuery['campaigns']['nodes'][number];

const campaignColumns: Column<CampaignRow>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'name', value: (c) => c.name },
  { header: 'brand', value: (c) => c.brand },
  { header: 'goal', value: (c) => c.goal },
  { header: 'status', value: (c) => c.status },
  { header: 'budget_minor', value: (c) => c.budget.amountMinor, format: (c) => formatMoney(c.budget), align: 'right' },
  { header: 'currency', value: (c) => c.currency },
  { header: 'members', value: (c) => c.members.length, align: 'right' },
  { header: 'starts_at', value: (c) => c.startsAt, format: (c) => formatDate(c.startsAt) },
  { header: 'ends_at', value: (c) => c.endsAt, format: (c) => formatDate(c.endsAt) },
];

interface ListOptions {
  status?: CampaignStatus[];
  first: number;
  after?: string;
  all?: boolean;
}

async function list(session: Session, o: ListOptions): Promise<void> {
  const sdk = session.sdk();
  const nodes: CampaignRow[] = [];
  let after = o.after;
  let page: CampaignsQuery['campaigns'];
  do {
    page = unwrap(
      await sdk.campaigns({
        first: o.first,
        ...(after ? { after } : {}),
        ...(o.status?.length ? { statuses: o.status } : {}),
      }),
    ).campaigns;
    nodes.push(...page.nodes);
    after = page.pageInfo.endCursor ?? undefined;
  } while (o.all && page.pageInfo.hasNextPage && after);
  session.out.result({
    data: o.all ? { totalCount: page.totalCount, nodes } : page,
    rows: nodes,
    columns: campaignColumns,
    human: () =>
      session.out.table(
        nodes,
        campaignColumns.filter((c) => c.header !== 'currency'),
      ),
  });
  pageNote(
    session,
    nodes.length,
    page.totalCount,
    'campaigns',
    o.all || !page.pageInfo.hasNextPage ? null : page.pageInfo.endCursor,
  );
}

/** The metrics worth reading first, formatted. */
function metricFields(m: CampaignMetricsFieldsFragment): [string, string][] {
  const money = (v: { amountMinor: number; currency: string } | null | undefined, fractional = false) =>
    formatMoney(v, fractional);
  return [
    ['spend', `${money(m.spend)}${m.spendEstimated ? ' (includes estimates)' : ''} of ${money(m.budget)} budget`],
    [
      'creators',
      `${m.creators} (${m.deliverables} deliverables, ${m.posts} posts linked${m.unpricedMembers ? `, ${m.unpricedMembers} unpriced` : ''})`,
    ],
    ['reach potential', `${formatInt(m.reachPotential)} (authentic ${formatInt(m.authenticReach)})`],
    ['impressions', `${formatInt(m.impressions)}${m.impressionsEstimated ? ' (estimated)' : ''}`],
    ['interactions', formatInt(m.interactions)],
    ['views', formatInt(m.views)],
    ['engagement rate', formatRate(m.engagementRate)],
    ['CPE / CPM / CPV', `${money(m.cpe, true)} / ${money(m.cpm, true)} / ${money(m.cpv, true)}`],
    ['EMV', m.emv ? money(m.emv) : `— ${m.emvReason ?? ''}`.trim()],
    ['revenue', money(m.revenue)],
    ['conversions', formatInt(m.conversions)],
    ['cost per conversion', money(m.costPerConversion, true)],
    ['ROI', formatRate(m.roi)],
    ['average authenticity', formatNumber(m.averageAuthenticity, 1)],
    ['overhead', `${formatNumber(m.overheadHours, 1)} h, coordination risk ${formatNumber(m.coordinationRisk)}`],
    ['as of', formatDate(m.asOf)],
  ];
}

function printMetrics(session: Session, m: CampaignMetricsFieldsFragment): void {
  const { out } = session;
  out.fields(metricFields(m));
  for (const w of m.warnings) out.line(out.colors.yellow(`warning ${w.code}: ${w.message}`));
  out.table(
    m.memberFees,
    [
      { header: 'account', value: (f) => `${f.account.platform} @${f.account.handle}` },
      { header: 'tier', value: (f) => f.account.tier },
      { header: 'deliverables', value: (f) => f.deliverables, align: 'right' },
      { header: 'kind', value: (f) => f.kind },
      { header: 'fee', value: (f) => f.fee?.amountMinor, format: (f) => formatMoney(f.fee), align: 'right' },
      { header: 'source', value: (f) => `${f.source}${f.estimated ? ' (est.)' : ''}` },
    ],
    'members',
  );
}

async function show(session: Session, _o: object, id: string): Promise<void> {
  const sdk = session.sdk();
  const campaign = found(unwrap(await sdk.campaign({ id })).campaign, `campaign ${id}`);
  const metrics = found(unwrap(await sdk.campaignMetrics({ id })).campaign, `campaign ${id}`).metrics;
  session.out.result({
    data: { campaign, metrics },
    human: () => {
      const { out } = session;
      out.line(`${out.colors.bold(campaign.name)} — ${campaign.brand}, ${campaign.goal}, ${campaign.status}`);
      out.line(out.colors.dim(`${campaign.id}  ${formatDate(campaign.startsAt)} → ${formatDate(campaign.endsAt)}`));
      printMetrics(session, metrics);
    },
  });
}

interface CreateOptions {
  name: string;
  brand: string;
  goal: CampaignGoal;
  budget: MoneyInput;
  startsAt?: string;
  endsAt?: string;
  status?: CampaignStatus;
}

async function create(session: Session, o: CreateOptions): Promise<void> {
  const res = unwrap(
    await session.sdk().createCampaign({
      input: {
        name: o.name,
        brand: o.brand,
        goal: o.goal,
        currency: o.budget.currency,
        budget: o.budget,
        startsAt: o.startsAt ?? session.io.now().toISOString(),
        ...(o.endsAt ? { endsAt: o.endsAt } : {}),
        ...(o.status ? { status: o.status } : {}),
      },
    }),
  );
  const { campaign } = payload(res.createCampaign, 'CreateCampaignPayload');
  session.out.result({
    data: campaign,
    rows: [campaign],
    columns: campaignColumns,
    human: () => session.out.line(`created ${session.out.colors.bold(campaign.name)}: ${campaign.id}`),
  });
}

/** An account id, or a handle (with --platform when the creator uses it on several). */
async function resolveAccount(session: Session, ref: string, platform?: Platform): Promise<string> {
  if (globalIdType(ref) === 'Account') return ref;
  const handle = ref.replace(/^@/, '');
  const creator = found(
    unwrap(await session.sdk().creator({ handle, ...(platform ? { platform } : {}) })).creator,
    `account @${handle}`,
  );
  const matches = creator.accounts.filter(
    (a) => a.handle.toLowerCase() === handle.toLowerCase() && (!platform || a.platform === platform),
  );
  if (matches.length === 0) throw usage(`no account @${handle}${platform ? ` on ${platform}` : ''}`);
  if (matches.length > 1) {
    throw usage(`@${handle} is used on ${matches.map((m) => m.platform).join(' and ')}: pass --platform`);
  }
  return matches[0]!.id;
}

interface MemberOptions {
  platform?: Platform;
  deliverables?: number;
  kind?: PostKind;
  fee?: MoneyInput;
}

async function addMember(session: Session, o: MemberOptions, campaignId: string, account: string): Promise<void> {
  const accountId = await resolveAccount(session, account, o.platform);
  const res = unwrap(
    await session.sdk().addCampaignMember({
      input: {
        campaignId,
        accountId,
        ...(o.deliverables !== undefined ? { deliverables: o.deliverables } : {}),
        ...(o.kind ? { kind: o.kind } : {}),
        ...(o.fee ? { fee: o.fee } : {}),
      },
    }),
  );
  const added = payload(res.addCampaignMember, 'AddCampaignMemberPayload');
  session.out.result({
    data: added,
    human: () =>
      session.out.line(
        `added @${added.member.account.handle} (${added.member.account.tier ?? '—'}) to ${added.campaign.name}: ${added.member.deliverables} × ${added.member.kind}, fee ${added.member.fee ? formatMoney(added.member.fee) : 'not agreed (priced from the quote or rate card)'}`,
      ),
  });
}

async function linkPosts(session: Session, _o: object, campaignId: string, postIds: string[]): Promise<void> {
  const res = unwrap(await session.sdk().linkCampaignPosts({ campaignId, postIds }));
  const linked = payload(res.linkCampaignPosts, 'LinkCampaignPostsPayload');
  session.out.result({
    data: linked,
    human: () =>
      session.out.line(
        `linked ${linked.linkedPosts.length} posts to ${linked.campaign.name} (${linked.campaign.posts.length} in all)`,
      ),
  });
}

interface ResultsOptions {
  conversions?: number;
  revenue?: MoneyInput;
}

async function results(session: Session, o: ResultsOptions, campaignId: string): Promise<void> {
  const sdk = session.sdk();
  if (o.conversions !== undefined || o.revenue) {
    const res = unwrap(
      await sdk.recordCampaignResults({
        campaignId,
        input: {
          ...(o.conversions !== undefined ? { conversions: o.conversions } : {}),
          ...(o.revenue ? { revenue: o.revenue } : {}),
        },
      }),
    );
    payload(res.recordCampaignResults, 'RecordCampaignResultsPayload');
  }
  const campaign = found(unwrap(await sdk.campaignMetrics({ id: campaignId })).campaign, `campaign ${campaignId}`);
  const m = campaign.metrics;
  session.out.result({
    data: campaign,
    human: () =>
      session.out.fields(
        [
          ['spend', formatMoney(m.spend)],
          ['revenue', formatMoney(m.revenue)],
          ['conversions', formatInt(m.conversions)],
          ['cost per conversion', formatMoney(m.costPerConversion, true)],
          ['ROI', formatRate(m.roi)],
        ],
        campaign.name,
      ),
  });
}

// --- compare ---

const MONEY = new Set(['SPEND', 'EMV']);
const UNIT_MONEY = new Set(['CPE', 'CPM', 'CPV']);
const RATES = new Set(['ENGAGEMENT_RATE', 'ROI']);

export function formatMetric(metric: string, value: number | null | undefined, currency: string): string {
  if (value == null) return '—';
  if (MONEY.has(metric)) return formatMoney({ amountMinor: value, currency });
  if (UNIT_MONEY.has(metric)) return formatMoney({ amountMinor: value, currency }, true);
  if (RATES.has(metric)) return formatRate(value);
  return formatNumber(value);
}

type Comparison = Extract<CompareCampaignsQuery['compareCampaigns'], { __typename: 'CompareCampaignsPayload' }>;
type CompareRow = Comparison['rows'][number];

async function compare(session: Session, o: { goal?: CampaignGoal }, ids: string[]): Promise<void> {
  const res = unwrap(await session.sdk().compareCampaigns({ ids, ...(o.goal ? { goal: o.goal } : {}) }));
  const cmp = payload(res.compareCampaigns, 'CompareCampaignsPayload');
  const { out } = session;
  const columns: Column<CompareRow>[] = [
    { header: 'metric', value: (r) => r.metric },
    { header: 'direction', value: (r) => r.direction },
    ...cmp.campaigns.map(
      (c): Column<CompareRow> => ({
        header: out.mode === 'csv' ? c.id : c.name,
        value: (r) => r.values.find((v) => v.campaign.id === c.id)?.value,
        format: (r) => {
          const text = formatMetric(r.metric, r.values.find((v) => v.campaign.id === c.id)?.value, cmp.currency);
          return r.best.some((b) => b.id === c.id) && r.direction !== 'NEUTRAL' ? out.colors.green(`${text} *`) : text;
        },
        align: 'right',
      }),
    ),
  ];
  session.out.result({
    data: cmp,
    rows: cmp.rows,
    columns,
    human: () => {
      out.table(
        cmp.rows,
        columns.filter((c) => c.header !== 'direction'),
        `comparison in ${cmp.currency} (* best)`,
      );
      for (const v of cmp.verdicts) {
        out.line(`${out.colors.bold(v.goal)}: ${v.winners.map((w) => w.name).join(', ') || 'no winner'} — ${v.reason}`);
      }
      for (const w of cmp.warnings) out.line(out.colors.yellow(`warning ${w.campaign.name} ${w.code}: ${w.message}`));
    },
  });
}

export function registerCampaigns(program: Command, io: Io): void {
  const campaigns = program.command('campaigns').description("Your organization's campaigns");
  campaigns
    .command('list')
    .description('Campaigns, newest first')
    .addOption(
      new Option('--status <statuses>', 'only these statuses (comma-separated)').argParser(
        enumListParser(CAMPAIGN_STATUSES),
      ),
    )
    .option('--first <n>', 'campaigns per page (1–100)', intParser(1, 100), 20)
    .option('--after <cursor>', 'start after this cursor')
    .option('--all', 'page through every campaign')
    .action(action<[], ListOptions>(io, list));

  campaigns
    .command('show')
    .description('A campaign with its metrics (spend, reach, interactions, CPE/CPM/CPV, EMV, ROI) and members')
    .argument('<id>', 'campaign id')
    .action(action<[string], object>(io, show));

  campaigns
    .command('create')
    .description('Create a campaign; the budget sets its currency')
    .requiredOption('--name <name>', 'campaign name')
    .requiredOption('--brand <brand>', 'the brand promoted')
    .addOption(
      new Option('--goal <goal>', 'awareness, engagement or conversion')
        .argParser(enumParser(CAMPAIGN_GOALS))
        .makeOptionMandatory(),
    )
    .requiredOption('--budget <money>', 'budget with its currency, e.g. 5000USD or "5,000.50 EUR"', moneyParser)
    .option('--starts-at <date>', 'start (default now)', dateParser)
    .option('--ends-at <date>', 'end', dateParser)
    .addOption(
      new Option('--status <status>', 'initial status (default draft)').argParser(enumParser(CAMPAIGN_STATUSES)),
    )
    .addHelpText(
      'after',
      '\nExample:\n  creatorgraph campaigns create --name "Spring" --brand Acme --goal engagement --budget 5000USD',
    )
    .action(action<[], CreateOptions>(io, create));

  campaigns
    .command('add-member')
    .description(
      "Hire an account: its deliverables, their format and the agreed fee (else its quote or the rate card's estimate)",
    )
    .argument('<campaign>', 'campaign id')
    .argument('<account>', 'account id or handle')
    .addOption(new Option('--platform <platform>', 'platform of the handle').argParser(enumParser(PLATFORMS)))
    .option('--deliverables <n>', 'posts agreed (default 1)', intParser(1, 1000))
    .addOption(new Option('--kind <kind>', 'format of each post (default photo)').argParser(enumParser(POST_KINDS)))
    .option('--fee <money>', 'agreed fee per post in the campaign currency, e.g. 250USD', moneyParser)
    .action(action<[string, string], MemberOptions>(io, addMember));

  campaigns
    .command('link-posts')
    .description("Link members' posts to the campaign: they count in its metrics")
    .argument('<campaign>', 'campaign id')
    .argument('<posts...>', 'post ids (space- or comma-separated)')
    .action(
      action<[string, string[]], object>(io, (session, o, campaign, posts) =>
        linkPosts(
          session,
          o,
          campaign,
          posts.flatMap((p) => listParser(p)),
        ),
      ),
    );

  campaigns
    .command('results')
    .description('Record conversions and revenue (when given) and print the results: cost per conversion and ROI')
    .argument('<campaign>', 'campaign id')
    .option('--conversions <n>', 'conversions so far', intParser(0))
    .option('--revenue <money>', 'revenue in the campaign currency, e.g. 12000USD', moneyParser)
    .action(action<[string], ResultsOptions>(io, results));

  campaigns
    .command('compare')
    .description('Campaigns side by side, metric by metric, with the best of each and the winner for a goal')
    .argument('<ids...>', 'two to ten campaign ids')
    .addOption(
      new Option('--goal <goal>', 'judge for this goal (default: each campaign its own)').argParser(
        enumParser(CAMPAIGN_GOALS),
      ),
    )
    .action(action<[string[]], { goal?: CampaignGoal }>(io, compare));
}
