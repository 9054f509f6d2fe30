import { describe, expect, it } from 'vitest';
import {
  type Column,
  csvCell,
  formatChange,
  formatInterval,
  formatMoney,
  formatRate,
  Output,
  outputMode,
  toCsv,
  useColor,
} from '../src/output.js';

const sink = (isTTY = false) => {
  const chunks: string[] = [];
  return { write: (s: string) => chunks.push(s), isTTY, text: () => chunks.join('') };
};

describe('formatting', () => {
  it('writes rates as percentages', () => {
    expect(formatRate(0.0342)).toBe('3.42%');
    expect(formatRate(null)).toBe('—');
    expect(formatChange(0.05)).toBe('+5.00%');
    expect(formatChange(-0.012)).toBe('-1.20%');
    expect(formatInterval({ low: 0.021, high: 0.043 })).toBe('2.10% – 4.30%');
  });

  it('writes money in major units with the currency digits', () => {
    expect(formatMoney({ amountMinor: 500_050, currency: 'USD' })).toBe('5,000.50 USD');
    expect(formatMoney({ amountMinor: 1_500, currency: 'JPY' })).toBe('1,500 JPY');
    expect(formatMoney({ amountMinor: 1_234, currency: 'KWD' })).toBe('1.234 KWD');
    // A unit cost of 0.37 US cents keeps two more decimals.
    expect(formatMoney({ amountMinor: 0.37, currency: 'USD' }, true)).toBe('0.0037 USD');
    expect(formatMoney(null)).toBe('—');
  });

  it('quotes CSV cells that need it', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });
});

describe('output modes', () => {
  const rows = [
    { name: 'Ana, travels', rate: 0.0342, fee: { amountMinor: 25_000, currency: 'USD' } },
    { name: 'Bo', rate: null, fee: null },
  ];
  const columns: Column<(typeof rows)[number]>[] = [
    { header: 'name', value: (r) => r.name },
    { header: 'rate', value: (r) => r.rate, format: (r) => formatRate(r.rate), align: 'right' },
    { header: 'fee_minor', value: (r) => r.fee?.amountMinor, format: (r) => formatMoney(r.fee), align: 'right' },
  ];

  it('CSV keeps raw values: fractions and minor units', () => {
    expect(toCsv(rows, columns)).toBe('name,rate,fee_minor\n"Ana, travels",0.0342,25000\nBo,,\n');
  });

  it('humans get an aligned table without colour off a terminal', () => {
    const out = sink();
    new Output(out, sink(), 'human', false).result({ data: rows, rows, columns });
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toEqual([
      'name           rate         fee',
      'Ana, travels  3.42%  250.00 USD',
      'Bo                —           —',
    ]);
    expect(out.text().includes('\u001b[')).toBe(false);
  });

  it('--json prints the data, not the table', () => {
    const out = sink();
    new Output(out, sink(), 'json', false).result({ data: { rows }, rows, columns });
    expect(JSON.parse(out.text())).toEqual({ rows });
  });

  it('--csv on a command without a table is a caller error', () => {
    expect(() => new Output(sink(), sink(), 'csv', false).result({ data: {} })).toThrow(/--csv is not available/);
  });

  it('refuses --json with --csv', () => {
    expect(() => outputMode({ json: true, csv: true })).toThrow(/exclude each other/);
    expect(outputMode({ csv: true })).toBe('csv');
    expect(outputMode({})).toBe('human');
  });

  it('colours only a terminal, never with NO_COLOR or --no-color', () => {
    expect(useColor({ write: () => 0, isTTY: true }, {})).toBe(true);
    expect(useColor({ write: () => 0, isTTY: false }, {})).toBe(false);
    expect(useColor({ write: () => 0, isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ write: () => 0, isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ write: () => 0, isTTY: true }, {}, false)).toBe(false);
  });
});
