import { type ClientError, creatorgraph, type Result, type Success } from '@creatorgraph/sdk';
import { createContext, useContext, useEffect, useState } from 'react';

/** What the server injects into index.html; absent when the build is hosted elsewhere. */
export interface DashboardConfig {
  url: string;
  apiKey: string | null;
}

declare global {
  interface Window {
    __CREATORGRAPH__?: DashboardConfig;
  }
}

const KEY_STORAGE = 'creatorgraph.apiKey';

export function readConfig(): DashboardConfig {
  const injected = window.__CREATORGRAPH__;
  return {
    url: injected?.url ?? '/graphql',
    apiKey: injected?.apiKey ?? sessionStorage.getItem(KEY_STORAGE),
  };
}

/** A pasted key lives for the tab only, never in localStorage. */
export function storeKey(key: string | null): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

export function makeClient(config: DashboardConfig & { apiKey: string }) {
  // The SDK needs an absolute URL; a relative one is resolved against the page.
  return creatorgraph({
    url: new URL(config.url, window.location.href).toString(),
    apiKey: config.apiKey,
    persisted: 'fallback',
  });
}

export type Client = ReturnType<typeof makeClient>;

export const ClientContext = createContext<Client | null>(null);

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientContext');
  return client;
}

/** A failure as shown: the SDK error plus, when rate limited, when the budget is back. */
export interface ShownError {
  code: string;
  message: string;
  resetAt?: string;
}

export function toShownError(
  error: ClientError<unknown>,
  result?: { rateLimit?: { resetAt: string }; cost?: { resetAt: string } },
): ShownError {
  const shown: ShownError = { code: error.code, message: error.message };
  if (error.code === 'RATE_LIMITED') {
    shown.resetAt =
      error.retryAfter !== undefined
        ? new Date(Date.now() + error.retryAfter * 1000).toISOString()
        : (result?.rateLimit?.resetAt ?? result?.cost?.resetAt);
  }
  return shown;
}

export type QueryState<T> = { status: 'loading' } | { status: 'error'; error: ShownError } | { status: 'ok'; data: T };

/**
 * Runs `run` whenever `key` changes (never while it is null), aborting the previous run. `key` is a
 * string so callers pass JSON of their variables and effects re-run only on real changes.
 */
export function useAsync<T>(key: string | null, run: (client: Client, signal: AbortSignal) => Promise<QueryState<T>>) {
  const client = useClient();
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the variables `run` closes over.
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    run(client, controller.signal).then((next) => {
      if (!controller.signal.aborted) setState(next);
    });
    return () => controller.abort();
  }, [client, key]);
  return state;
}

export function toState<D, T>(res: Result<D>, pick: (data: Success<D>) => T): QueryState<T> {
  return res.ok ? { status: 'ok', data: pick(res.data) } : { status: 'error', error: toShownError(res.error, res) };
}

/** One SDK call as state: `useQuery(JSON.stringify(vars), (cg, signal) => cg.discover(vars, { signal }), (d) => d.creators)`. */
export function useQuery<D, T>(
  key: string | null,
  run: (client: Client, signal: AbortSignal) => Promise<Result<D>>,
  pick: (data: Success<D>) => T,
): QueryState<T> {
  return useAsync(key, async (client, signal) => toState(await run(client, signal), pick));
}
