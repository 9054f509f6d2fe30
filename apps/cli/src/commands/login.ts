/** `login`: verifies a key with the `viewer` query and stores it with the URL in the config file (0600). */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { normalizeUrl, writeConfigFile } from '../config.js';
import { createSdkClient, type Io, type Session, unwrap } from '../context.js';
import { usage } from '../errors.js';
import { action } from './shared.js';

async function ask(io: Io, question: string): Promise<string> {
  if (!io.stdin?.isTTY)
    throw usage(`${question.replace(/:\s*$/, '')} is needed: pass it as an option (no terminal to ask on)`);
  const rl = createInterface({ input: io.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

async function login(session: Session): Promise<void> {
  const { io, config, flags } = session;
  // The URL defaults to the resolved one (env, file, default); the key must be given or typed.
  const url = flags.url
    ? config.url
    : normalizeUrl((await askOr(io, `Server URL [${config.url}]: `, config.url)) || config.url);
  const apiKey =
    flags.apiKey ?? (config.sources.apiKey === 'env' ? config.apiKey : undefined) ?? (await ask(io, 'API key: '));
  if (!apiKey) throw usage('an API key is needed');
  const viewer = unwrap(await createSdkClient(url, apiKey, io.fetch).viewer()).viewer;
  await writeConfigFile(config.path, { url, apiKey });
  session.out.result({
    data: { url, path: config.path, viewer },
    human: () =>
      session.out.line(
        `logged in to ${url} as ${viewer.organization.name} (${viewer.keyPrefix}, ${viewer.scopes.join(' ')}); saved to ${config.path}`,
      ),
  });
}

/** Asks on a terminal; without one, takes the default. */
async function askOr(io: Io, question: string, fallback: string): Promise<string> {
  return io.stdin?.isTTY ? ask(io, question) : fallback;
}

export function registerLogin(program: Command, io: Io): void {
  program
    .command('login')
    .description(
      'Check an API key against the server (the viewer query) and save the URL and key to the config file, readable by you only; asks for what --url and --api-key do not give',
    )
    .addHelpText(
      'after',
      '\nExample:\n  creatorgraph login --url https://api.example.com/graphql --api-key cg_AbCdEfGh_…',
    )
    .action(action<[], object>(io, login));
}
