import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, type ProcessServer, post, ROOT, show, startProcessServer } from './process-server.js';

/**
 * GraphiQL as a person meets it after `npm start`: Debian's Chromium on this machine opens the demo
 * server's /graphql with no network beyond 127.0.0.1 (any other host does not even resolve, and the page
 * may not ask for one), finds the example operations and the demo key in place, runs the first example and
 * sees the catalog's data. CI installs the browser (.ci/run); elsewhere the suite skips without it.
 */

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, 'test/artifacts');
/** The visible one of the variables and headers editors (the headers when a key is set). */
const HEADERS = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

if (!available && !process.env.CI) {
  console.warn(`GraphiQL browser test skipped: ${CHROMIUM} is missing (apt-get install chromium).`);
}

/** Hosts the page may reach: the server under test only. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

// Under CI the suite always runs: a missing browser fails it instead of hiding it.
describe.skipIf(!available && !process.env.CI)('GraphiQL in a browser (demo profile, offline)', () => {
  let server: ProcessServer;
  let browser: Browser;
  /** Every request the pages made that was not to the server (refused), and uncaught page errors. */
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startProcessServer({ profile: 'demo', dialect: 'sqlite', creators: 40 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // No other host resolves: a page that needed a CDN would stay blank, as it would offline.
      args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
      timeout: 60_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh page (empty localStorage unless `context` is shared) whose every request is checked. */
  async function open(page: Page): Promise<void> {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    await page.goto(server.url, { waitUntil: 'load', timeout: 60_000 });
    // The editor is Monaco: its lines are rendered once the bundle has started.
    await page.locator('.graphiql-query-editor .view-lines').waitFor({ timeout: 60_000 });
  }

  /**
   * The text of a Monaco editor: its rendered lines (those in view), one after another in DOM order, so
   * match within a line only. Monaco renders spaces as U+00A0.
   */
  const editorText = async (page: Page, selector: string) =>
    ((await page.locator(`${selector} .view-lines`).textContent()) ?? '').replace(/\u00a0/g, ' ');

  it('opens with the example operations and the demo key, runs MicroCreators and shows the data', async () => {
    // What the database answers for the first example, asked directly.
    const expected = await post(
      server,
      { query: '{ creators(first: 5, filter: { tier: MICRO }) { nodes { name } } }' },
      server.key,
    );
    const names = (dataOf(expected) as { creators: { nodes: { name: string }[] } }).creators.nodes.map((n) => n.name);
    expect(names.length, show(expected)).toBeGreaterThan(0);

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await open(page);

    await expect
      .poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 20_000 })
      .toContain('query MicroCreators');
    // The headers editor holds the key the server issued at this start (loopback browser).
    await expect.poll(() => editorText(page, HEADERS), { timeout: 20_000 }).toMatch(/"Authorization": "Bearer cg_/);

    // Several operations: the run button asks which one.
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'MicroCreators', exact: true }).click({ timeout: 20_000 });
    await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 30_000 }).toContain(names[0]!);
    const result = await editorText(page, '.graphiql-response');
    expect(result).toContain('"totalCount"');
    expect(result).not.toMatch(/"errors"|UNAUTHENTICATED/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });

    // A second visit in the same browser (tabs kept in localStorage) opens on the examples again, key included.
    await page.goto(server.url, { waitUntil: 'load', timeout: 60_000 });
    await page.locator('.graphiql-query-editor .view-lines').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 20_000 })
      .toContain('query MicroCreators');
    await expect.poll(() => editorText(page, HEADERS), { timeout: 20_000 }).toMatch(/Bearer cg_/);
    await context.close();

    expect(outside, 'requests to other hosts').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it('shows the examples even when a stale tab from an earlier visit is stored', async () => {
    const context = await browser.newContext();
    // What an earlier GraphiQL on this origin may have left: one tab with another document, empty headers.
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const tab = { id: 'old', hash: 'old', title: 'Old', query: '{ __typename }', variables: null, headers: null };
      localStorage.setItem(
        'graphiql:tabState',
        JSON.stringify({ activeTabIndex: 0, tabs: [{ ...tab, operationName: null, response: null }] }),
      );
      localStorage.setItem('graphiql:query', '{ __typename }');
      localStorage.setItem('graphiql:headers', '');
    });
    const page = await context.newPage();
    await open(page);
    await expect
      .poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 20_000 })
      .toContain('query MicroCreators');
    await expect.poll(() => editorText(page, HEADERS), { timeout: 20_000 }).toMatch(/Bearer cg_/);
    // The old tab is still there, not active.
    await expect.poll(() => page.locator('.graphiql-tab-button').count()).toBe(2);
    await context.close();

    expect(outside, 'requests to other hosts').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
});
