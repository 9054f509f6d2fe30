/** `watch <campaign>`: the campaign's metrics live, one line per update, through the SDK's subscription. */
import type { Command } from 'commander';
import { intParser } from '../args.js';
import type { Io, Session } from '../context.js';
import { formatDate, formatInt, formatMoney, formatRate } from '../output.js';
import { action } from './shared.js';

interface WatchOptions {
  count?: number;
}

async function watch(session: Session, o: WatchOptions, campaignId: string): Promise<void> {
  const sdk = session.sdk();
  const { out } = session;
  const controller = new AbortController();
  const stop = () => controller.abort();
  session.io.signal?.addEventListener('abort', stop, { once: true });
  if (out.mode === 'human') out.note(out.colors.dim(`watching ${campaignId}; Ctrl-C to stop`));
  let seen = 0;
  try {
    for await (const update of sdk.subscribe.campaignMetricsUpdated(
      { campaignId },
      {
        signal: controller.signal,
        onReconnect: ({ attempt, delayMs, error }) =>
          out.note(
            out.colors.yellow(
              `connection lost (${error.message}); reconnecting in ${Math.round(delayMs / 100) / 10} s (attempt ${attempt})`,
            ),
          ),
      },
    )) {
      seen++;
      const m = update.campaign.metrics;
      if (out.mode === 'human') {
        out.line(
          `${formatDate(update.at)}  ${out.colors.bold(update.reason)}  ${update.campaign.name}: spend ${formatMoney(m.spend)}, ${m.creators} creators, ${formatInt(m.interactions)} interactions, engagement ${formatRate(m.engagementRate)}, CPE ${formatMoney(m.cpe, true)}`,
        );
      } else {
        // One JSON document per line (NDJSON), so a pipe can read updates as they come.
        session.io.stdout.write(`${JSON.stringify(update)}\n`);
      }
      if (o.count !== undefined && seen >= o.count) break;
    }
  } catch (error) {
    // Ctrl-C (or the caller's signal) ends the watch normally.
    if (controller.signal.aborted) return;
    throw error;
  } finally {
    session.io.signal?.removeEventListener('abort', stop);
  }
}

export function registerWatch(program: Command, io: Io): void {
  program
    .command('watch')
    .description(
      'Follow a campaign live: a line each time a write changes its members, fees, linked posts or results, with the metrics after it (--json: one JSON object per line)',
    )
    .argument('<campaign>', 'campaign id')
    .option('--count <n>', 'stop after this many updates', intParser(1))
    .action(action<[string], WatchOptions>(io, watch));
}
