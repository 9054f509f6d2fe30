/**
 * The `creatorgraph` command line as a function: `run(argv, io)` parses the arguments, runs the command and
 * resolves to the exit code (0 ok, 1 caller error, 2 server or network error, 3 rate limited). Streams,
 * environment and fetch are injectable, so tests run it in process.
 */
import { Command, CommanderError } from 'commander';
import pc from 'picocolors';
import { registerBenchmarks } from './commands/benchmarks.js';
import { registerCampaigns } from './commands/campaigns.js';
import { registerCreators } from './commands/creators.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerKeys } from './commands/keys.js';
import { registerLogin } from './commands/login.js';
import { registerPlan } from './commands/plan.js';
import { registerWatch } from './commands/watch.js';
import type { Io } from './context.js';
import { type ApiErrorLike, CliError, EXIT, type ExitCode, fromApiError } from './errors.js';
import { MoneyParseError } from './money.js';
import { useColor } from './output.js';

export type { Io } from './context.js';
export { EXIT, type ExitCode } from './errors.js';

export const VERSION = '0.1.0';

export function buildProgram(io: Io): Command {
  const program = new Command('creatorgraph')
    .description(
      'Creator analytics from the command line: discovery, metrics, campaigns and plans through the creatorgraph API',
    )
    .version(VERSION)
    .option('--url <url>', 'GraphQL endpoint (env CREATORGRAPH_URL; default http://localhost:4000/graphql)')
    .option('--api-key <key>', 'API key (env CREATORGRAPH_API_KEY, or `creatorgraph login`)')
    .option('--json', 'print the data as JSON')
    .option('--csv', 'print tables as CSV')
    .option('--no-color', 'no colours (also off without a terminal and with NO_COLOR)')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      'after',
      `
Configuration: flags > environment (CREATORGRAPH_URL, CREATORGRAPH_API_KEY) > the config file written by
\`creatorgraph login\` (~/.config/creatorgraph/config.json, or $CREATORGRAPH_CONFIG).
Exit codes: 0 ok, 1 caller error, 2 server or network error, 3 rate limited.`,
    );
  registerLogin(program, io);
  registerCreators(program, io);
  registerBenchmarks(program, io);
  registerCampaigns(program, io);
  registerPlan(program, io);
  registerImport(program, io);
  registerExport(program, io);
  registerWatch(program, io);
  registerKeys(program, io);
  return program;
}

/** An error thrown by an SDK iterator (CreatorgraphError) carries the API error as `error`. */
function apiErrorOf(error: unknown): ApiErrorLike | null {
  if (typeof error !== 'object' || error === null) return null;
  const inner = (error as { error?: unknown }).error;
  if (typeof inner === 'object' && inner !== null && typeof (inner as ApiErrorLike).code === 'string')
    return inner as ApiErrorLike;
  return null;
}

function report(io: Io, error: CliError): void {
  const color = pc.createColors(useColor(io.stderr, io.env));
  const lines = [`${color.red('error:')} ${error.message}`];
  for (const issue of error.details.issues ?? []) lines.push(`  ${issue.field}: ${issue.message}`);
  if (error.exitCode === EXIT.RATE_LIMITED && error.details.retryAfter !== undefined) {
    const at = new Date(Date.now() + error.details.retryAfter * 1000).toISOString();
    lines.push(`  the budget allows this operation again in ${error.details.retryAfter} s (at ${at})`);
  }
  io.stderr.write(`${lines.join('\n')}\n`);
}

export async function run(argv: readonly string[], io: Partial<Io> = {}): Promise<ExitCode> {
  const full: Io = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    env: io.env ?? process.env,
    fetch: io.fetch ?? globalThis.fetch,
    now: io.now ?? (() => new Date()),
    ...(io.signal ? { signal: io.signal } : {}),
  };
  const program = buildProgram(full);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help / version) already.
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
        ? EXIT.OK
        : EXIT.CALLER;
    }
    let cli: CliError;
    if (error instanceof CliError) cli = error;
    else if (error instanceof MoneyParseError) cli = new CliError(error.message, EXIT.CALLER);
    else {
      const api = apiErrorOf(error);
      cli = api
        ? fromApiError(api)
        : new CliError(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`, EXIT.SERVER);
    }
    report(full, cli);
    return cli.exitCode;
  }
}
