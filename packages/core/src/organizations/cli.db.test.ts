import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initORM } from '../db/orm.js';
import { seedCatalog } from '../testing/fixtures.js';
import { scratchDatabase, TEST_DIALECTS } from '../testing/index.js';
import { type AdminIO, runAdmin } from './cli.js';
import { ApiKey } from './entity.js';
import { API_KEY_CHANGES_CHANNEL, authenticate } from './service.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Redis runs on every machine here and CI starts it; locally SKIP_REDIS=1 skips (never on CI).
const withRedis = Boolean(process.env.CI) || !process.env.SKIP_REDIS;

describe.each(TEST_DIALECTS)('admin CLI on %s', (dialect) => {
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    database = await scratchDatabase(dialect);
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Runs one command as `npm run admin -- …` would, capturing its output. */
  async function admin(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: AdminIO = {
      env: { DATABASE_URL: database.url },
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
    };
    const code = await runAdmin(argv, io);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  /** Authenticates a secret against the same database, in a connection of its own. */
  async function principalOf(secret: string) {
    const db = await initORM({ databaseUrl: database.url });
    try {
      return await authenticate(db.em.fork(), secret);
    } finally {
      await db.close();
    }
  }

  it('onboards an organization: the first ADMIN key is printed once, alone on stdout', async () => {
    const created = await admin('org:create', '--name', 'Initech Corp', '--slug', 'initech');
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toMatch(/^cg_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]+$/);
    expect(created.stderr).toContain('Created organization initech (Initech Corp)');
    const principal = await principalOf(created.stdout);
    expect(principal?.organization.slug).toBe('initech');
    expect([...(principal?.scopes ?? [])].sort()).toEqual(['admin', 'read', 'write']);

    const list = await admin('org:list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[1]).toMatch(/^initech\s+Initech Corp\s+1\s+1\s+/);
    // The secret is never shown again.
    const keys = await admin('keys:list', '--org', 'initech');
    expect(keys.stdout).toContain(created.stdout.slice(0, 11));
    expect(keys.stdout).not.toContain(created.stdout);
  });

  it('creates keys with scopes and the trusted-documents flag, grants and withdraws CATALOG_WRITE', async () => {
    const created = await admin(
      'keys:create',
      '--org',
      'initech',
      '--name',
      'mobile app',
      '--scopes',
      'read,write',
      '--trusted-documents-only',
    );
    expect(created.code).toBe(0);
    const secret = created.stdout;
    const principal = await principalOf(secret);
    expect(principal?.key).toMatchObject({ name: 'mobile app', scopes: ['read', 'write'], trustedDocumentsOnly: true });
    expect(principal?.scopes.has('catalog_write')).toBe(false);
    const prefix = principal?.key.prefix as string;

    const granted = await admin('keys:grant-catalog-write', '--prefix', prefix);
    expect(granted).toMatchObject({
      code: 0,
      stdout: `${prefix} now holds: read, write, catalog_write (trusted documents only).`,
    });
    expect((await principalOf(secret))?.scopes.has('catalog_write')).toBe(true);
    expect((await admin('keys:revoke-catalog-write', '--prefix', prefix)).code).toBe(0);
    expect((await principalOf(secret))?.scopes.has('catalog_write')).toBe(false);

    const plain = await admin('keys:create', '--org', 'initech', '--name', 'ci', '--scopes', 'READ');
    expect((await principalOf(plain.stdout))?.key.trustedDocumentsOnly).toBe(false);
    const listed = await admin('keys:list', '--org', 'initech');
    expect(listed.stdout).toMatch(new RegExp(`${prefix}\\s+mobile app\\s+read,write\\s+yes`));
  });

  it('revokes keys but never the last active ADMIN key', async () => {
    const created = await admin('org:create', '--name', 'Hooli', '--slug', 'hooli');
    const first = (await principalOf(created.stdout))?.key.prefix as string;
    const refused = await admin('keys:revoke', '--prefix', first);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `error: ${first} is the last active ADMIN key of its organization: create another ADMIN key before revoking this one.`,
    );
    const second = await admin('keys:create', '--org', 'hooli', '--name', 'second admin', '--scopes', 'admin');
    const revoked = await admin('keys:revoke', '--prefix', first);
    expect(revoked).toMatchObject({ code: 0 });
    expect(revoked.stdout).toMatch(new RegExp(`^Revoked ${first} \\("first admin key"\\) at \\d{4}-`));
    expect(await principalOf(created.stdout)).toBeNull();
    expect(await principalOf(second.stdout)).not.toBeNull();
    const db = await initORM({ databaseUrl: database.url });
    expect(await db.em.fork().count(ApiKey, { prefix: first, revokedAt: { $ne: null } })).toBe(1);
    await db.close();
  });

  it.skipIf(!withRedis)('tells running servers of a revocation through Redis when REDIS_URL is set', async () => {
    const created = await admin('org:create', '--name', 'Pied Piper', '--slug', 'pied-piper');
    const key = await principalOf(created.stdout);
    const second = await admin('keys:create', '--org', 'pied-piper', '--name', 'second', '--scopes', 'admin');
    expect(second.code).toBe(0);
    const subscriber = new Redis(REDIS_URL);
    const heard: string[] = [];
    subscriber.on('message', (_channel, message) => heard.push(message));
    await subscriber.subscribe(API_KEY_CHANGES_CHANNEL);
    try {
      const out: string[] = [];
      const io: AdminIO = {
        env: { DATABASE_URL: database.url, REDIS_URL },
        stdout: (line) => out.push(line),
        stderr: (line) => out.push(line),
      };
      expect(await runAdmin(['keys:revoke', '--prefix', key?.key.prefix as string], io)).toBe(0);
      await vi.waitFor(() => expect(heard).toEqual([String(key?.key.id)]));
    } finally {
      subscriber.disconnect();
    }
  });

  it.each([
    [['org:create', '--name', 'X'], 2, 'error: org:create: --slug is required.'],
    [['org:create', '--name', 'X', '--slug', 'Not_A_Slug'], 2, 'error: org:create: --slug must be lowercase'],
    [['org:create', '--name', 'Again', '--slug', 'initech'], 1, 'error: An organization with slug initech already'],
    [['keys:create', '--org', 'initech', '--name', 'x', '--scopes', 'read,root'], 2, 'unknown scope "root"'],
    [['keys:create', '--org', 'initech', '--name', ' ', '--scopes', 'read'], 2, '--name must not be empty'],
    [['keys:list', '--org', 'nobody'], 1, 'error: Organization nobody was not found'],
    [['keys:list', '--org', 'initech', '--bogus'], 2, "Unknown option '--bogus'"],
    [['keys:revoke'], 2, 'error: keys:revoke: --prefix is required.'],
    [['keys:revoke', '--prefix', 'cg_nothere1'], 1, 'error: ApiKey cg_nothere1 was not found'],
    [['keys:revoke', '--prefix', 'no spaces'], 2, '--prefix must be the visible start of a key'],
    [['org:list', 'extra'], 2, "Unexpected argument 'extra'"],
    [['frobnicate'], 2, 'error: unknown command "frobnicate".'],
    [[], 2, 'error: no command given.'],
  ])('refuses %j with exit code %i and one line', async (argv, code, message) => {
    const result = await admin(...argv);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints usage for help and names every command in it', async () => {
    const help = await admin('help');
    expect(help.code).toBe(0);
    for (const command of [
      'org:create',
      'org:list',
      'keys:list',
      'keys:create',
      'keys:revoke',
      'keys:grant-catalog-write',
      'keys:revoke-catalog-write',
      '--trusted-documents-only',
    ]) {
      expect(help.stdout).toContain(command);
    }
  });

  it('rebuilds the precomputed metrics of every account', async () => {
    const db = await initORM({ databaseUrl: database.url });
    try {
      await seedCatalog(db.em.fork(), { creators: 6, postsPerAccount: 4, end: new Date() });
      const accounts = await db.em.fork().getKnex()('accounts').count({ n: '*' });
      const result = await admin('metrics:rebuild');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(`^Rebuilt the precomputed metrics of ${Number(accounts[0]?.n)} accounts`),
      );
      const computed = await db.em.fork().getKnex()('account_metrics').whereNotNull('computed_at').count({ n: '*' });
      expect(Number(computed[0]?.n)).toBe(Number(accounts[0]?.n));
    } finally {
      await db.close();
    }
  });
});

