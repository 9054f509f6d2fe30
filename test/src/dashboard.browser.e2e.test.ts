import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { creatorgraph } from '@creatorgraph/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessServer, ROOT, startProcessServer } from './process-server.js';

/**
 * The dashboard as a person meets it after `npm start`: Debian's Chromium opens the demo server's /app with
 * no network beyond 127.0.0.1, at a desktop (1440×900) and a phone (390×844) size. Each page is asserted on
 * what it shows, checked with axe-core (no serious or critical violation) and saved as a screenshot under
 * test/artifacts/dashboard/. A change made through the SDK reaches an open campaign page without a reload.
 */

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const DIST = join(ROOT, 'apps/dashboard/dist');
const ARTIFACTS = join(ROOT, 'test/artifacts/dashboard');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'narrow', width: 390, height: 844 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

if (!available && !process.env.CI) {
  console.warn(`Dashboard browser test skipped: ${CHROMIUM} is missing (apt-get install chromium).`);
}

/** Hosts the page may reach: the server under test only. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

describe.skipIf(!available && !process.env.CI)('dashboard in a browser (demo profile, offline)', () => {
  let server: ProcessServer;
  let browser: Browser;
  /** The key the server wrote into the page (the first demo organization's, which owns campaigns). */
  let pageKey: string;
  /** Requests to other hosts (refused) and uncaught page errors, across every page. */
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The server serves the build; make it when this checkout has none (npm start and npm test build it).
    if (!existsSync(join(DIST, 'index.html'))) {
      execFileSync('npm', ['run', 'build', '-w', '@creatorgraph/dashboard'], { cwd: ROOT, stdio: 'inherit' });
    }
    // A budget for a browsing session replayed at machine speed: each page costs a few hundred points, and
    // the default bucket (2,000, +50/s) would refuse the later pages — not what this suite is about.
    server = await startProcessServer({
      profile: 'demo',
      dialect: 'sqlite',
      creators: 40,
      env: { RATE_LIMIT_CAPACITY: '100000', RATE_LIMIT_RESTORE_PER_SECOND: '1000' },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // No other host resolves: a page that needed a CDN would stay blank, as it would offline.
      args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
      timeout: 60_000,
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A new page at `hash` (e.g. `#/discover`) whose every request is checked; waits for its `<h1>`. */
  async function open(viewport: Viewport, hash: string, heading: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${hash}: ${error.message}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    await page.goto(`${server.origin}/app/${hash}`, { waitUntil: 'load', timeout: 60_000 });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
    pageKey ??= await page.evaluate(
      () => (window as { __CREATORGRAPH__?: { apiKey: string } }).__CREATORGRAPH__!.apiKey,
    );
    return page;
  }

  /** Loading over: no "Loading…" left and no error shown. */
  async function settled(page: Page): Promise<void> {
    await expect.poll(() => page.getByText('Loading…').count(), { timeout: 30_000 }).toBe(0);
    const alerts = await page.getByRole('alert').allTextContents();
    expect(
      alerts.filter((t) => t.trim()),
      'errors shown',
    ).toEqual([]);
  }

  /** axe-core on the page as it is: no serious or critical violation; a screenshot; no sideways scroll. */
  async function check(page: Page, name: string, viewport: Viewport): Promise<void> {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
      }
      const results = await axe.run(document);
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations, `axe on ${name} at ${viewport.name}`).toEqual([]);
    // Wide content (tables, charts) scrolls inside its own box; the page itself never scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow of ${name} at ${viewport.width}px`).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport.name}.png`), fullPage: true });
  }

  /** Body rows of the first table captioned `caption` (or the first table). */
  const rows = (page: Page) => page.locator('table').first().locator('tbody tr');

  /** A drawn chart (ECharts, SVG or canvas renderer): role=img, an accessible label, shapes inside. */
  async function expectChart(page: Page): Promise<void> {
    const chart = page.locator('[role="img"]:has(svg path), [role="img"]:has(canvas)').first();
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.getAttribute('aria-label'), 'chart label').toBeTruthy();
  }

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width}×${viewport.height}`, () => {
      it('Discover: a table of creators that a filter narrows', async () => {
        const page = await open(viewport, '#/discover', 'Discover');
        for (const name of ['Discover', 'Creator', 'Tiers', 'Campaigns', 'Plan']) {
          await expect.poll(() => page.getByRole('link', { name, exact: true }).count()).toBeGreaterThan(0);
        }
        await settled(page);
        await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
        expect(await page.locator('table caption').first().textContent()).toBeTruthy();
        const caption = page.locator('table caption').first();
        const before = { caption: await caption.textContent(), rows: await rows(page).allTextContents() };
        // A tier narrows the list: another count in the caption, other rows, each of the tier.
        // The select's name is its label and its shown option ("Tier Any").
        await page.getByRole('combobox', { name: /^Tier\b/ }).selectOption('MICRO');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await expect.poll(() => caption.textContent(), { timeout: 30_000 }).not.toBe(before.caption);
        const after = await rows(page).allTextContents();
        expect(after.length).toBeGreaterThan(0);
        expect(after).not.toEqual(before.rows);
        await settled(page);
        await check(page, 'discover', viewport);
        await page.context().close();
      }, 120_000);

      it('Creator: a follower chart and the authenticity score of a creator opened from Discover', async () => {
        const page = await open(viewport, '#/discover', 'Discover');
        await settled(page);
        await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
        await rows(page).first().locator('a').first().click();
        await page.getByRole('heading', { level: 1, name: 'Creator' }).waitFor({ timeout: 30_000 });
        expect(page.url()).toContain('#/creator/');
        await settled(page);
        await expectChart(page);
        await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toMatch(/authenticity/i);
        await check(page, 'creator', viewport);
        await page.context().close();
      }, 120_000);

      it('Tiers: the tiers charted side by side', async () => {
        const page = await open(viewport, '#/tiers', 'Tiers');
        await settled(page);
        await expectChart(page);
        const text = (await page.locator('main').textContent()) ?? '';
        for (const tier of ['NANO', 'MICRO', 'MACRO']) expect(text.toUpperCase()).toContain(tier);
        await check(page, 'tiers', viewport);
        await page.context().close();
      }, 120_000);

      it('Campaigns: the list, one campaign, and two compared with winners', async () => {
        const page = await open(viewport, '#/campaigns', 'Campaigns');
        await settled(page);
        const links = page.locator('main a[href^="#/campaigns/"]');
        await expect.poll(() => links.count(), { timeout: 30_000 }).toBeGreaterThan(1);
        await check(page, 'campaigns', viewport);

        const name = ((await links.first().textContent()) ?? '').trim();
        await links.first().click();
        await page.waitForURL(/#\/campaigns\/[^/]+$/, { timeout: 30_000 });
        await settled(page);
        await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain(name);
        await check(page, 'campaign', viewport);

        // The two newest campaigns of the page's organization, asked through the SDK.
        const cg = creatorgraph({ url: server.url, apiKey: pageKey });
        const listed = await cg.campaigns({ first: 2 });
        if (!listed.ok) throw new Error(JSON.stringify(listed.errors));
        const [a, b] = listed.data.campaigns.nodes;
        await page.goto(`${server.origin}/app/#/compare?ids=${a!.id},${b!.id}`);
        await settled(page);
        await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain(a!.name);
        const text = (await page.locator('main').textContent()) ?? '';
        expect(text).toContain(b!.name);
        expect(text).toMatch(/winner|best/i);
        await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
        await check(page, 'compare', viewport);
        await page.context().close();
      }, 120_000);

      it('Plan: a budget gives the optimal roster beside all-micro and all-macro', async () => {
        const page = await open(viewport, '#/plan', 'Plan');
        await settled(page);
        await page.getByLabel('Budget', { exact: true }).fill('5000');
        await page.getByRole('button', { name: 'Make a plan' }).click();
        // Three plans side by side: the chosen roster, all-micro and all-macro.
        const plans = page.locator('table', { has: page.locator('caption', { hasText: /all-micro and all-macro/i }) });
        await expect.poll(() => plans.locator('tbody tr').count(), { timeout: 60_000 }).toBe(3);
        await settled(page);
        const variants = (await plans.locator('tbody th').allTextContents()).join(' | ');
        expect(variants).toMatch(/micro/i);
        expect(variants).toMatch(/macro/i);
        await expectChart(page);
        await check(page, 'plan', viewport);
        await page.context().close();
      }, 120_000);
    });
  }

  it('shows a change made through the SDK on an open campaign page without a reload', async () => {
    const page = await open(VIEWPORTS[0], '#/campaigns', 'Campaigns');
    const cg = creatorgraph({ url: server.url, apiKey: pageKey });
    const listed = await cg.campaigns({ first: 1 });
    if (!listed.ok) throw new Error(JSON.stringify(listed.errors));
    const campaign = listed.data.campaigns.nodes[0]!;
    await page.goto(`${server.origin}/app/#/campaigns/${campaign.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    await settled(page);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain(campaign.name);
    // A marker that a reload would wipe.
    await page.evaluate(() => Object.assign(window, { __notReloaded: true }));

    // An account of the campaign's currency platform that is not yet a member.
    const members = new Set(campaign.members.map((m) => m.account.id));
    const creators = await cg.creators({ first: 40 });
    if (!creators.ok) throw new Error(JSON.stringify(creators.errors));
    const account = creators.data.creators.edges
      .flatMap((e) => e.node.accounts)
      .find((acc) => !members.has(acc.id) && acc.followers > 0);
    if (!account) throw new Error('no account outside the campaign');
    // Give the page a moment to subscribe before the change is made.
    await page.waitForTimeout(1_000);
    const added = await cg.addCampaignMember({
      input: {
        campaignId: campaign.id,
        accountId: account.id,
        fee: { amountMinor: 12_345, currency: campaign.currency },
        deliverables: 1,
      },
    });
    if (!added.ok || added.data.addCampaignMember.__typename !== 'AddCampaignMemberPayload') {
      throw new Error(`addCampaignMember: ${JSON.stringify(added)}`);
    }
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain(account.handle);
    expect(await page.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    await page.context().close();
  }, 120_000);

  it('reached no other host and threw no uncaught error', () => {
    expect(outside, 'requests to other hosts').toEqual([]);
    expect(pageErrors, 'uncaught errors in the pages').toEqual([]);
  });
});
