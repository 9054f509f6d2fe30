/**
 * The deployment files agree with the code, without Docker: the Dockerfile, compose.yaml, the load
 * balancer's config and docs/deploy.md only run commands that exist (package.json scripts, built entry
 * points whose sources exist), only set variables the server reads, and keep the properties the guide
 * promises (non-root runtime, healthcheck, migrations as their own step, one published port).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@creatorgraph/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path));

// ---- Dockerfile ---------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Instructions by stage, with line continuations joined and comments dropped (as Docker reads them). */
function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(`${pending}${line}`.trim());
    pending = '';
  }
  if (pending) logical.push(pending.trim());
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of logical.filter(Boolean)) {
    const match = /^(\S+)\s*(.*)$/s.exec(line);
    if (!match) continue;
    const keyword = match[1]!.toUpperCase();
    const rest = match[2]!;
    if (keyword === 'FROM') {
      const [from, as, name] = rest.split(/\s+/);
      stages.push({ from: from!, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (stages.length === 0 && keyword === 'ARG') {
      const [key, value = ''] = rest.split('=');
      args[key!] = value;
    } else {
      stages.at(-1)?.instructions.push({ keyword, args: rest });
    }
  }
  return { args, stages };
}

/** The argv of an exec-form instruction (`CMD ["node", "x.js"]`); shell form is refused. */
function execForm(args: string): string[] {
  expect(args.startsWith('['), `exec form expected (no shell between Docker and node): ${args}`).toBe(true);
  const argv = JSON.parse(args);
  expect(Array.isArray(argv) && argv.every((a: unknown) => typeof a === 'string')).toBe(true);
  return argv;
}

const dockerfile = parseDockerfile(read('Dockerfile'));
const runtime = dockerfile.stages.at(-1)!;
const build = dockerfile.stages[0]!;
const instructions = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword);

// ---- workspaces and scripts ----------------------------------------------------------------------------

const rootPackage = readJson('package.json');
const workspaces = new Map<string, { dir: string; pkg: Record<string, Record<string, string>> }>();
for (const pattern of rootPackage.workspaces as string[]) {
  const dirs = pattern.endsWith('/*')
    ? readdirSync(join(ROOT, pattern.slice(0, -2))).map((d) => posix.join(pattern.slice(0, -2), d))
    : [pattern];
  for (const dir of dirs) {
    if (!existsSync(join(ROOT, dir, 'package.json'))) continue;
    const pkg = readJson(join(dir, 'package.json'));
    workspaces.set(pkg.name, { dir, pkg });
  }
}

/** `npm run [-s] <script> [-w <workspace>]…` in any text, with the workspaces it names. */
function npmRuns(text: string): { script: string; workspaces: string[] }[] {
  const out: { script: string; workspaces: string[] }[] = [];
  for (const m of text.matchAll(/npm run(?:\s+-s)?\s+([\w:.-]+)((?:\s+(?:-w|--workspace)[ =]\S+)*)/g)) {
    const names = [...m[2]!.matchAll(/(?:-w|--workspace)[ =](\S+)/g)].map((w) => w[1]!);
    out.push({ script: m[1]!, workspaces: names });
  }
  return out;
}

/** Built entry points (`apps/server/dist/main.js`) mentioned in a text, as [entry, its source]. */
function distEntries(text: string): [string, string][] {
  return [...text.matchAll(/\b((?:apps|packages)\/[\w-]+)\/dist\/([\w/.-]+?)\.js\b/g)].map((m) => [
    `${m[1]}/dist/${m[2]}.js`,
    `${m[1]}/src/${m[2]}.ts`,
  ]);
}

function expectScriptsExist(text: string, where: string) {
  for (const run of npmRuns(text)) {
    if (run.workspaces.length === 0) {
      expect(rootPackage.scripts, `${where}: npm run ${run.script}`).toHaveProperty([run.script]);
    }
    for (const name of run.workspaces) {
      const ws = workspaces.get(name);
      expect(ws, `${where}: workspace ${name}`).toBeDefined();
      expect(ws!.pkg.scripts, `${where}: npm run ${run.script} -w ${name}`).toHaveProperty([run.script]);
    }
  }
}

function expectEntriesExist(text: string, where: string) {
  for (const [entry, source] of distEntries(text)) {
    expect(existsSync(join(ROOT, source)), `${where} runs ${entry}, built from ${source}`).toBe(true);
  }
}

/** The argv of a root script that runs node directly (`serve`, `migrate`). */
function scriptArgv(name: string): string[] {
  const script = rootPackage.scripts?.[name];
  expect(script, `package.json script "${name}"`).toBeTypeOf('string');
  return (script as string).trim().split(/\s+/);
}

// ---- .dockerignore -------------------------------------------------------------------------------------

/** Whether the build context keeps `path` (Docker's rules: last matching pattern wins, parents count). */
function inContext(path: string, patterns: string[]): boolean {
  // `**/` is any run of folders; `**` anything; `*` and `?` stay within one path segment.
  const segment = (glob: string) =>
    glob
      .split('**')
      .map((part) =>
        [...part]
          .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/, '\\$&')))
          .join(''),
      )
      .join('.*');
  const toRegex = (glob: string) =>
    new RegExp(`^${glob.replace(/^\/+/, '').split('**/').map(segment).join('(?:.*/)?')}$`);
  const parts = path.split('/');
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let kept = true;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const regex = toRegex(negated ? raw.slice(1) : raw);
    if (candidates.some((c) => regex.test(c))) kept = negated;
  }
  return kept;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir))) {
    if (['node_modules', 'dist', '.turbo', 'coverage'].includes(entry)) continue;
    const path = posix.join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

// ---- compose.yaml --------------------------------------------------------------------------------------

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  profiles?: string[];
}
const compose = parseYaml(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
const services = Object.entries(compose.services);
/** Containers built from the Dockerfile (the API, the migration job, the admin CLI). */
const appServices = services.filter(([, s]) => s.build !== undefined || s.image?.startsWith('creatorgraph:'));
const argvOf = (s: Service) => [
  ...(s.entrypoint ?? []),
  ...(s.command ?? execForm(instructions(runtime, 'CMD')[0]!.args)),
];
const sameArgv = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');
const apiServices = appServices.filter(([, s]) => sameArgv(argvOf(s), scriptArgv('serve')));

/** `${NAME:-default}` → default, `${NAME}` → '' (compose interpolation with an empty environment). */
const interpolate = (value: string) =>
  String(value).replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_, _name: string, fallback?: string) => fallback ?? '');

