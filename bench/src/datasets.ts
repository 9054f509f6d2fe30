import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initORM, OrganizationService } from '@creatorgraph/core';
import pg from 'pg';
import { ROOT } from './processes.js';

/**
 * Seeded benchmark databases, built once and reused: the generator (packages/core/scripts/
 * generate-dataset.ts) writes the import files, the import CLI (scripts/import.ts) loads them, then an
 * organization `bench` and, on the large PostgreSQL catalog, three campaigns with many linked posts are
 * added. Each database remembers how it was built (a PostgreSQL database comment, or a JSON file next to
 * the SQLite file) and is reused while that and its row counts still match.
 */

export type Dialect = 'postgresql' | 'sqlite';

export interface GenerationSpec {
  /** Names the database (creatorgraph_bench_<label>) or file (data/bench/<label>.sqlite). */
  label: string;
  creators: number;
  posts: number;
}

export interface Counts {
  creators: number;
  accounts: number;
  posts: number;
  snapshots: number;
}

interface Meta {
  creators: number;
  posts: number;
  seed: number;
  /** Last day of the generated history (the generator's --end). */
  end: string;
  counts: Counts;
  campaignIds: number[];
  linkedPosts: number;
  migrations: string[];
  buildSeconds: number;
}

export interface Dataset {
  label: string;
  dialect: Dialect;
  url: string;
  meta: Meta;
  /** A read key of the bench organization issued for this run. */
  key: string;
  /** Whether the cached database was reused (else built by this run). */
  reused: boolean;
}

export const SEED = 1;
export const ORGANIZATION_SLUG = 'bench';
/** Rebuild a cached catalog older than this: the API's default windows end now, the history at `end`. */
const MAX_AGE_DAYS = 7;
export const DATA_DIR = join(ROOT, 'data/bench');

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function run(command: string[], env: Record<string, string> = {}, quiet = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      if (!quiet) process.stderr.write(`    ${c.toString().trimEnd().replaceAll('\n', '\n    ')}\n`);
      out += c.toString();
    });
    child.on('exit', (code) => {
      // The import CLI exits 3 when some rows were rejected: the rest is imported, the benchmark goes on.
      if (code === 0 || code === 3) resolve(out);
      else reject(new Error(`${command.join(' ')} exited ${code}:\n${out.slice(-4_000)}`));
    });
  });
}

