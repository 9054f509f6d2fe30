import type { Platform } from '@creatorgraph/sdk';
import { PLATFORMS } from '../format';

/** The labelled platform picker of the Tiers and Plan forms. */
export function PlatformSelect({ value, onChange }: { value: Platform; onChange: (platform: Platform) => void }) {
  return (
    <label>
      Platform
      <select value={value} onChange={(e) => onChange(e.target.value as Platform)}>
        {PLATFORMS.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
    </label>
  );
}
