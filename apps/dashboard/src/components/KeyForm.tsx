import { useState } from 'react';

/** Paste an API key for this tab (sessionStorage), or forget it. */
export function KeyForm({
  hasKey,
  canForget,
  onKey,
}: {
  hasKey: boolean;
  /** A pasted key can be forgotten; the one the server injected cannot. */
  canForget: boolean;
  onKey: (key: string | null) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      className="key-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onKey(value.trim());
      }}
    >
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        placeholder={hasKey ? 'replace the key' : 'cg_…'}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit">Use key</button>
      {canForget && (
        <button type="button" onClick={() => onKey(null)}>
          Forget key
        </button>
      )}
    </form>
  );
}
