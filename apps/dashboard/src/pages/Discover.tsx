import {
  type CreatorFilter,
  type CreatorOrderField,
  type DiscoverQuery,
  type DiscoverQueryVariables,
  graphql,
  type Platform,
  type Tier,
} from '@creatorgraph/sdk';
import { useEffect, useState } from 'react';
import { useClient, useQuery } from '../client';
import { Pager } from '../components/Pager';
import { ScrollRegion } from '../components/ScrollRegion';
import { Sparkline } from '../components/Sparkline';
import { Empty, ErrorBox, Loading } from '../components/States';
import { count, interval, money, PLATFORMS, pct, TIERS } from '../format';

type Row = DiscoverQuery['creators']['nodes'][number];

const ORDERS: { field: CreatorOrderField; label: string }[] = [
  { field: 'ENGAGEMENT_LOWER_BOUND', label: 'Engagement lower bound (reliable)' },
  { field: 'EXPECTED_INTERACTIONS', label: 'Expected interactions per post' },
  { field: 'ESTIMATED_CPE', label: 'Estimated cost per engagement' },
  { field: 'RELIABLE_ENGAGEMENT_RATE', label: 'Reliable engagement rate' },
  { field: 'ENGAGEMENT_RATE', label: 'Raw engagement rate' },
  { field: 'AVG_INTERACTIONS', label: 'Average interactions' },
  { field: 'AUTHENTICITY_SCORE', label: 'Authenticity score' },
  { field: 'GROWTH', label: 'Follower growth' },
  { field: 'FOLLOWERS', label: 'Followers' },
  { field: 'NAME', label: 'Name' },
  { field: 'CREATED_AT', label: 'Date added' },
];

interface Filters {
  platform: string;
  tier: string;
  niche: string;
  country: string;
  followersMin: string;
  followersMax: string;
  engagementMin: string;
  authenticityMin: string;
  growthMin: string;
  minSample: string;
  order: CreatorOrderField;
  direction: 'ASC' | 'DESC';
}

const INITIAL: Filters = {
  platform: '',
  tier: '',
  niche: '',
  country: '',
  followersMin: '',
  followersMax: '',
  engagementMin: '',
  authenticityMin: '',
  growthMin: '',
  minSample: '',
  order: 'ENGAGEMENT_LOWER_BOUND',
  direction: 'DESC',
};

const PAGE_SIZE = 20;

function numberOrUndefined(text: string, scale = 1): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n * scale : undefined;
}

/** Form fields → query variables; percentages are typed as percent and sent as fractions. */
function toVariables(f: Filters, after: string | null): DiscoverQueryVariables {
  const filter: CreatorFilter = {};
  if (f.platform) filter.platform = f.platform as Platform;
  if (f.tier) filter.tier = f.tier as Tier;
  if (f.niche) filter.niches = [f.niche];
  if (f.country.trim()) filter.country = f.country.trim().toUpperCase();
  const min = numberOrUndefined(f.followersMin);
  const max = numberOrUndefined(f.followersMax);
  if (min !== undefined || max !== undefined) filter.followers = { min, max };
  const engagement = numberOrUndefined(f.engagementMin, 0.01);
  if (engagement !== undefined) filter.engagementRate = { min: engagement };
  const growth = numberOrUndefined(f.growthMin, 0.01);
  if (growth !== undefined) filter.growth = { min: growth };
  filter.minAuthenticity = numberOrUndefined(f.authenticityMin);
  filter.minSampleSize = numberOrUndefined(f.minSample);
  return {
    filter,
    orderBy: { field: f.order, direction: f.direction },
    first: PAGE_SIZE,
    after,
    platform: f.platform ? (f.platform as Platform) : undefined,
  };
}

type Histories = Record<string, { followerHistory: { followers: number }[] } | null>;