/** Writes the import files of a catalog (deterministic for the seed, size and end date). */
async function generate(spec: GenerationSpec, end: string): Promise<string> {
  const dir = join(DATA_DIR, `gen-${spec.label}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await run(
    [
      '--import',
      'tsx',
      'packages/core/scripts/generate-dataset.ts',
      ...['--creators', String(spec.creators), '--posts', String(spec.posts), '--seed', String(SEED)],
      ...['--end', `${end}T00:00:00Z`, '--out', dir],
    ],
    {},
    true,
  );
  return dir;
}

async function importFiles(url: string, dir: string): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(dir, f));
  await run(['--import', 'tsx', 'packages/core/scripts/import.ts', '--database-url', url, ...files], {}, true);
}

interface Inspection {
  migrations: string[];
  counts: Counts;
  /** A new read key of the bench organization; null when the organization is missing. */
  key: string | null;
}

/**
 * Opens the database as the server would (applying pending migrations), lists the applied migrations,
 * counts the catalog and issues this run's API key, in one connection.
 */
async function inspect(url: string): Promise<Inspection> {
  const db = await initORM({ databaseUrl: url });
  try {
    const connection = db.em.getConnection();
    const migrations = (
      (await connection.execute('select name from mikro_orm_migrations order by id')) as { name: string }[]
    ).map((r) => r.name);
    const count = async (table: string) =>
      Number(((await connection.execute(`select count(*) as n from ${table}`)) as { n: unknown }[])[0]?.n ?? 0);
    const counts = {
      creators: await count('creators'),
      accounts: await count('accounts'),
      posts: await count('posts'),
      snapshots: await count('follower_snapshots'),
    };
    let key: string | null = null;
    try {
      key = (
        await new OrganizationService(db.em.fork()).createKey(
          { slug: ORGANIZATION_SLUG },
          { name: `bench ${new Date().toISOString()}`, scopes: ['read'] },
        )
      ).secret;
    } catch {
      key = null;
    }
    return { migrations, counts, key };
  } finally {
    await db.close();
  }
}

/**
 * Three ACTIVE USD campaigns of the bench organization: every 8th account is a member (split in three), and
 * every post of a member is linked, so the campaigns total about 1/8 of the catalog's posts.
 */
async function seedCampaigns(url: string): Promise<{ ids: number[]; linkedPosts: number }> {
  const db = await initORM({ databaseUrl: url });
  const connection = db.em.getConnection();
  try {
    const [org] = (await connection.execute('select id from organizations where slug = ?', [ORGANIZATION_SLUG])) as {
      id: number;
    }[];
    if (!org) throw new Error('organization bench missing');
    const ids: number[] = [];
    const goals = ['AWARENESS', 'ENGAGEMENT', 'CONVERSION'];
    for (const [i, goal] of goals.entries()) {
      const [row] = (await connection.execute(
        `insert into campaigns (organization_id, name, brand, goal, status, currency, budget_minor, starts_at, created_at, updated_at)
         values (?, ?, 'Bench', ?, 'ACTIVE', 'USD', 100000000, now() - interval '180 days', now(), now()) returning id`,
        [org.id, `Bench campaign ${i + 1}`, goal],
      )) as { id: number }[];
      const id = Number(row?.id);
      ids.push(id);
      await connection.execute(
        `insert into campaign_members (campaign_id, account_id, deliverables, created_at)
         select ?, a.id, 4, now() from accounts a where a.id % 8 = 0 and (a.id / 8) % 3 = ?`,
        [id, i],
      );
      await connection.execute(
        `insert into campaign_posts (campaign_id, post_id, linked_at)
         select m.campaign_id, p.id, now() from campaign_members m join posts p on p.account_id = m.account_id
         where m.campaign_id = ?`,
        [id],
      );
    }
    await connection.execute('analyze');
    const [linked] = (await connection.execute(
      'select count(*) as n from campaign_posts where campaign_id in (?, ?, ?)',
      ids,
    )) as {
      n: unknown;
    }[];
    return { ids, linkedPosts: Number(linked?.n ?? 0) };
  } finally {
    await db.close();
  }
}

async function createOrganization(url: string): Promise<void> {
  const db = await initORM({ databaseUrl: url });
  try {
    await new OrganizationService(db.em.fork()).createOrganization({ name: 'Benchmark', slug: ORGANIZATION_SLUG });
  } finally {
    await db.close();
  }
}

// ---- PostgreSQL ----------------------------------------------------------------------------------------

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

async function readPostgresMeta(adminUrl: string, name: string): Promise<Meta | null> {
  const text = await admin(adminUrl, async (c) => {
    const res = await c.query<{ comment: string | null }>(
      "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1",
      [name],
    );
    return res.rows[0]?.comment ?? null;
  });
  try {
    return text ? (JSON.parse(text) as Meta) : null;
  } catch {
    return null;
  }
}

// ---- reuse ---------------------------------------------------------------------------------------------

/** Why a cached database cannot serve this spec; null when it can. */
function staleness(meta: Meta | null, spec: GenerationSpec, found: Inspection): string | null {
  if (!meta) return 'no cached database';
  if (meta.creators !== spec.creators || meta.posts !== spec.posts || meta.seed !== SEED)
    return 'built for another size';
  const ageDays = (Date.parse(today()) - Date.parse(meta.end)) / 86_400_000;
  if (ageDays > MAX_AGE_DAYS) return `its history ended ${ageDays} days ago (rebuilt after ${MAX_AGE_DAYS})`;
  if (found.migrations.join() !== meta.migrations.join()) {
    return `migrations changed since it was built (${found.migrations.length - meta.migrations.length} new): derived tables may be missing`;
  }
  if (JSON.stringify(found.counts) !== JSON.stringify(meta.counts)) {
    return `row counts differ (${JSON.stringify(found.counts)} ≠ ${JSON.stringify(meta.counts)})`;
  }
  if (!found.key) return 'no bench organization';
  return null;
}

export interface BuildOptions {
  adminUrl: string;
  fresh: boolean;
  log: (line: string) => void;
}

/** Generated files shared by the databases built from one spec in this run. */
const generated = new Map<string, Promise<string>>();

function filesFor(spec: GenerationSpec, end: string): Promise<string> {
  let dir = generated.get(spec.label);
  if (!dir) {
    dir = generate(spec, end);
    generated.set(spec.label, dir);
  }
  return dir;
}

/**
 * Removes this run's generated files (the databases are the cache), and those a failed run left more than
 * an hour ago (a run going on beside this one keeps its own).
 */
export function cleanGenerated(): void {
  const own = new Set([...generated.keys()].map((label) => `gen-${label}`));
  if (existsSync(DATA_DIR)) {
    for (const name of readdirSync(DATA_DIR)) {
      const path = join(DATA_DIR, name);
      if (name.startsWith('gen-') && (own.has(name) || Date.now() - statSync(path).mtimeMs > 3_600_000)) {
        rmSync(path, { recursive: true, force: true });
      }
    }
  }
  generated.clear();
}

/**
 * Imports the generated files into the emptied database, adds the bench organization (and campaigns),
 * and returns what the cache remembers.
 */
async function build(spec: GenerationSpec, url: string, campaigns: boolean): Promise<{ meta: Meta; key: string }> {
  const started = performance.now();
  const end = today();
  await importFiles(url, await filesFor(spec, end));
  await createOrganization(url);
  const seeded = campaigns ? await seedCampaigns(url) : { ids: [], linkedPosts: 0 };
  const found = await inspect(url);
  if (!found.key) throw new Error(`no key issued on ${url}`);
  const meta: Meta = {
    creators: spec.creators,
    posts: spec.posts,
    seed: SEED,
    end,
    counts: found.counts,
    campaignIds: seeded.ids,
    linkedPosts: seeded.linkedPosts,
    migrations: found.migrations,
    buildSeconds: Math.round((performance.now() - started) / 1000),
  };
  return { meta, key: found.key };
}

export async function postgresDataset(
  spec: GenerationSpec,
  options: BuildOptions & { campaigns: boolean },
): Promise<Dataset> {
  const name = `creatorgraph_bench_${spec.label}`;
  const url = databaseUrl(options.adminUrl, name);
  const exists = await admin(
    options.adminUrl,
    async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1,
  );
  if (exists && !options.fresh) {
    const meta = await readPostgresMeta(options.adminUrl, name);
    const found = await inspect(url);
    const why =
      staleness(meta, spec, found) ?? (options.campaigns && !meta?.campaignIds.length ? 'no campaigns' : null);
    if (!why && meta && found.key) {
      options.log(`  ${name}: reused (${describe(meta)})`);
      return { label: spec.label, dialect: 'postgresql', url, meta, key: found.key, reused: true };
    }
    options.log(`  ${name}: rebuilding (${why})`);
  } else {
    options.log(`  ${name}: building${options.fresh && exists ? ' (--fresh)' : ''}`);
  }
  await admin(options.adminUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  const { meta, key } = await build(spec, url, options.campaigns);
  await admin(options.adminUrl, (c) =>
    c.query(`comment on database ${name} is ${c.escapeLiteral(JSON.stringify(meta))}`),
  );
  options.log(`  ${name}: built in ${meta.buildSeconds} s (${describe(meta)})`);
  return { label: spec.label, dialect: 'postgresql', url, meta, key, reused: false };
}

export async function sqliteDataset(spec: GenerationSpec, options: BuildOptions): Promise<Dataset> {
  const path = join(DATA_DIR, `${spec.label}.sqlite`);
  const metaPath = join(DATA_DIR, `${spec.label}.json`);
  const url = `file:${path}`;
  if (existsSync(path) && existsSync(metaPath) && !options.fresh) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Meta;
    const found = await inspect(url);
    const why = staleness(meta, spec, found);
    if (!why && found.key) {
      options.log(`  ${path}: reused (${describe(meta)})`);
      return { label: spec.label, dialect: 'sqlite', url, meta, key: found.key, reused: true };
    }
    options.log(`  ${path}: rebuilding (${why})`);
  } else {
    options.log(`  ${path}: building`);
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  rmSync(metaPath, { force: true });
  const { meta, key } = await build(spec, url, false);
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  options.log(`  ${path}: built in ${meta.buildSeconds} s (${describe(meta)})`);
  return { label: spec.label, dialect: 'sqlite', url, meta, key, reused: false };
}

export function describe(meta: Meta): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const c = meta.counts;
  return `${n(c.creators)} creators, ${n(c.accounts)} accounts, ${n(c.posts)} posts, ${n(c.snapshots)} snapshots, history to ${meta.end}${meta.linkedPosts ? `, ${meta.campaignIds.length} campaigns with ${n(meta.linkedPosts)} linked posts` : ''}`;
}

/** Removes a dataset (the --scratch runs of the smoke test leave nothing behind). */
export async function dropDataset(dataset: Pick<Dataset, 'dialect' | 'label'>, adminUrl: string): Promise<void> {
  if (dataset.dialect === 'postgresql') {
    const name = `creatorgraph_bench_${dataset.label}`;
    await admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    return;
  }
  const path = join(DATA_DIR, `${dataset.label}.sqlite`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  rmSync(join(DATA_DIR, `${dataset.label}.json`), { force: true });
}
