import type { CompareTiersQuery, Platform } from '@creatorgraph/sdk';
import { useMemo, useState } from 'react';
import { useQuery } from '../client';
import { Chart, type ChartOption } from '../components/Chart';
import { PlatformSelect } from '../components/PlatformSelect';
import { ScrollRegion } from '../components/ScrollRegion';
import { Empty, ErrorBox, Loading } from '../components/States';
import { count, minorFactor, money, num, pct, TIERS } from '../format';

type TierRow = CompareTiersQuery['compareTiers'][number];

/** The story in one sentence: the tier with the best rate against the tier with the most interactions. */
function story(rows: TierRow[]): string {
  const rated = rows.filter((r) => r.medianRate != null && r.medianAvgInteractions != null);
  if (rated.length < 2) return '';
  const byRate = [...rated].sort((a, b) => (b.medianRate ?? 0) - (a.medianRate ?? 0))[0]!;
  const byReach = [...rated].sort((a, b) => (b.medianAvgInteractions ?? 0) - (a.medianAvgInteractions ?? 0))[0]!;
  if (byRate.tier === byReach.tier) return `${byRate.tier} leads on both rate and interactions here.`;
  return `${byRate.tier} has the best median rate (${pct(byRate.medianRate, 1)}) but only ${num(byRate.medianAvgInteractions)} interactions a post; ${byReach.tier} engages at ${pct(byReach.medianRate, 1)} and brings ${count(byReach.medianAvgInteractions)}.`;
}

export function TiersPage() {
  const [platform, setPlatform] = useState<Platform>('INSTAGRAM');
  const [niche, setNiche] = useState('');
  const variables = { platform, niche: niche || undefined };
  const tiers = useQuery(
    JSON.stringify(variables),
    (cg, signal) => cg.compareTiers(variables, { signal }),
    (d) => [...d.compareTiers].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier)),
  );
  const niches = useQuery(
    'niches',
    (cg, signal) => cg.niches({ first: 100 }, { signal }),
    (d) => d.niches,
  );

  const rows = tiers.status === 'ok' ? tiers.data : null;
  const option = useMemo<ChartOption | null>(() => {
    if (!rows) return null;
    const names = rows.map((r) => r.tier);
    const currency = rows.find((r) => r.medianCpe)?.medianCpe?.currency ?? 'USD';
    const axis = (gridIndex: number) => ({ type: 'category', data: names, gridIndex });
    const bar = (name: string, index: number, data: (number | null)[], color: string, fmt: (v: number) => string) => ({
      type: 'bar',
      name,
      xAxisIndex: index,
      yAxisIndex: index,
      data,
      itemStyle: { color },
      label: { show: true, position: 'top', fontSize: 10, formatter: (p: { value: number }) => fmt(p.value) },
    });
    return {
      tooltip: { trigger: 'axis' },
      title: [
        { text: 'Median engagement rate', top: 0, left: 'center', textStyle: { fontSize: 12 } },
        { text: 'Median interactions per post', top: '33%', left: 'center', textStyle: { fontSize: 12 } },
        { text: `Median cost per engagement (${currency})`, top: '66%', left: 'center', textStyle: { fontSize: 12 } },
      ],
      grid: [
        { top: '6%', height: '21%', left: 56, right: 16 },
        { top: '39%', height: '21%', left: 56, right: 16 },
        { top: '72%', height: '21%', left: 56, right: 16 },
      ],
      xAxis: [axis(0), axis(1), axis(2)],
      yAxis: [
        { type: 'value', gridIndex: 0, axisLabel: { formatter: (v: number) => pct(v, 0) } },
        { type: 'value', gridIndex: 1 },
        { type: 'value', gridIndex: 2 },
      ],
      series: [
        bar(
          'rate',
          0,
          rows.map((r) => r.medianRate ?? null),
          '#2e86de',
          (v) => pct(v, 1),
        ),
        bar(
          'interactions',
          1,
          rows.map((r) => r.medianAvgInteractions ?? null),
          '#27ae60',
          (v) => count(v),
        ),
        bar(
          'CPE',
          2,
          rows.map((r) => (r.medianCpe ? r.medianCpe.amountMinor / minorFactor(r.medianCpe.currency) : null)),
          '#e67e22',
          (v) => num(v, 3),
        ),
      ],
    };
  }, [rows]);

  return (
    <section>
      <h1>Tiers</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <PlatformSelect value={platform} onChange={setPlatform} />
        <label>
          Niche
          <select value={niche} onChange={(e) => setNiche(e.target.value)}>
            <option value="">All niches</option>
            {niches.status === 'ok' &&
              niches.data.map((n) => (
                <option key={n.niche} value={n.niche}>
                  {n.niche}
                </option>
              ))}
          </select>
        </label>
      </form>
      {tiers.status === 'loading' && <Loading />}
      {tiers.status === 'error' && <ErrorBox error={tiers.error} />}
      {rows && rows.length === 0 && <Empty>No account on {platform} in this niche.</Empty>}
      {rows && rows.length > 0 && option && (
        <>
          <p className="story">{story(rows)}</p>
          <div className="card">
            <Chart
              option={option}
              height={560}
              label={`Per tier on ${platform}${niche ? ` in ${niche}` : ''}: median engagement rate, median interactions per post and median cost per engagement. ${story(rows)}`}
            />
          </div>
          <ScrollRegion label="Tiers table">
            <table>
              <caption>
                Tiers on {platform}
                {niche ? ` in ${niche}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Tier</th>
                  <th scope="col">Accounts</th>
                  <th scope="col">Median rate [p25–p75]</th>
                  <th scope="col">Median interactions / post</th>
                  <th scope="col">Median fee</th>
                  <th scope="col">Median CPE</th>
                  <th scope="col">Median authenticity</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.tier}>
                    <th scope="row">{r.tier}</th>
                    <td className="num">{r.accountCount}</td>
                    <td className="num">
                      {pct(r.medianRate)}{' '}
                      <span className="muted">
                        [{pct(r.p25Rate)}–{pct(r.p75Rate)}]
                      </span>
                    </td>
                    <td className="num">{num(r.medianAvgInteractions, 1)}</td>
                    <td className="num">{money(r.medianFee)}</td>
                    <td className="num">{money(r.medianCpe, 4)}</td>
                    <td className="num">
                      {num(r.medianAuthenticity)} <span className="muted">({pct(r.lowAuthenticityShare, 0)} low)</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