const envOf = (s: Service) =>
  Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(v)]));

function dependsOn(s: Service): Record<string, string> {
  if (Array.isArray(s.depends_on)) return Object.fromEntries(s.depends_on.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(s.depends_on ?? {}).map(([k, v]) => [k, v.condition]));
}

// ---- tests ---------------------------------------------------------------------------------------------

describe('Dockerfile', () => {
  it('builds on the same Node release and Debian as it runs on (native modules load), within engines', () => {
    expect(dockerfile.stages.length).toBeGreaterThanOrEqual(2);
    const version = dockerfile.args.NODE_VERSION;
    expect(version, 'ARG NODE_VERSION').toMatch(/^\d+\.\d+$/);
    const [major, minor] = version!.split('.').map(Number);
    const [minMajor, minMinor] = /(\d+)\.(\d+)/.exec(rootPackage.engines.node)!.slice(1).map(Number);
    expect(major === minMajor && minor! >= minMinor!, `node ${version} vs engines ${rootPackage.engines.node}`).toBe(
      true,
    );
    const tag = (from: string) => /^node:\$\{NODE_VERSION\}-(\w+?)(?:-slim)?$/.exec(from)?.[1];
    expect(tag(build.from), build.from).toBeDefined();
    expect(tag(runtime.from), runtime.from).toBe(tag(build.from));
  });

  it('runs the server as the unprivileged user, with node as PID 1, exactly like `npm run serve`', () => {
    const users = instructions(runtime, 'USER');
    expect(users.length, 'USER in the runtime stage').toBeGreaterThan(0);
    expect(['root', '0', '0:0', 'root:root']).not.toContain(users.at(-1)!.args.trim());
    const cmd = execForm(instructions(runtime, 'CMD').at(-1)!.args);
    expect(cmd).toEqual(scriptArgv('serve'));
    expect(instructions(runtime, 'EXPOSE').map((i) => i.args.trim())).toContain('4000');
    const env = instructions(runtime, 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bPROFILE=production\b/);
  });

  it('has a healthcheck that asks /health with node alone (no curl in the slim image)', () => {
    const checks = instructions(runtime, 'HEALTHCHECK');
    expect(checks.length).toBe(1);
    const cmd = /\bCMD\s+(\[.*\])\s*$/s.exec(checks[0]!.args)?.[1];
    const argv = execForm(cmd ?? '');
    expect(argv[0]).toBe('node');
    expect(argv.join(' ')).toContain('/health');
  });

  it('names only scripts and entry points that exist (migrations and the admin CLI included)', () => {
    const text = read('Dockerfile');
    expectScriptsExist(text, 'Dockerfile');
    expectEntriesExist(text, 'Dockerfile');
    const entries = distEntries(text).map(([entry]) => entry);
    expect(entries).toContain(scriptArgv('migrate')[1]);
    expect(entries).toContain('apps/server/dist/admin.js');
  });

  it("builds every workspace the server needs before the server, and ships each one's dist", () => {
    const runs = instructions(build, 'RUN').map((i) => i.args);
    const built = runs.flatMap((r) => npmRuns(r).filter((n) => n.script === 'build')).flatMap((n) => n.workspaces);
    const needs = (name: string): string[] => {
      const deps = Object.keys(workspaces.get(name)!.pkg.dependencies ?? {}).filter((d) => workspaces.has(d));
      return [...deps.flatMap(needs), ...deps];
    };
    const server = '@creatorgraph/server';
    expect(built).toContain(server);
    for (const dep of needs(server)) {
      expect(built.indexOf(dep), `${dep} built before ${server}`).toBeGreaterThanOrEqual(0);
      expect(built.indexOf(dep)).toBeLessThan(built.indexOf(server));
    }
    const gather = runs.find((r) => r.includes('/out'));
    expect(gather, 'a RUN gathering the runtime files').toBeDefined();
    for (const name of built) expect(gather).toContain(workspaces.get(name)!.dir);
    // The server reads the SDK's trusted-documents manifest at start (http/trusted-documents.ts).
    const sdk = workspaces.get('@creatorgraph/sdk')!;
    const manifest = posix.join(sdk.dir, (sdk.pkg.exports as Record<string, string>)['./persisted-documents.json']!);
    expect(gather).toContain(manifest);
  });

  it('copies sources the build context keeps, and leaves host node_modules and dist out', () => {
    const patterns = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const sources = instructions(build, 'COPY')
      .filter((i) => !i.args.includes('--from'))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources).toContain('package-lock.json');
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), `COPY ${source}`).toBe(true);
      const files = statSync(join(ROOT, source)).isDirectory() ? filesUnder(source) : [source];
      for (const file of files) expect(inContext(file, patterns), `${file} in the build context`).toBe(true);
      if (statSync(join(ROOT, source)).isDirectory()) {
        for (const generated of ['node_modules/x', 'dist/index.js'])
          expect(inContext(posix.join(source, generated), patterns)).toBe(false);
        const tsconfig = join(ROOT, source, 'tsconfig.build.json');
        if (existsSync(tsconfig)) {
          const base = JSON.parse(readFileSync(tsconfig, 'utf8')).extends as string | undefined;
          if (base) expect(sources, `${source} extends ${base}`).toContain(posix.join(source, base));
        }
      }
    }
    for (const never of [
      '.git/HEAD',
      'data/creatorgraph.sqlite',
      'bench/RESULTS.md',
      '.env',
      'apps/server/.env',
      'packages/core/x.sqlite',
    ])
      expect(inContext(never, patterns), never).toBe(false);
  });
});