describe('admin CLI configuration', () => {
  it('refuses a bad DATABASE_URL with exit code 2 and one line', async () => {
    const err: string[] = [];
    const code = await runAdmin(['org:list'], {
      env: { DATABASE_URL: 'mysql://nope' },
      stdout: () => {},
      stderr: (line) => err.push(line),
    });
    expect(code).toBe(2);
    expect(err).toEqual(["error: DATABASE_URL must be 'postgres://…', 'postgresql://…', 'file:<path>' or ':memory:'"]);
  });
});

describe.skipIf(!TEST_DIALECTS.includes('postgresql'))('admin CLI in production', () => {
  it('neither creates nor migrates a database: a mistyped name is an error, a stale schema names npm run migrate', async () => {
    const missing = `creatorgraph_admin_missing_${Date.now()}`;
    const err: string[] = [];
    const io = (url: string): AdminIO => ({
      env: { DATABASE_URL: url, PROFILE: 'production' },
      stdout: () => {},
      stderr: (line) => err.push(line),
    });
    const base = 'postgres://postgres@127.0.0.1:5432';
    expect(await runAdmin(['org:list'], io(`${base}/${missing}`))).toBe(1);
    expect(err.join('\n')).toContain(missing);
    const admin = await initORM({ databaseUrl: `${base}/postgres`, migrate: false });
    try {
      const rows = await admin.em.getConnection().execute('select 1 from pg_database where datname = ?', [missing]);
      expect(rows).toHaveLength(0);
    } finally {
      await admin.close();
    }
    // An existing but unmigrated database: refused with the command to run.
    const empty = await scratchDatabase('postgresql');
    try {
      err.length = 0;
      expect(await runAdmin(['org:list'], io(empty.url))).toBe(1);
      expect(err.join('\n')).toContain('npm run migrate');
    } finally {
      await empty.drop();
    }
  });
});
