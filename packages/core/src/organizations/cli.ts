import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config.js';
import { pendingMigrations, SchemaNotCurrentError } from '../db/migrate.js';
import { type Database, type EntityManager, initORM } from '../db/orm.js';
import { API_SCOPES, type ApiScope } from '../enums.js';
import { DomainError, ValidationError } from '../errors.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { AccountSummaryStore } from '../metrics/summary-store.js';
import type { IApiKey } from './entity.js';
import { apiKeyChangesChannel, OrganizationService } from './service.js';

/**
 * The operator's CLI: onboarding organizations and managing keys straight on the database the server
 * uses (DATABASE_URL; migrations are applied first, as the server does). Secrets go to stdout alone, so
 * `npm run -s admin -- org:create … > key.txt` captures just the key; everything else goes to stderr.
 */

export const ADMIN_USAGE = `Usage: npm run admin -- <command> [options]

Works on the database in DATABASE_URL (default file:./data/creatorgraph.sqlite), migrating it first.
Secrets are printed once, alone on stdout; notes and tables go to stderr / stdout as listed.

Commands:
  org:create --name <name> --slug <slug> [--key-name <name>]
      Create an organization and its first ADMIN key; prints the key's secret once.
  org:list
      List organizations with their active and active ADMIN key counts.
  keys:list --org <slug>
      List an organization's keys (newest first, revoked ones included).
  keys:create --org <slug> --name <name> --scopes <s1,s2,...> [--trusted-documents-only]
      Create a key; scopes: ${API_SCOPES.join(', ')}. Prints the secret once.
  keys:revoke --prefix <prefix>
      Revoke a key. The last active ADMIN key of an organization cannot be revoked.
  keys:grant-catalog-write --prefix <prefix>
      Let a key write the shared catalog (importData). Organization keys do not have it by default.
  keys:revoke-catalog-write --prefix <prefix>
      Take CATALOG_WRITE back from a key.
  metrics:rebuild
      Recompute every account's precomputed metrics from its posts and snapshots. Writes keep them exact
      and readers recompute expired ones, so this is for after restoring a backup or changing the rules.
  help
      Show this text.

Exit codes: 0 done, 1 refused (unknown organization or key, slug taken, last ADMIN key), 2 bad arguments
or configuration.`;

export interface AdminIO {
  env: Record<string, string | undefined>;
  stdout(line: string): void;
  stderr(line: string): void;
}