/** Follower histories of a whole page in one aliased request, so sparklines cost one call per page, not per row. */
function useSparklines(rows: Row[] | null): { histories: Histories | null; note: string } {
  const client = useClient();
  const [state, setState] = useState<{ histories: Histories | null; note: string }>({ histories: null, note: '' });
  const accounts = (rows ?? []).flatMap((r) => (r.metricAccount ? [r.metricAccount] : []));
  const key = accounts.map((a) => `${a.platform}/${a.handle}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies the accounts.
  useEffect(() => {
    if (!accounts.length) return;
    const controller = new AbortController();
    const params = accounts.map((_, i) => `$p${i}: Platform!, $h${i}: String!`).join(', ');
    const fields = accounts
      .map((_, i) => `a${i}: account(platform: $p${i}, handle: $h${i}) { followerHistory { followers } }`)
      .join('\n');
    const doc = graphql<Histories, Record<string, string>>(`query DiscoverSparklines(${params}) {\n${fields}\n}`);
    const variables: Record<string, string> = {};
    accounts.forEach((a, i) => {
      variables[`p${i}`] = a.platform;
      variables[`h${i}`] = a.handle;
    });
    setState({ histories: null, note: 'Loading…' });
    client.client.request(doc, variables, { signal: controller.signal }).then((res) => {
      if (controller.signal.aborted) return;
      if (res.ok) setState({ histories: res.data as Histories, note: 'one batched request per page' });
      else setState({ histories: null, note: `sparklines unavailable: ${res.error.code}` });
    });
    return () => controller.abort();
  }, [client, key]);
  return state;
}

export function DiscoverPage() {
  const [draft, setDraft] = useState<Filters>(INITIAL);
  const [applied, setApplied] = useState<Filters>(INITIAL);
  // Cursors of the pages visited: Discover pages forward only, so "previous" goes back through this stack.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const variables = toVariables(applied, after);
  const result = useQuery(
    JSON.stringify(variables),
    (cg, signal) => cg.discover(variables, { signal }),
    (d) => d.creators,
  );
  const niches = useQuery(
    'niches',
    (cg, signal) => cg.niches({ first: 100 }, { signal }),
    (d) => d.niches,
  );
  const rows = result.status === 'ok' ? result.data.nodes : null;
  const sparklines = useSparklines(rows);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  return (
    <section>
      <h1>Discover</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(draft);
          setCursors([null]);
        }}
      >
        <label>
          Platform
          <select value={draft.platform} onChange={set('platform')}>
            <option value="">Any</option>
            {PLATFORMS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          Tier
          <select value={draft.tier} onChange={set('tier')}>
            <option value="">Any</option>
            {TIERS.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Niche
          <select value={draft.niche} onChange={set('niche')}>
            <option value="">Any</option>
            {niches.status === 'ok' &&
              niches.data.map((n) => (
                <option key={n.niche} value={n.niche}>
                  {n.niche} ({n.creatorCount})
                </option>
              ))}
          </select>
        </label>
        <label>
          Country
          <input value={draft.country} onChange={set('country')} placeholder="US" maxLength={2} />
        </label>
        <label>
          Followers min
          <input type="number" min={0} value={draft.followersMin} onChange={set('followersMin')} />
        </label>
        <label>
          Followers max
          <input type="number" min={0} value={draft.followersMax} onChange={set('followersMax')} />
        </label>
        <label>
          Engagement min (%)
          <input type="number" min={0} step="any" value={draft.engagementMin} onChange={set('engagementMin')} />
        </label>
        <label>
          Authenticity min (0–100)
          <input type="number" min={0} max={100} value={draft.authenticityMin} onChange={set('authenticityMin')} />
        </label>
        <label>
          Growth min (%)
          <input type="number" step="any" value={draft.growthMin} onChange={set('growthMin')} />
        </label>
        <label>
          Minimum sample (posts)
          <input type="number" min={0} value={draft.minSample} onChange={set('minSample')} />
        </label>
        <label>
          Order by
          <select value={draft.order} onChange={set('order')}>
            {ORDERS.map((o) => (
              <option key={o.field} value={o.field}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction
          <select value={draft.direction} onChange={set('direction')}>
            <option value="DESC">Highest first</option>
            <option value="ASC">Lowest first</option>
          </select>
        </label>
        <button type="submit">Apply filters</button>
      </form>

      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorBox error={result.error} />}
      {result.status === 'ok' && (
        <>
          {result.data.nodes.length === 0 ? (
            <Empty>No creator matches these filters.</Empty>
          ) : (
            <ScrollRegion label="Creators table">
              <table>
                <caption>
                  Creators {cursors.length > 1 ? `(page ${cursors.length})` : ''} — {result.data.totalCount} match
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Creator</th>
                    <th scope="col">Metric account</th>
                    <th scope="col">Followers</th>
                    <th scope="col">Engagement (n posts)</th>
                    <th scope="col">Reliable rate [95% interval]</th>
                    <th scope="col">Photo price</th>
                    <th scope="col" title={`Follower history (${sparklines.note})`}>
                      Followers trend
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.nodes.map((c, i) => {
                    const a = c.metricAccount;
                    const history = sparklines.histories?.[`a${i}`]?.followerHistory ?? [];
                    return (
                      <tr key={c.id}>
                        <th scope="row">
                          {a ? <a href={`#/creator/${encodeURIComponent(a.id)}`}>{c.name}</a> : c.name}
                          <div className="muted small">{[c.country, ...c.niches].filter(Boolean).join(' · ')}</div>
                        </th>
                        <td>
                          {a ? `${a.platform} @${a.handle}` : '—'}
                          {a && <div className="muted small">{a.tier}</div>}
                        </td>
                        <td className="num">{count(a?.followers)}</td>
                        <td className="num">
                          {pct(a?.engagement?.value)}{' '}
                          <span className="muted">(n={a?.engagement?.sampleSize ?? 0})</span>
                        </td>
                        <td className="num">
                          {pct(a?.reliableEngagement?.value)}{' '}
                          <span className="muted">[{interval(a?.reliableEngagement?.interval95)}]</span>
                        </td>
                        <td className="num" title={a?.price?.method}>
                          {money(a?.price?.amount)}
                          {a?.price?.estimated && <span className="muted"> est.</span>}
                        </td>
                        <td>
                          <Sparkline
                            values={history.map((h) => h.followers)}
                            label={`Follower history of ${a ? `@${a.handle}` : c.name}`}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <Pager cursors={cursors} setCursors={setCursors} pageInfo={result.data.pageInfo} />
        </>
      )}
    </section>
  );
}