describe('compose.yaml', () => {
  it('runs two API instances and a migration job with the commands of package.json and the image', () => {
    expect(apiServices.map(([name]) => name)).toEqual(['api-1', 'api-2']);
    const migrate = appServices.filter(([, s]) => sameArgv(argvOf(s), scriptArgv('migrate')));
    expect(migrate.map(([name]) => name)).toEqual(['migrate']);
    for (const [name, s] of appServices) {
      const argv = argvOf(s);
      expect(argv[0], name).toBe('node');
      expectEntriesExist(argv.join(' '), `compose service ${name}`);
    }
  });

  it('starts the instances only after the migrations succeeded on a healthy database', () => {
    const [postgres] = services.find(([, s]) => s.image?.startsWith('postgres:')) ?? [];
    expect(postgres).toBeDefined();
    expect(compose.services[postgres!]!.healthcheck?.test).toBeDefined();
    expect(dependsOn(compose.services.migrate!)[postgres!]).toBe('service_healthy');
    for (const [name, s] of apiServices) {
      expect(dependsOn(s).migrate, name).toBe('service_completed_successfully');
      expect(dependsOn(s).redis, name).toBe('service_healthy');
    }
  });

  it('sets only variables the server reads, with values it accepts', () => {
    // Variables Node itself reads, not the application's configuration.
    const nodeOwn = new Set(['NODE_OPTIONS', 'NODE_ENV']);
    for (const [name, s] of appServices) {
      const env = envOf(s);
      const config = loadConfig(env) as Record<string, unknown>;
      for (const key of Object.keys(env).filter((k) => !nodeOwn.has(k)))
        expect(Object.hasOwn(config, key), `${name}: ${key} is not a configuration variable`).toBe(true);
      expect(config.PROFILE, name).toBe('production');
      expect(String(config.DATABASE_URL), name).toMatch(/^postgres:\/\//);
    }
    const shared = apiServices.map(([, s]) => [s.environment?.REDIS_URL, s.environment?.REDIS_PREFIX]);
    expect(new Set(shared.map((v) => JSON.stringify(v))).size, 'instances share Redis and its prefix').toBe(1);
    for (const [name, s] of apiServices) expect(loadConfig(envOf(s)).HOST, name).toBe('0.0.0.0');
  });

  it('publishes one port, on the load balancer, which balances over every API instance on /ready', () => {
    const published = services.filter(([, s]) => s.ports?.length).map(([name]) => name);
    expect(published).toEqual(['lb']);
    const lb = compose.services.lb!;
    const mounts = (lb.volumes ?? []).map((v) => v.split(':'));
    for (const [host] of mounts) expect(existsSync(join(ROOT, host!)), `lb mounts ${host}`).toBe(true);
    const cfgMount = mounts.find(([, inside]) => inside!.endsWith('haproxy.cfg'));
    expect(cfgMount).toBeDefined();
    const cfg = read(cfgMount![0]!);
    // Every backend (round robin, and the one hashing /graphql/stream by key) lists every API instance.
    const backends = cfg.split(/^backend\s+/m).slice(1);
    expect(backends.length).toBeGreaterThanOrEqual(1);
    for (const backend of backends) {
      const servers = [...backend.matchAll(/^\s*server\s+(\S+)\s+([\w.-]+):(\d+)/gm)].map((m) => ({
        host: m[2],
        port: m[3],
      }));
      expect(servers.map((s) => s.host).sort()).toEqual(apiServices.map(([name]) => name).sort());
      for (const [name, s] of apiServices)
        expect(servers.find((x) => x.host === name)?.port).toBe(String(loadConfig(envOf(s)).PORT));
    }
    expect(cfg).toMatch(/http-check send meth GET uri \/ready\b/);
    expect(cfg).toMatch(/^\s*default-server\s.*\bcheck\b/m);
    // Files the config names must be mounted where it looks for them.
    for (const m of cfg.matchAll(/^\s*errorfile\s+\d+\s+(\S+)/gm)) {
      const mount = mounts.find(([, inside]) => m[1]!.startsWith(`${inside}/`));
      expect(mount, `errorfile ${m[1]} mounted`).toBeDefined();
      const file = join(mount![0]!, relative(mount![1]!, m[1]!));
      const [head, body] = read(file).split('\r\n\r\n') as [string, string];
      expect(head).toMatch(/^HTTP\/1\.1 503 /);
      expect(Number(/content-length: (\d+)/i.exec(head)?.[1])).toBe(Buffer.byteLength(body));
      expect(head).toMatch(/^retry-after: \d+\r?$/im);
      expect(JSON.parse(body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
  });
});

describe('docs/deploy.md and deploy/', () => {
  it('systemd units start node itself on built entry points (SIGTERM reaches the server)', () => {
    const units = readdirSync(join(ROOT, 'deploy/systemd')).filter((f) => f.endsWith('.service'));
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) {
      const text = read(`deploy/systemd/${unit}`);
      const exec = /^ExecStart=(\S+)\s+(.*)$/m.exec(text);
      expect(exec?.[1], unit).toMatch(/\/node$/);
      expect(distEntries(exec![2]!).length, unit).toBe(1);
      expectEntriesExist(text, unit);
    }
    const serve = read('deploy/systemd/creatorgraph@.service');
    expect(/^ExecStart=\S+\s+(.*)$/m.exec(serve)?.[1]).toBe(scriptArgv('serve').slice(1).join(' '));
  });

  it('the guide names only scripts, entry points and compose services that exist', () => {
    const text = read('docs/deploy.md');
    expectScriptsExist(text, 'docs/deploy.md');
    expectEntriesExist(text, 'docs/deploy.md');
    for (const m of text.matchAll(/docker compose (?:run|exec)(?:\s+--?[\w-]+)*\s+([\w-]+)/g))
      expect(Object.keys(compose.services), `docs/deploy.md: compose service ${m[1]}`).toContain(m[1]);
  });
});
