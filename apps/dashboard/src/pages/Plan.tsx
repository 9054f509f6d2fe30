import type { PlanCampaignInput, PlanCampaignQuery, PlanGoal, Platform } from '@creatorgraph/sdk';
import { useMemo, useState } from 'react';
import { useQuery } from '../client';
import { Chart, type ChartOption } from '../components/Chart';
import { PlatformSelect } from '../components/PlatformSelect';
import { ScrollRegion } from '../components/ScrollRegion';
import { Empty, ErrorBox, Loading } from '../components/States';
import { count, minorFactor, money, num, pct } from '../format';

type Payload = Extract<PlanCampaignQuery['planCampaign'], { __typename: 'PlanCampaignPayload' }>;
type Totals = Payload['totals'];

const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'];

export function PlanPage() {
  const [amount, setAmount] = useState('5000');
  const [currency, setCurrency] = useState('USD');
  const [goal, setGoal] = useState<PlanGoal>('ENGAGEMENT');
  const [platform, setPlatform] = useState<Platform>('INSTAGRAM');
  const [niches, setNiches] = useState('');
  const [input, setInput] = useState<PlanCampaignInput | null>(null);

  const result = useQuery(
    input ? JSON.stringify(input) : null,
    (cg, signal) => cg.planCampaign({ input: input! }, { signal }),
    (d) => d.planCampaign,
  );

  return (
    <section>
      <h1>Plan</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const list = niches
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean);
          setInput({
            budget: { amountMinor: Math.round(Number(amount) * minorFactor(currency)), currency },
            goal,
            platform,
            ...(list.length ? { niches: list } : {}),
          });
        }}
      >
        <label>
          Budget
          <input type="number" min={0} step="any" required value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label>
          Currency
          <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Goal
          <select value={goal} onChange={(e) => setGoal(e.target.value as PlanGoal)}>
            <option value="ENGAGEMENT">ENGAGEMENT (expected interactions)</option>
            <option value="AWARENESS">AWARENESS (expected impressions)</option>
          </select>
        </label>
        <PlatformSelect value={platform} onChange={setPlatform} />
        <label>
          Niches (comma-separated)
          <input value={niches} onChange={(e) => setNiches(e.target.value)} placeholder="all niches" />
        </label>
        <button type="submit">Make a plan</button>
      </form>
      {input === null ? (
        <Empty>Set a budget and goal, then make a plan.</Empty>
      ) : result.status === 'loading' ? (
        <Loading />
      ) : result.status === 'error' ? (
        <ErrorBox error={result.error} />
      ) : (
        <PlanView plan={result.data} goal={input.goal} />
      )}
    </section>
  );
}

