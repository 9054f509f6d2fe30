import type {
  CampaignGoal,
  CampaignMetricsFieldsFragment,
  CampaignMetricsUpdateEvent,
  CompareCampaignsQuery,
} from '@creatorgraph/sdk';
import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from '../client';
import { Chart, type ChartOption } from '../components/Chart';
import { Pager } from '../components/Pager';
import { ScrollRegion } from '../components/ScrollRegion';
import { Empty, ErrorBox, Loading } from '../components/States';
import { count, date, minorFactor, money, num, pct, time } from '../format';

type Metrics = CampaignMetricsFieldsFragment;
type Payload = Extract<CompareCampaignsQuery['compareCampaigns'], { __typename: 'CompareCampaignsPayload' }>;
const CAMPAIGN_PAGE = 10;
const GOALS: CampaignGoal[] = ['ENGAGEMENT', 'AWARENESS', 'CONVERSION'];

export function CampaignsPage() {
  // Campaigns select their members, so pages stay small to fit the per-operation cost limit.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const campaigns = useQuery(
    `campaigns:${after}`,
    (cg, signal) => cg.campaigns({ first: CAMPAIGN_PAGE, after }, { signal }),
    (d) => d.campaigns,
  );
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) =>
    setSelected(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id].slice(-4));
  const canCompare = selected.length >= 2 && selected.length <= 4;

  return (
    <section>
      <h1>Campaigns</h1>
      {campaigns.status === 'loading' && <Loading />}
      {campaigns.status === 'error' && <ErrorBox error={campaigns.error} />}
      {campaigns.status === 'ok' &&
        (campaigns.data.nodes.length === 0 ? (
          <Empty>No campaign yet: create one through the API or the CLI.</Empty>
        ) : (
          <>
            <p className="pager">
              <a
                className={`button${canCompare ? '' : ' disabled'}`}
                aria-disabled={!canCompare}
                href={canCompare ? `#/compare?ids=${selected.map(encodeURIComponent).join(',')}` : undefined}
              >
                Compare selected ({selected.length})
              </a>
              <span className="muted small">Select 2 to 4 campaigns.</span>
            </p>
            <ScrollRegion label="Campaigns table">
              <table>
                <caption>Campaigns ({campaigns.data.totalCount}), newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Compare</th>
                    <th scope="col">Campaign</th>
                    <th scope="col">Brand</th>
                    <th scope="col">Goal</th>
                    <th scope="col">Status</th>
                    <th scope="col">Budget</th>
                    <th scope="col">Members</th>
                    <th scope="col">Dates</th>
                  </tr>
                </thead>
                <tbody>
                  {campaigns.data.nodes.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${c.name} to compare`}
                          checked={selected.includes(c.id)}
                          onChange={() => toggle(c.id)}
                        />
                      </td>
                      <th scope="row">
                        <a href={`#/campaigns/${encodeURIComponent(c.id)}`}>{c.name}</a>
                      </th>
                      <td>{c.brand ?? '—'}</td>
                      <td>{c.goal}</td>
                      <td>{c.status}</td>
                      <td className="num">{money(c.budget)}</td>
                      <td className="num">{c.members.length}</td>
                      <td className="small">
                        {date(c.startsAt)} → {date(c.endsAt)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <Pager cursors={cursors} setCursors={setCursors} pageInfo={campaigns.data.pageInfo} />
          </>
        ))}
    </section>
  );
}

/** A campaign's metrics, refreshed by live updates (Server-Sent Events) without a reload. */
export function CampaignPage({ id }: { id: string }) {
  const cg = useClient();
  const base = useQuery(
    id,
    (client, signal) => client.campaignMetrics({ id }, { signal }),
    (d) => d.campaign,
  );
  const [live, setLive] = useState<CampaignMetricsUpdateEvent | null>(null);
  const [liveStatus, setLiveStatus] = useState('connecting');

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      try {
        setLiveStatus('listening for updates');
        for await (const update of cg.subscribe.campaignMetricsUpdated(
          { campaignId: id },
          { signal: controller.signal, onReconnect: () => setLiveStatus('reconnecting') },
        )) {
          setLive(update);
          setLiveStatus('listening for updates');
        }
        setLiveStatus('the server closed the stream');
      } catch (e) {
        if (controller.signal.aborted) return;
        const code = (e as { error?: { code?: string } }).error?.code ?? 'ERROR';
        setLiveStatus(`live updates stopped (${code})`);
      }
    })();
    return () => controller.abort();
  }, [cg, id]);

  if (base.status === 'loading') return <Heading name="Campaign" body={<Loading />} />;
  if (base.status === 'error') return <Heading name="Campaign" body={<ErrorBox error={base.error} />} />;
  if (!base.data) return <Heading name="Campaign" body={<Empty>No campaign {id} in your organization.</Empty>} />;
  const metrics = live?.campaign.metrics ?? base.data.metrics;
  return (
    <section>
      <h1>Campaign: {live?.campaign.name ?? base.data.name}</h1>
      <p role="status" className="live small">
        Live: {liveStatus}
        {live && (
          <>
            {' '}
            — last update {live.reason} at {time(live.at)}
          </>
        )}
      </p>
      <MetricsView metrics={metrics} />
    </section>
  );
}

