import type { ShownError } from '../client';
import { time } from '../format';

export function Loading() {
  return (
    <p className="muted" aria-live="polite">
      Loading…
    </p>
  );
}

export function ErrorBox({ error }: { error: ShownError }) {
  return (
    <div role="alert" className="error">
      <strong>{error.code}</strong>: {error.message}
      {error.resetAt && <> — the budget is back at {time(error.resetAt)}</>}
      {error.code === 'UNAUTHENTICATED' && <> — paste a valid API key above.</>}
      {(error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT') && <> — is the server running?</>}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>;
}
