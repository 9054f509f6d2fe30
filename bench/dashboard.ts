/**
 * The dashboard's weight and speed on the demo data (issue 14), run by hand; results go in bench/dashboard.md.
 *
 *   npm run build -w @creatorgraph/dashboard
 *   node --conditions=source --import tsx bench/dashboard.ts [--runs 5]
 *
 * Bundle: the bytes of dist/assets/*.js and *.css, raw and gzipped (level 9, as a CDN or proxy would).
 * Time to first chart: a demo-profile server on a fresh SQLite file seeds the default demo catalog (as
 * `npm start` does), then Debian's Chromium opens /app/#/tiers at 1440×900 in a new context per run and
 * the clock runs from navigation start to the first chart drawn: a `[role=img]` (not a sparkline) holding
 * ECharts' SVG shapes (or a canvas with painted pixels).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { spawnHttpChild } from '../test/src/child.js';
import { serverCommand } from '../test/src/process-server.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const DIST = join(ROOT, 'apps/dashboard/dist');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, page: { type: 'string', default: '#/tiers' } },
});
const runs = Number(values.runs);

function bundle() {
  const assets = join(DIST, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  if (!files.length) throw new Error(`no built assets in ${assets}: npm run build -w @creatorgraph/dashboard`);
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const file of files) {
    const bytes = readFileSync(join(assets, file));
    const kind = file.endsWith('.js') ? sizes.js : sizes.css;
    kind.raw += bytes.length;
    kind.gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, ...sizes };
}

/** True once a chart (not a sparkline, itself an svg) has shapes: ECharts' SVG paths, or a painted canvas pixel. */
const FIRST_CHART_DRAWN = `[...document.querySelectorAll('[role="img"]')].some((el) => {
  if (el.tagName.toLowerCase() !== 'svg' && el.querySelector('svg path')) return true;
  const canvas = el.querySelector('canvas');
  if (!canvas || !canvas.width || !canvas.height) return false;
  const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
  return !!data && data.some((v, j) => j % 4 === 3 && v > 0);
})`;

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const sizes = bundle();
console.log(
  `bundle (${sizes.files.length} files): js ${kb(sizes.js.raw)} (gzip ${kb(sizes.js.gzip)}), css ${kb(sizes.css.raw)} (gzip ${kb(sizes.css.gzip)})`,
);

const dir = mkdtempSync(join(tmpdir(), 'cg-dashboard-bench-'));
const started = performance.now();
const server = await spawnHttpChild({
  label: 'server',
  args: serverCommand(),
  env: { PROFILE: 'demo', DATABASE_URL: `file:${join(dir, 'demo.sqlite')}`, LOG_LEVEL: 'silent' },
  cwd: ROOT,
  timeoutMs: 600_000,
});
console.log(`server with the demo catalog ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/app/${values.page}`, { waitUntil: 'commit' });
    // (Source text: bench/ is type-checked without the DOM library.)
    await page.waitForFunction(FIRST_CHART_DRAWN, undefined, { timeout: 60_000, polling: 'raf' });
    const ms = (await page.evaluate('performance.now()')) as number;
    times.push(ms);
    console.log(`run ${i + 1}: first chart after ${ms.toFixed(0)} ms`);
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `time to first chart (${values.page}): median ${median.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms over ${runs} runs`,
  );
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
