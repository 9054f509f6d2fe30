/** `export <kind>`: a catalog table or a decision as CSV or JSONL, to stdout or --out. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { CampaignGoal, CreatorFilter } from '@creatorgraph/sdk';
import { Argument, type Command, Option } from 'commander';
import { enumParser, listParser } from '../args.js';
import type { Io, Session } from '../context.js';
import { unwrap } from '../context.js';
import { CAMPAIGN_GOALS } from '../enums.js';
import { usage } from '../errors.js';
import { action } from './shared.js';

const CATALOG = ['creators', 'accounts', 'posts', 'snapshots'] as const;
const DECISIONS = ['plan', 'campaign-comparison', 'campaign-members'] as const;
type Kind = (typeof CATALOG)[number] | (typeof DECISIONS)[number];

interface ExportOptions {
  format?: 'csv' | 'jsonl';
  out?: string;
  filter?: string;
  ids?: string[];
  goal?: CampaignGoal;
  campaign?: string;
  input?: string;
  asOf?: string;
}

function json<T>(text: string, option: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw usage(
      `${option} must be JSON, e.g. ${option === '--filter' ? '\'{"tier":"MICRO"}\'' : '\'{"budget":{"amountMinor":500000,"currency":"USD"},"goal":"ENGAGEMENT","platform":"INSTAGRAM"}\''}`,
    );
  }
}

function formatOf(session: Session, o: ExportOptions): 'csv' | 'jsonl' {
  if (o.format) return o.format;
  if (o.out && /\.(jsonl|ndjson)$/i.test(o.out)) return 'jsonl';
  return session.flags.json ? 'jsonl' : 'csv';
}

async function exportKind(session: Session, o: ExportOptions, kind: Kind): Promise<void> {
  const sdk = session.sdk();
  const format = formatOf(session, o);
  let res: Awaited<ReturnType<typeof sdk.exportData>>;
  if ((CATALOG as readonly string[]).includes(kind)) {
    res = await sdk.exportData(kind as (typeof CATALOG)[number], {
      format,
      ...(o.filter ? { filter: json<CreatorFilter>(o.filter, '--filter') } : {}),
    });
  } else if (kind === 'campaign-comparison') {
    if (!o.ids?.length) throw usage('campaign-comparison needs --ids ID,ID');
    res = await sdk.exportDecision(
      kind,
      { ids: o.ids, ...(o.goal ? { goal: o.goal } : {}), ...(o.asOf ? { asOf: o.asOf } : {}) },
      format,
    );
  } else if (kind === 'campaign-members') {
    if (!o.campaign) throw usage('campaign-members needs --campaign ID');
    res = await sdk.exportDecision(kind, { campaign: o.campaign, ...(o.asOf ? { asOf: o.asOf } : {}) }, format);
  } else {
    if (!o.input) throw usage('plan needs --input with the PlanCampaignInput as JSON');
    res = await sdk.exportDecision('plan', { input: json(o.input, '--input') }, format);
  }
  const stream = unwrap(res);
  if (!o.out) {
    for await (const chunk of stream.chunks()) session.io.stdout.write(chunk);
    return;
  }
  const file = createWriteStream(o.out);
  try {
    for await (const chunk of stream.chunks()) if (!file.write(chunk)) await once(file, 'drain');
  } finally {
    file.end();
    await once(file, 'close');
  }
  session.out.note(`wrote ${o.out}`);
}

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description(
      'Download a catalog table (creators, accounts, posts, snapshots: the import formats) or a decision (plan, campaign-comparison, campaign-members) as CSV or JSONL',
    )
    .addArgument(new Argument('<kind>', 'what to export').choices([...CATALOG, ...DECISIONS]))
    .addOption(
      new Option('--format <format>', 'csv or jsonl (default: from --out, else csv)').choices(['csv', 'jsonl']),
    )
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option(
      '--filter <json>',
      'catalog: only the rows of creators matching this filter, e.g. \'{"tier":"MICRO","niches":["travel"]}\'',
    )
    .option('--ids <ids>', 'campaign-comparison: the campaign ids (comma-separated)', listParser)
    .addOption(
      new Option('--goal <goal>', 'campaign-comparison: judge for this goal').argParser(enumParser(CAMPAIGN_GOALS)),
    )
    .option('--campaign <id>', 'campaign-members: the campaign')
    .option('--input <json>', 'plan: the PlanCampaignInput as JSON')
    .option('--as-of <date>', 'decisions: evaluate at this time')
    .addHelpText(
      'after',
      '\nExamples:\n  creatorgraph export posts --filter \'{"tier":"MICRO"}\' --out micro-posts.csv\n  creatorgraph export campaign-comparison --ids A,B --goal engagement',
    )
    .action(action<[Kind], ExportOptions>(io, exportKind));
}
