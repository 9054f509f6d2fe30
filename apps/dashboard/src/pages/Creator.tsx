import type { AccountMetricsQuery, AccountPriceQuery, Platform, PostKind } from '@creatorgraph/sdk';
import { useMemo, useState } from 'react';
import { toState, useAsync, useQuery } from '../client';
import { Chart, type ChartOption } from '../components/Chart';
import { ScrollRegion } from '../components/ScrollRegion';
import { Empty, ErrorBox, Loading } from '../components/States';
import { count, date, interval, money, num, PLATFORMS, POST_KINDS, pct } from '../format';

type Account = NonNullable<AccountMetricsQuery['account']>;

/** `#/creator/<accountId | creatorId>` or `#/creator/<PLATFORM>/<handle>`; nothing → search. */
export function CreatorPage({ target }: { target: string[] }) {
  const [first, second] = target;
  return (
    <section>
      <h1>Creator</h1>
      {first && second && PLATFORMS.includes(first.toUpperCase() as Platform) ? (
        <AccountView platform={first.toUpperCase() as Platform} handle={second} />
      ) : first ? (
        <ById id={first} />
      ) : (
        <Picker />
      )}
    </section>
  );
}

function Picker() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const result = useQuery(
    query,
    (cg, signal) => cg.search({ text: query ?? '', first: 20 }, { signal }),
    (d) => d.search.nodes,
  );
  return (
    <>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) setQuery(text.trim());
        }}
      >
        <label>
          Name or handle
          <input value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">Search</button>
      </form>
      {query === null ? (
        <Empty>Search a creator, or open one from Discover.</Empty>
      ) : result.status === 'loading' ? (
        <Loading />
      ) : result.status === 'error' ? (
        <ErrorBox error={result.error} />
      ) : result.data.length === 0 ? (
        <Empty>No creator matches “{query}”.</Empty>
      ) : (
        <ul className="list">
          {result.data.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>{' '}
              {c.accounts.map((a) => (
                <a key={a.id} href={`#/creator/${a.platform}/${encodeURIComponent(a.handle)}`} className="chip">
                  {a.platform} @{a.handle} ({count(a.followers)})
                </a>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A global id: an account is shown at once; a creator shows its largest account with links to the others. */
function ById({ id }: { id: string }) {
  const node = useQuery(
    id,
    (cg, signal) => cg.node({ id }, { signal }),
    (d) => d.node,
  );
  if (node.status === 'loading') return <Loading />;
  if (node.status === 'error') return <ErrorBox error={node.error} />;
  const n = node.data;
  if (n?.__typename === 'Account') return <AccountView platform={n.platform} handle={n.handle} />;
  if (n?.__typename === 'Creator') {
    const accounts = [...n.accounts].sort((a, b) => b.followers - a.followers);
    const main = accounts[0];
    return (
      <>
        <p>
          {n.name}:{' '}
          {accounts.map((a) => (
            <a key={a.id} className="chip" href={`#/creator/${a.platform}/${encodeURIComponent(a.handle)}`}>
              {a.platform} @{a.handle}
            </a>
          ))}
        </p>
        {main ? <AccountView platform={main.platform} handle={main.handle} /> : <Empty>No account.</Empty>}
      </>
    );
  }
  return <Empty>No creator or account has the id {id}.</Empty>;
}

function AccountView({ platform, handle }: { platform: Platform; handle: string }) {
  const key = `${platform}/${handle}`;
  const metrics = useQuery(
    key,
    (cg, signal) => cg.accountMetrics({ platform, handle }, { signal }),
    (d) => d.account,
  );
  if (metrics.status === 'loading') return <Loading />;
  if (metrics.status === 'error') return <ErrorBox error={metrics.error} />;
  const a = metrics.data;
  if (!a)
    return (
      <Empty>
        No {platform} account @{handle}.
      </Empty>
    );
  return (
    <div className="stack">
      <h2>
        {a.platform} @{a.handle}{' '}
        <span className="muted small">
          {a.tier} · {count(a.followers)} followers · growth {pct(a.growth, 1)} (30 days)
        </span>
      </h2>
      <FollowerChart account={a} />
      <div className="grid-2">
        <RateStrip account={a} />
        <Authenticity account={a} />
      </div>
      <Prices platform={platform} handle={handle} />
    </div>
  );
}

function spikeDates(a: Account): string[] {
  const flag = a.authenticity.flags.find((f) => f.code === 'FOLLOWER_SPIKE');
  return (flag?.evidence ?? []).filter((e) => e.name === 'date' && e.text).map((e) => e.text as string);
}

function FollowerChart({ account: a }: { account: Account }) {
  const spikes = spikeDates(a);
  const option = useMemo<ChartOption>(() => {
    const points = a.followerHistory.map((h) => [h.capturedAt, h.followers] as [string, number]);
    // A spike's date is the snapshot that ended the jump; mark the nearest snapshot at or after it.
    const marks = spikes.flatMap((d) => {
      const p = points.find(([t]) => t >= d) ?? points[points.length - 1];
      return p ? [{ name: `spike ${date(d)}`, coord: p, value: date(d) }] : [];
    });
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true, name: 'followers' },
      series: [
        {
          type: 'line',
          name: 'followers',
          showSymbol: false,
          data: points,
          markPoint: {
            symbol: 'pin',
            symbolSize: 44,
            itemStyle: { color: '#c0392b' },
            label: { fontSize: 9 },
            data: marks,
          },
        },
      ],
    };
  }, [a, spikes]);
  const spikeFlag = a.authenticity.flags.find((f) => f.code === 'FOLLOWER_SPIKE');
  return (
    <figure className="card">
      <h3>Follower history</h3>
      {a.followerHistory.length < 2 ? (
        <Empty>Not enough follower snapshots for a curve.</Empty>
      ) : (
        <Chart
          option={option}
          label={`Followers of @${a.handle} over time, ${a.followerHistory.length} snapshots${spikes.length ? `, ${spikes.length} detected spike(s) marked on ${spikes.map(date).join(', ')}` : ', no spike detected'}`}
        />
      )}
      <figcaption>{spikeFlag ? spikeFlag.message : 'No follower spike detected.'}</figcaption>
    </figure>
  );
}

/** One axis: the peer band p25–p75, the raw rate with its 95% interval, and the reliable rate. */
function RateStrip({ account: a }: { account: Account }) {
  const e = a.engagement;
  const r = a.reliableEngagement;
  const b = a.benchmark;
  const top = Math.max(e.interval95?.high ?? 0, r?.interval95?.high ?? 0, b?.p90 ?? 0, e.value ?? 0, 0.01) * 1.1;
  const w = 400;
  const x = (v: number) => (v / top) * (w - 20) + 10;
  const label = `Engagement ${pct(e.value)} (95% interval ${interval(e.interval95)}), reliable ${pct(r?.value)}, peer band p25 ${pct(b?.p25)} to p75 ${pct(b?.p75)}`;
  return (
    <div className="card">
      <h3>Engagement</h3>
      <svg viewBox={`0 0 ${w} 70`} className="strip" role="img" aria-label={label}>
        <line x1={10} x2={w - 10} y1={50} y2={50} stroke="#999" />
        {b?.p25 != null && b?.p75 != null && (
          <rect
            x={x(b.p25)}
            width={Math.max(1, x(b.p75) - x(b.p25))}
            y={10}
            height={50}
            fill="#2e86de"
            opacity={0.15}
          />
        )}
        {e.interval95 && (
          <line x1={x(e.interval95.low)} x2={x(e.interval95.high)} y1={25} y2={25} stroke="#222" strokeWidth={2} />
        )}
        {e.value != null && <circle cx={x(e.value)} cy={25} r={5} fill="#222" />}
        {r?.value != null && <rect x={x(r.value) - 4} y={36} width={8} height={8} fill="#e67e22" />}
        {[0, top / 2, top].map((t) => (
          <text key={t} x={x(t)} y={66} fontSize={10} textAnchor="middle">
            {pct(t, 1)}
          </text>
        ))}
      </svg>
      <p className="legend small">
        <span className="key dot" /> raw rate and 95% interval · <span className="key square" /> reliable rate ·{' '}
        <span className="key band" /> peers p25–p75
      </p>
      <dl className="facts">
        <dt>Raw rate</dt>
        <dd>
          {pct(e.value)} [{interval(e.interval95)}], n={e.sampleSize} posts, {num(e.avgInteractionsPerPost)}{' '}
          interactions per post
        </dd>
        <dt>Reliable rate</dt>
        <dd>
          {pct(r?.value)} [{interval(r?.interval95)}] = weight {num(r?.weight, 2)} × raw +{' '}
          {num(1 - (r?.weight ?? 0), 2)} × prior {pct(r?.prior)} ({r?.peerCount ?? 0} peers)
        </dd>
        <dt>Peers</dt>
        <dd>
          p25 {pct(b?.p25)}, median {pct(b?.p50)}, p75 {pct(b?.p75)}
          {b?.percentile != null ? `; this account is at percentile ${num(b.percentile)}` : ''}
          {b?.percentileReason ? ` (${b.percentileReason})` : ''}
        </dd>
      </dl>
    </div>
  );
}

function Authenticity({ account: a }: { account: Account }) {
  const au = a.authenticity;
  return (
    <div className="card">
      <h3>
        Authenticity {num(au.score)} / 100{' '}
        <span className="muted small">≈ {count(au.authenticFollowers)} authentic followers</span>
      </h3>
      {au.flags.length === 0 ? (
        <Empty>No flag raised.</Empty>
      ) : (
        <ul className="flags">
          {au.flags.map((f) => (
            <li key={f.code}>
              <strong>{f.code}</strong> <span className={`sev sev-${f.severity.toLowerCase()}`}>{f.severity}</span>{' '}
              <span className="muted">−{num(f.penalty * 100, 1)} pts</span>
              <p>{f.message}</p>
              {f.evidence.length > 0 && (
                <ul className="evidence small">
                  {f.evidence.map((ev, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: evidence entries repeat names and have no id.
                    <li key={i}>
                      {ev.name}: {ev.text ?? num(ev.value, 3)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One accountPrice call per post kind: a handful of small requests, run together. */
function Prices({ platform, handle }: { platform: Platform; handle: string }) {
  const prices = useAsync(`${platform}/${handle}`, async (cg, signal) => {
    const results = await Promise.all(
      POST_KINDS.map((kind) => cg.accountPrice({ platform, handle, kind }, { signal })),
    );
    const rows: { kind: PostKind; price: PriceRow }[] = [];
    for (const [i, res] of results.entries()) {
      if (!res.ok) return toState(res, () => rows);
      rows.push({ kind: POST_KINDS[i] as PostKind, price: res.data.account?.price });
    }
    return { status: 'ok', data: rows };
  });
  return (
    <div className="card">
      <h3>Price per format</h3>
      {prices.status === 'loading' && <Loading />}
      {prices.status === 'error' && <ErrorBox error={prices.error} />}
      {prices.status === 'ok' && (
        <ScrollRegion label="Prices table">
          <table>
            <caption>Price of one post of each kind</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Price</th>
                <th scope="col">How</th>
              </tr>
            </thead>
            <tbody>
              {prices.data.map((p) => (
                <tr key={p.kind}>
                  <th scope="row">{p.kind}</th>
                  <td className="num">
                    {money(p.price?.amount)}
                    {p.price?.estimated && <span className="muted"> est.</span>}
                  </td>
                  <td className="small">{p.price?.method ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}

type PriceRow = NonNullable<AccountPriceQuery['account']>['price'] | undefined;
