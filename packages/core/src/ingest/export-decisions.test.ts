import { describe, expect, it } from 'vitest';
import { formatDecisionExport, type MemberExportRow } from './export-decisions.js';

const member = (overrides: Partial<MemberExportRow> = {}): MemberExportRow => ({
  account_id: 'QWNjb3VudDox',
  platform: 'INSTAGRAM',
  handle: 'ana',
  followers: 12_000,
  tier: 'MICRO',
  deliverables: 2,
  fee_minor: 30_000,
  currency: 'USD',
  fee_source: 'MEMBER_FEE',
  fee_estimated: false,
  fee_method: 'agreed fee',
  ...overrides,
});

describe('formatDecisionExport', () => {
  it('writes a CSV header and quotes cells that need it; null is an empty cell', () => {
    const text = formatDecisionExport(
      'campaign-members',
      [member(), member({ handle: 'bo', fee_minor: null, fee_method: 'rate card, "MICRO", photo' })],
      'csv',
    );
    expect(text).toBe(
      'account_id,platform,handle,followers,tier,deliverables,fee_minor,currency,fee_source,fee_estimated,fee_method\n' +
        'QWNjb3VudDox,INSTAGRAM,ana,12000,MICRO,2,30000,USD,MEMBER_FEE,false,agreed fee\n' +
        'QWNjb3VudDox,INSTAGRAM,bo,12000,MICRO,2,,USD,MEMBER_FEE,false,"rate card, ""MICRO"", photo"\n',
    );
  });

  it('writes JSONL with the same keys in column order, null kept', () => {
    const text = formatDecisionExport('campaign-members', [member({ fee_minor: null })], 'jsonl');
    const parsed = JSON.parse(text.trim());
    expect(Object.keys(parsed)[0]).toBe('account_id');
    expect(parsed.fee_minor).toBeNull();
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes only the header for no rows', () => {
    expect(formatDecisionExport('plan', [], 'csv')).toBe(
      'plan,account_id,platform,handle,tier,fee_minor,cost_minor,currency,fee_source,value,authenticity_score,reliable_rate,optimal\n',
    );
    expect(formatDecisionExport('plan', [], 'jsonl')).toBe('');
  });
});