const processIO: AdminIO = {
  env: process.env,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** A mistake in how the command was called: exit 2 with one line. */
class UsageError extends Error {}

const text = z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') });
const prefixOnly = z.object({ prefix: text });

// Scopes are accepted as the API spells them (CATALOG_WRITE) or as stored (catalog_write).
const scopeList = text.transform((raw, ctx) => {
  const out: ApiScope[] = [];
  for (const part of raw.split(',').map((s) => s.trim().toLowerCase().replaceAll('-', '_'))) {
    if (!(API_SCOPES as readonly string[]).includes(part)) {
      ctx.addIssue({ code: 'custom', message: `unknown scope "${part}" (use ${API_SCOPES.join(', ')})` });
      return z.NEVER;
    }
    out.push(part as ApiScope);
  }
  return out;
});

interface Command {
  options: Record<string, { type: 'string' | 'boolean' }>;
  schema: z.ZodType;
  run(service: OrganizationService, values: never, io: AdminIO, em: EntityManager): Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  'org:create': {
    options: { name: { type: 'string' }, slug: { type: 'string' }, 'key-name': { type: 'string' } },
    schema: z.object({ name: text, slug: text, 'key-name': text.optional() }),
    async run(service, values: { name: string; slug: string; 'key-name'?: string }, io) {
      const { organization, key, secret } = await service.createOrganization({
        name: values.name,
        slug: values.slug,
        keyName: values['key-name'],
      });
      io.stderr(`Created organization ${organization.slug} (${organization.name}).`);
      io.stderr(`Its first ADMIN key is ${key.prefix} ("${key.name}"). Secret, shown this once; store it now:`);
      io.stdout(secret);
    },
  },
  'org:list': {
    options: {},
    schema: z.object({}),
    async run(service, _values, io) {
      const rows = (await service.listOrganizations()).map((s) => [
        s.organization.slug,
        s.organization.name,
        String(s.activeKeys),
        String(s.activeAdminKeys),
        iso(s.organization.createdAt),
      ]);
      table(io, ['SLUG', 'NAME', 'ACTIVE KEYS', 'ADMIN KEYS', 'CREATED'], rows);
    },
  },
  'keys:list': {
    options: { org: { type: 'string' } },
    schema: z.object({ org: text }),
    async run(service, values: { org: string }, io) {
      const keys = await service.listKeys({ slug: values.org });
      table(
        io,
        ['PREFIX', 'NAME', 'SCOPES', 'TRUSTED DOCS ONLY', 'CREATED', 'LAST USED', 'REVOKED'],
        keys.map((k) => [
          k.prefix,
          k.name,
          k.scopes.join(','),
          k.trustedDocumentsOnly ? 'yes' : 'no',
          iso(k.createdAt),
          iso(k.lastUsedAt),
          iso(k.revokedAt),
        ]),
      );
    },
  },
  'keys:create': {
    options: {
      org: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      'trusted-documents-only': { type: 'boolean' },
    },
    schema: z.object({ org: text, name: text, scopes: scopeList, 'trusted-documents-only': z.boolean().optional() }),
    async run(
      service,
      values: { org: string; name: string; scopes: ApiScope[]; 'trusted-documents-only'?: boolean },
      io,
    ) {
      const { key, secret } = await service.createKey(
        { slug: values.org },
        { name: values.name, scopes: values.scopes, trustedDocumentsOnly: values['trusted-documents-only'] ?? false },
      );
      io.stderr(`Created key ${key.prefix} ("${key.name}") for ${values.org}: ${describe(key)}.`);
      io.stderr('Secret, shown this once; store it now:');
      io.stdout(secret);
    },
  },
  'keys:revoke': {
    options: { prefix: { type: 'string' } },
    schema: prefixOnly,
    async run(service, values: { prefix: string }, io) {
      const key = await service.revokeKey(values.prefix);
      io.stdout(`Revoked ${key.prefix} ("${key.name}") at ${iso(key.revokedAt)}.`);
    },
  },
  'keys:grant-catalog-write': {
    options: { prefix: { type: 'string' } },
    schema: prefixOnly,
    async run(service, values: { prefix: string }, io) {
      const key = await service.setCatalogWrite(values.prefix, true);
      io.stdout(`${key.prefix} now holds: ${describe(key)}.`);
    },
  },
  'metrics:rebuild': {
    options: {},
    schema: z.object({}),
    async run(_service, _values, io, em) {
      const started = Date.now();
      const store = new AccountSummaryStore(em, DEFAULT_METRICS_CONFIG);
      const done = await store.rebuild(new Date(), (n) => {
        if (n % 5_000 === 0) io.stderr(`… ${n} accounts`);
      });
      io.stdout(
        `Rebuilt the precomputed metrics of ${done} accounts in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    },
  },
  'keys:revoke-catalog-write': {
    options: { prefix: { type: 'string' } },
    schema: prefixOnly,
    async run(service, values: { prefix: string }, io) {
      const key = await service.setCatalogWrite(values.prefix, false);
      io.stdout(`${key.prefix} now holds: ${describe(key)}.`);
    },
  },
};

function describe(key: IApiKey): string {
  return `${key.scopes.join(', ')}${key.trustedDocumentsOnly ? ' (trusted documents only)' : ''}`;
}

function iso(date: Date | null | undefined): string {
  return date ? date.toISOString() : '-';
}

function table(io: AdminIO, head: string[], rows: string[][]): void {
  if (rows.length === 0) {
    io.stderr('(none)');
    return;
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  io.stdout(line(head));
  for (const row of rows) io.stdout(line(row));
}

/** Publishes one key change on Redis; a failure is a warning (servers still honour it within the TTL). */
async function publishKeyChange(url: string, channel: string, keyId: number, io: AdminIO): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.publish(channel, String(keyId));
  } catch (error) {
    io.stderr(
      `warning: could not tell running servers through Redis (${(error as Error).message}); they drop the key within their key cache's TTL.`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Parses `argv` (without node and script) into a command and its validated options. */
export function parseAdminCommand(argv: string[]): { name: string; command: Command; values: unknown } | 'help' {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('no command given');
  if (name === 'help' || name === '--help' || name === '-h') return 'help';
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }));
  } catch (error) {
    // parseArgs' messages are already one line and name the option.
    throw new UsageError(`${name}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = command.schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${name}: --${issue?.path.join('.') ?? '?'} ${issue?.message ?? 'is invalid'}`);
  }
  return { name, command, values: parsed.data };
}

/**
 * Runs one admin command and returns the exit code. Caller mistakes print one line on stderr and never
 * a stack trace. `db` is for tests that already hold a connection; otherwise DATABASE_URL is opened.
 */
export async function runAdmin(argv: string[], io: AdminIO = processIO, db?: Database): Promise<number> {
  let parsed: ReturnType<typeof parseAdminCommand>;
  try {
    parsed = parseAdminCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}. Run \`npm run admin -- help\` for usage.`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout(ADMIN_USAGE);
    return 0;
  }
  let database = db;
  try {
    if (!database) {
      const config = loadConfig(io.env);
      // In production the admin CLI, like the server, neither creates nor migrates a database: a mistyped
      // DATABASE_URL is an error, not a new empty catalog, and migrations are `npm run migrate`'s job.
      const production = config.PROFILE === 'production';
      database = await initORM({
        databaseUrl: config.DATABASE_URL,
        ...(production ? { createDatabase: false, migrate: false } : {}),
      });
      if (production) {
        const pending = await pendingMigrations(database.em.fork());
        if (pending.length) throw new SchemaNotCurrentError(pending);
      }
    }
    const em = database.em.fork();
    // With Redis configured, running servers hear of a revocation or scope change at once instead of within
    // their key cache's TTL.
    const redisUrl = io.env.REDIS_URL;
    const channel = apiKeyChangesChannel(io.env.REDIS_PREFIX?.trim() || undefined);
    const onKeyChanged = redisUrl ? (key: IApiKey) => publishKeyChange(redisUrl, channel, key.id, io) : undefined;
    await parsed.command.run(new OrganizationService(em, { onKeyChanged }), parsed.values as never, io, em);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`error: ${error.issues.map((i) => `${i.variable} ${i.message}`).join('; ')}`);
      return 2;
    }
    if (error instanceof ValidationError) {
      const detail = error.issues.map((i) => `--${optionName(i.field)} ${i.message}`).join('; ');
      io.stderr(`error: ${parsed.name}: ${detail}. Run \`npm run admin -- help\` for usage.`);
      return 2;
    }
    if (error instanceof DomainError) {
      io.stderr(`error: ${error.message}`);
      return 1;
    }
    // Not the caller's mistake (database unreachable, a bug): the cause is worth its stack.
    io.stderr(`error: ${parsed.name} failed: ${(error as Error)?.message ?? String(error)}`);
    if (io.env.LOG_LEVEL === 'debug' || io.env.LOG_LEVEL === 'trace') io.stderr(String((error as Error)?.stack));
    return 1;
  } finally {
    if (!db) await database?.close();
  }
}

/** The service validates `input.name`, `input.keyName`…; the operator typed `--name`, `--key-name`. */
function optionName(field: string): string {
  const last = field.replace(/^input\./, '').split('.')[0] ?? field;
  return last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
