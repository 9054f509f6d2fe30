/**
 * The SDK's helpers against a live server: paginate/collect, the typed subscription, importData with
 * progress and the export helpers, on each database.
 */
import { Creator, createApiKey, Organization } from '@creatorgraph/core';
import {
  type CampaignMetricsUpdateEvent,
  CreatorgraphError,
  collect,
  creatorgraph,
  type ImportProgress,
  paginate,
} from '@creatorgraph/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsWithPosts, createCampaign, dialects, type LiveServer, startLiveServer } from './live-server.js';

describe.each(dialects)('SDK helpers against a live server on %s', (dialect) => {
  let live: LiveServer;
  let cg: ReturnType<LiveServer['sdk']>;
  /** A key of the first organization that may also write the catalog. */
  let importer: ReturnType<LiveServer['sdk']>;

  beforeAll(async () => {
    live = await startLiveServer(dialect);
    const slug = Object.keys(live.keys)[0]!;
    cg = live.sdk(live.keys[slug]!);
    const em = live.db.em.fork();
    const org = await em.findOneOrFail(Organization, { slug });
    const { raw } = await createApiKey(em, org, 'importer', ['admin', 'catalog_write']);
    importer = live.sdk(raw);
  });
  afterAll(async () => {
    await live?.close();
  });

  it('paginates through every creator: as many distinct ids as the database holds', async () => {
    const ids: string[] = [];
    for await (const creator of paginate(cg.creators, { orderBy: { field: 'NAME', direction: 'ASC' }, first: 40 })) {
      ids.push(creator.id);
    }
    const count = await live.db.em.fork().count(Creator, {});
    expect(count).toBeGreaterThan(100);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);

    // The default page is the maximum, 100: the same creators in fewer requests.
    const all = await cg.collect(cg.creators, { orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(all.ok && all.data.map((c) => c.id)).toEqual(ids);
  });

  it('collects up to `max`, the first nodes of the full list; an error is a value', async () => {
    const full = await collect(cg.discover, {
      filter: { tier: 'MICRO' },
      orderBy: { field: 'FOLLOWERS', direction: 'DESC' },
    });
    expect(full.ok).toBe(true);
    const some = await collect(
      cg.discover,
      { filter: { tier: 'MICRO' }, orderBy: { field: 'FOLLOWERS', direction: 'DESC' } },
      { max: 7 },
    );
    expect(some.ok).toBe(true);
    expect(some.data).toHaveLength(7);
    expect(some.data.map((c) => c.id)).toEqual(full.data.slice(0, 7).map((c) => c.id));

    const bad = await collect(cg.creators, { first: 500 });
    expect(bad).toMatchObject({ ok: false, data: [], error: { code: 'VALIDATION' } });
  });

  it('receives a typed update after a mutation made through the SDK, and ends when the loop breaks', async () => {
    const campaign = await createCampaign(cg, 'Live helpers', 'ENGAGEMENT', 500_000);
    const updates = cg.subscribe.campaignMetricsUpdated({ campaignId: campaign.id });
    const first = updates.next();
    // The stream opens asynchronously: write until the first update arrives (each write sends one).
    let received: IteratorResult<CampaignMetricsUpdateEvent> | undefined;
    void first.then((r) => {
      received = r;
    });
    for (let i = 1; !received && i <= 50; i++) {
      const res = await cg.recordCampaignResults({ campaignId: campaign.id, input: { conversions: i } });
      expect(res.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await first;
    expect(result.done).toBe(false);
    const update = result.value as CampaignMetricsUpdateEvent;
    expect(update.reason).toBe('RESULTS_RECORDED');
    expect(update.campaign.id).toBe(campaign.id);
    expect(update.campaign.metrics.currency).toBe('USD');
    expect(update.campaign.metrics.conversions).toBeGreaterThan(0);

    // Breaking the loop (return) closes the stream: the iterator is done.
    const again = await cg.recordCampaignResults({ campaignId: campaign.id, input: { conversions: 1000 } });
    expect(again.ok).toBe(true);
    for await (const u of updates) {
      expect(u.reason).toBe('RESULTS_RECORDED');
      break;
    }
    expect(await updates.next()).toEqual({ done: true, value: undefined });

    // A campaign that is not ours ends the stream with its code, without reconnecting.
    const missing = await (async () => {
      for await (const _ of cg.subscribe.campaignMetricsUpdated({ campaignId: 'Q2FtcGFpZ246OTk5OTk=' })) {
        /* never reached */
      }
    })().catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(CreatorgraphError);
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('imports a small CSV with progress events and reports inserted and rejected rows', async () => {
    const before = await live.db.em.fork().count(Creator, {});
    const csv = [
      'creator_ref,name,country,niches',
      `sdk-${dialect}-1,Ana Import,FR,travel|food`,
      `sdk-${dialect}-2,Bo Import,US,`,
      `sdk-${dialect}-3,Bad Country,XX1,`,
    ].join('\n');
    const progress: ImportProgress[] = [];
    const res = await importer.importData([{ name: 'creators.csv', content: `${csv}\n` }], {
      onProgress: (p) => progress.push(p),
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toMatchObject({ rowsRead: 3, inserted: 2, rejected: 1 });
    expect(res.data.files).toMatchObject([{ name: 'creators.csv', kind: 'CREATORS', format: 'CSV' }]);
    expect(res.data.rejections).toMatchObject([{ file: 'creators.csv', line: 4, field: 'country' }]);
    expect(await live.db.em.fork().count(Creator, {})).toBe(before + 2);

    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(['uploading', 'processing', 'done']);
    const sent = progress.filter((p) => p.phase === 'uploading').at(-1);
    expect(sent?.phase === 'uploading' && sent.bytesSent === sent.totalBytes && sent.totalBytes > csv.length).toBe(
      true,
    );

    // An organization key without CATALOG_WRITE is refused with a code.
    const refused = await cg.importData([{ name: 'creators.csv', content: `${csv}\n` }]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports the catalog as rows, filtered like the creators query', async () => {
    const count = await live.db.em.fork().count(Creator, {});
    const csv = await cg.exportData('creators');
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    const rows: Record<string, unknown>[] = [];
    for await (const row of csv.data.rows()) rows.push(row);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r.creator_ref)).size).toBe(count);

    const micro = await collect(cg.creators, { filter: { tier: 'MICRO' } });
    const jsonl = await cg.exportData('creators', { format: 'jsonl', filter: { tier: 'MICRO' } });
    if (!jsonl.ok || !micro.ok) throw new Error('export or collect failed');
    const names: unknown[] = [];
    for await (const row of jsonl.data.rows()) names.push(row.name);
    expect(names.sort()).toEqual(micro.data.map((c) => c.name).sort());

    const bad = await cg.exportData('creators', { filter: { tier: 'GIANT' as 'MICRO' } });
    expect(bad).toMatchObject({ ok: false, error: { status: 400 } });
    expect(bad.error?.issues?.length).toBeGreaterThan(0);
  });

  it('exports a campaign’s members as a decision file, and a missing campaign as a typed error', async () => {
    const campaign = await createCampaign(cg, 'Members export', 'AWARENESS', 800_000);
    const [account] = await accountsWithPosts(cg, 'MICRO', 1, 2);
    const added = await cg.addCampaignMember({
      input: {
        campaignId: campaign.id,
        accountId: account!.id,
        deliverables: 2,
        fee: { amountMinor: 30_000, currency: 'USD' },
      },
    });
    expect(added.ok).toBe(true);

    const res = await cg.exportDecision('campaign-members', { campaign: campaign.id }, 'jsonl');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const rows: Record<string, unknown>[] = [];
    for await (const row of res.data.rows()) rows.push(row);
    expect(rows).toMatchObject([{ account_id: account!.id, deliverables: 2, fee_minor: 30_000, currency: 'USD' }]);

    const other = creatorgraph({ url: live.url, apiKey: live.keys[Object.keys(live.keys)[1]!]!, retries: 0 });
    const hidden = await other.exportDecision('campaign-members', { campaign: campaign.id });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', status: 404 } });
  });
});