function PlanView({ plan: p, goal }: { plan: Payload; goal: PlanGoal }) {
  const variants: [string, Totals][] = [
    ['Plan', p.totals],
    ['All micro', p.allMicro.totals],
    ['All macro', p.allMacro.totals],
  ];
  const valueName = goal === 'ENGAGEMENT' ? 'expected interactions' : 'expected impressions';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `variants` and `valueName` derive from `p` and `goal`.
  const option = useMemo<ChartOption>(() => {
    const names = variants.map(([n]) => n);
    const panels: [string, (t: Totals) => number][] = [
      [valueName, (t) => t.expectedValue],
      [`spend (${p.currency})`, (t) => t.spend.amountMinor / minorFactor(t.spend.currency)],
      ['overhead hours', (t) => t.overheadHours],
      ['coordination risk', (t) => t.coordinationRisk],
    ];
    const cell = (i: number) => ({
      left: `${(i % 2) * 50 + 8}%`,
      width: '38%',
      top: `${Math.floor(i / 2) * 50 + 8}%`,
      height: '32%',
    });
    return {
      tooltip: { trigger: 'axis' },
      title: panels.map(([t], i) => ({
        text: t,
        left: `${(i % 2) * 50 + 27}%`,
        top: `${Math.floor(i / 2) * 50}%`,
        textAlign: 'center',
        textStyle: { fontSize: 12 },
      })),
      grid: panels.map((_, i) => cell(i)),
      xAxis: panels.map((_, i) => ({
        type: 'category',
        data: names,
        gridIndex: i,
        axisLabel: { fontSize: 10, interval: 0 },
      })),
      yAxis: panels.map((_, i) => ({ type: 'value', gridIndex: i, axisLabel: { fontSize: 10 } })),
      series: panels.map(([t, f], i) => ({
        type: 'bar',
        name: t,
        xAxisIndex: i,
        yAxisIndex: i,
        data: variants.map(([, v], j) => ({ value: f(v), itemStyle: { color: ['#2e86de', '#27ae60', '#8e44ad'][j] } })),
      })),
    };
  }, [p, goal]);
  const label = variants
    .map(
      ([n, t]) =>
        `${n}: ${count(t.expectedValue)} ${valueName}, ${money(t.spend)} spend, ${num(t.overheadHours)} overhead hours, ${pct(t.coordinationRisk, 0)} coordination risk`,
    )
    .join('; ');
  return (
    <div className="stack">
      <p className="small muted">
        {p.optimal ? 'Optimal' : 'Best found'} ({p.algorithm}) among {p.candidateCount} candidates of{' '}
        {p.accountsConsidered} accounts; {p.unpricedAccounts} unpriced, {p.tooFewPosts} with fewer than {p.minPosts}{' '}
        posts.
      </p>
      <div className="card">
        <Chart option={option} height={460} label={`Plan beside all-micro and all-macro. ${label}`} />
      </div>
      <ScrollRegion label="Plans table">
        <table>
          <caption>The plan beside all-micro and all-macro</caption>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">Creators</th>
              <th scope="col">Posts</th>
              <th scope="col">{valueName}</th>
              <th scope="col">Spend</th>
              <th scope="col">Cost with overhead</th>
              <th scope="col">Projected CPE / CPM</th>
              <th scope="col">Overhead hours</th>
              <th scope="col">Coordination risk</th>
            </tr>
          </thead>
          <tbody>
            {variants.map(([n, t]) => (
              <tr key={n}>
                <th scope="row">{n}</th>
                <td className="num">{t.creators}</td>
                <td className="num">{t.deliverables}</td>
                <td className="num">{count(Math.round(t.expectedValue))}</td>
                <td className="num">{money(t.spend)}</td>
                <td className="num">{money(t.cost)}</td>
                <td className="num">{t.projectedCpe ? money(t.projectedCpe, 4) : money(t.projectedCpm)}</td>
                <td className="num">{num(t.overheadHours, 1)}</td>
                <td className="num">{pct(t.coordinationRisk, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {p.selection.length === 0 ? (
        <Empty>No creator fits this budget and these filters.</Empty>
      ) : (
        <ScrollRegion label="Creators to hire table">
          <table>
            <caption>Creators to hire ({p.selection.length}), highest value first</caption>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Tier</th>
                <th scope="col">Followers</th>
                <th scope="col">Reliable rate</th>
                <th scope="col">Authenticity</th>
                <th scope="col">Posts</th>
                <th scope="col">Fee</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {p.selection.map((s) => (
                <tr key={s.account.id}>
                  <th scope="row">
                    <a href={`#/creator/${s.account.platform}/${encodeURIComponent(s.account.handle)}`}>
                      @{s.account.handle}
                    </a>
                  </th>
                  <td>{s.tier}</td>
                  <td className="num">{count(s.account.followers)}</td>
                  <td className="num">{pct(s.reliableRate)}</td>
                  <td className="num">{num(s.authenticityScore)}</td>
                  <td className="num">{s.posts}</td>
                  <td className="num" title={s.feeMethod ?? undefined}>
                    {money(s.fee)}
                  </td>
                  <td className="num">{count(Math.round(s.value))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