function Heading({ name, body }: { name: string; body: React.ReactNode }) {
  return (
    <section>
      <h1>{name}</h1>
      {body}
    </section>
  );
}

function MetricsView({ metrics: m }: { metrics: Metrics }) {
  const facts: [string, string][] = [
    ['Spend', `${money(m.spend)}${m.spendEstimated ? ' (est.)' : ''} of ${money(m.budget)}`],
    ['Creators · deliverables · posts', `${m.creators} · ${m.deliverables} · ${m.posts}`],
    ['Reach potential · authentic', `${count(m.reachPotential)} · ${count(m.authenticReach)}`],
    ['Impressions', `${count(m.impressions)}${m.impressionsEstimated ? ' (est.)' : ''}`],
    ['Interactions · views', `${count(m.interactions)} · ${count(m.views)}`],
    ['Engagement rate', pct(m.engagementRate)],
    ['CPE · CPM · CPV', `${money(m.cpe, 4)} · ${money(m.cpm)} · ${money(m.cpv, 4)}`],
    ['EMV', m.emv ? money(m.emv) : (m.emvReason ?? '—')],
    ['Conversions · cost each', `${num(m.conversions)} · ${money(m.costPerConversion)}`],
    ['ROI', pct(m.roi, 1)],
    ['Overhead hours · coordination risk', `${num(m.overheadHours, 1)} h · ${num(m.coordinationRisk, 2)}`],
    ['Average authenticity', num(m.averageAuthenticity)],
  ];
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 56, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: m.tierMix.map((t) => t.tier) },
      yAxis: [
        { type: 'value', name: m.currency },
        { type: 'value', name: 'creators', minInterval: 1 },
      ],
      series: [
        {
          type: 'bar',
          name: `spend (${m.currency})`,
          data: m.tierMix.map((t) => t.spend.amountMinor / minorFactor(t.spend.currency)),
        },
        { type: 'bar', name: 'creators', yAxisIndex: 1, data: m.tierMix.map((t) => t.creators) },
      ],
    }),
    [m],
  );
  return (
    <div className="stack">
      <dl className="kpis">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {m.warnings.length > 0 && (
        <ul className="warnings small">
          {m.warnings.map((w) => (
            <li key={w.code + w.message}>
              <strong>{w.code}</strong>: {w.message}
            </li>
          ))}
        </ul>
      )}
      {m.tierMix.length > 0 && (
        <div className="card">
          <h2>Tier mix</h2>
          <Chart
            option={option}
            height={260}
            label={`Spend and creators per tier: ${m.tierMix.map((t) => `${t.tier} ${t.creators} creators, ${money(t.spend)}`).join('; ')}`}
          />
        </div>
      )}
      <ScrollRegion label="Members table">
        <table>
          <caption>Members ({m.memberFees.length})</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Tier</th>
              <th scope="col">Deliverables</th>
              <th scope="col">Fee</th>
              <th scope="col">How</th>
            </tr>
          </thead>
          <tbody>
            {m.memberFees.map((f) => (
              <tr key={f.account.id}>
                <th scope="row">
                  <a href={`#/creator/${f.account.platform}/${encodeURIComponent(f.account.handle)}`}>
                    {f.account.platform} @{f.account.handle}
                  </a>
                </th>
                <td>{f.account.tier}</td>
                <td className="num">
                  {f.deliverables} × {f.kind}
                </td>
                <td className="num">
                  {money(f.fee)}
                  {f.estimated && <span className="muted"> est.</span>}
                </td>
                <td className="small">{f.method ?? f.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** A comparison value in its unit: rates as percentages, money fields in the comparison's currency. */
function formatMetric(metric: string, value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined) return '—';
  if (metric === 'ENGAGEMENT_RATE' || metric === 'ROI') return pct(value, 2);
  if (['CPE', 'CPV'].includes(metric)) return money({ amountMinor: value, currency }, 4);
  if (['SPEND', 'CPM', 'EMV'].includes(metric)) return money({ amountMinor: value, currency });
  return num(value, 2);
}

export function ComparePage({ ids }: { ids: string[] }) {
  const [goal, setGoal] = useState<CampaignGoal | ''>('');
  const variables = { ids, goal: goal || undefined };
  const result = useQuery(
    ids.length >= 2 && ids.length <= 4 ? JSON.stringify(variables) : null,
    (cg, signal) => cg.compareCampaigns(variables, { signal }),
    (d) => d.compareCampaigns,
  );
  return (
    <section>
      <h1>Compare campaigns</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Goal
          <select value={goal} onChange={(e) => setGoal(e.target.value as CampaignGoal | '')}>
            <option value="">Every goal</option>
            {GOALS.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </label>
      </form>
      {ids.length < 2 || ids.length > 4 ? (
        <Empty>
          Pick 2 to 4 campaigns on the <a href="#/campaigns">Campaigns</a> page.
        </Empty>
      ) : result.status === 'loading' ? (
        <Loading />
      ) : result.status === 'error' ? (
        <ErrorBox error={result.error} />
      ) : (
        <Comparison payload={result.data} />
      )}
    </section>
  );
}

function Comparison({ payload: p }: { payload: Payload }) {
  const names = new Map(p.campaigns.map((c) => [c.id, c.name]));
  // Each decisive row scaled to its largest value, so metrics of any unit share one axis.
  const decisive = p.rows.filter((r) => r.direction !== 'NEUTRAL' && r.values.some((v) => v.value != null));
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 110, right: 16, top: 32, bottom: 24 },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => pct(v, 0) } },
      yAxis: { type: 'category', data: decisive.map((r) => r.metric), inverse: true },
      series: p.campaigns.map((c) => ({
        type: 'bar',
        name: c.name,
        data: decisive.map((r) => {
          const max = Math.max(...r.values.map((v) => Math.abs(v.value ?? 0))) || 1;
          const v = r.values.find((x) => x.campaign.id === c.id)?.value;
          return v == null ? null : v / max;
        }),
      })),
    }),
    [p, decisive],
  );
  return (
    <div className="stack">
      <ul className="verdicts">
        {p.verdicts.map((v) => (
          <li key={v.goal}>
            <strong>{v.goal}</strong>: {v.winners.length ? v.winners.map((w) => w.name).join(', ') : 'no winner'} —{' '}
            {v.reason}
          </li>
        ))}
      </ul>
      <ScrollRegion label="Comparison table">
        <table>
          <caption>Metrics side by side in {p.currency} (★ best)</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {p.campaigns.map((c) => (
                <th scope="col" key={c.id}>
                  <a href={`#/campaigns/${encodeURIComponent(c.id)}`}>{c.name}</a>
                </th>
              ))}
              <th scope="col">Winner</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => {
              const best = new Set(r.best.map((b) => b.id));
              return (
                <tr key={r.metric}>
                  <th scope="row">
                    {r.metric}{' '}
                    <span className="muted small">
                      {r.direction === 'HIGHER_IS_BETTER' ? '↑' : r.direction === 'LOWER_IS_BETTER' ? '↓' : ''}
                    </span>
                  </th>
                  {r.values.map((v) => (
                    <td key={v.campaign.id} className={`num${best.has(v.campaign.id) ? ' best' : ''}`}>
                      {formatMetric(r.metric, v.value, p.currency)}
                      {best.has(v.campaign.id) && ' ★'}
                    </td>
                  ))}
                  <td>{r.best.map((b) => names.get(b.id) ?? b.id).join(', ') || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {decisive.length > 0 && (
        <div className="card">
          <Chart
            option={option}
            height={Math.max(240, decisive.length * 34 + 60)}
            label={`Each metric relative to its largest value, per campaign: ${p.campaigns.map((c) => c.name).join(' vs ')}`}
          />
        </div>
      )}
      {p.warnings.length > 0 && (
        <ul className="warnings small">
          {p.warnings.map((w) => (
            <li key={w.campaign.id + w.code}>
              {w.campaign.name}: <strong>{w.code}</strong> {w.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
