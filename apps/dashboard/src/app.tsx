import { useEffect, useMemo, useState } from 'react';
import { ClientContext, makeClient, readConfig, storeKey } from './client';
import { KeyForm } from './components/KeyForm';
import { CampaignPage, CampaignsPage, ComparePage } from './pages/Campaigns';
import { CreatorPage } from './pages/Creator';
import { DiscoverPage } from './pages/Discover';
import { PlanPage } from './pages/Plan';
import { TiersPage } from './pages/Tiers';

/** `#/campaigns/abc?x=1` → segments ['campaigns', 'abc'] and its query. */
export interface Route {
  segments: string[];
  query: URLSearchParams;
}

function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { segments: segments.length ? segments : ['discover'], query: new URLSearchParams(search) };
}

function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}

const NAV = [
  { name: 'Discover', href: '#/discover', section: 'discover' },
  { name: 'Creator', href: '#/creator', section: 'creator' },
  { name: 'Tiers', href: '#/tiers', section: 'tiers' },
  { name: 'Campaigns', href: '#/campaigns', section: 'campaigns' },
  { name: 'Plan', href: '#/plan', section: 'plan' },
];

function Page({ route }: { route: Route }) {
  const [section, ...rest] = route.segments;
  switch (section) {
    case 'discover':
      return <DiscoverPage />;
    case 'creator':
      return <CreatorPage target={rest} />;
    case 'tiers':
      return <TiersPage />;
    case 'campaigns':
      return rest[0] ? <CampaignPage id={rest[0]} /> : <CampaignsPage />;
    case 'compare':
      return <ComparePage ids={(route.query.get('ids') ?? '').split(',').filter(Boolean)} />;
    case 'plan':
      return <PlanPage />;
    default:
      return (
        <section>
          <h1>Not found</h1>
          <p>
            No page at <code>{window.location.hash}</code>. <a href="#/discover">Go to Discover</a>.
          </p>
        </section>
      );
  }
}

export function App() {
  const route = useRoute();
  const config = useMemo(readConfig, []);
  const [apiKey, setApiKey] = useState(config.apiKey);
  const client = useMemo(() => (apiKey ? makeClient({ url: config.url, apiKey }) : null), [apiKey, config.url]);
  const section = route.segments[0] === 'compare' ? 'campaigns' : route.segments[0];

  return (
    <>
      <header className="top">
        <a className="brand" href="#/discover">
          creatorgraph
        </a>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <a key={item.section} href={item.href} aria-current={section === item.section ? 'page' : undefined}>
              {item.name}
            </a>
          ))}
        </nav>
        <KeyForm
          hasKey={apiKey !== null}
          canForget={apiKey !== null && apiKey !== window.__CREATORGRAPH__?.apiKey}
          onKey={(key) => {
            storeKey(key);
            setApiKey(key ?? window.__CREATORGRAPH__?.apiKey ?? null);
          }}
        />
      </header>
      <main>
        {client ? (
          <ClientContext.Provider value={client}>
            <Page key={route.segments.join('/')} route={route} />
          </ClientContext.Provider>
        ) : (
          <section>
            <h1>No API key</h1>
            <div role="alert" className="error">
              <strong>NO_API_KEY</strong>: this dashboard was not given an API key. Paste one in the field above (it is
              kept for this tab only), or open the dashboard from the server's demo profile on this machine.
            </div>
          </section>
        )}
      </main>
    </>
  );
}
