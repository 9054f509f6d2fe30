import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWKWARD_POST } from '../../test/ingest/fixtures.js';
import { type CopyValue, copyField, copyLine } from './copy.js';

/**
 * How PostgreSQL reads COPY text format (docs: COPY, "Text Format"): a line per row up to a newline, fields
 * split at tabs, `\N` alone is null, and backslash sequences \b \f \n \r \t \v \\ (and \ before any other
 * character: that character) are decoded. Written from the spec, independently of the encoder.
 */
function decodeCopyText(text: string): (string | null)[][] {
  expect(text.endsWith('\n')).toBe(true);
  const rows: (string | null)[][] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    // A raw carriage return would end the line for the server too.
    expect(line).not.toContain('\r');
    rows.push(
      line.split('\t').map((field) => {
        if (field === '\\N') return null;
        const named: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
        return field.replace(/\\(.)/gs, (_, c: string) => named[c] ?? c);
      }),
    );
  }
  return rows;
}

const NASTY_CAPTIONS = [
  AWKWARD_POST.caption as string,
  'tab\there, newline\nthere, carriage\rreturn, CRLF\r\nend',
  'back\\slash, double \\\\, trailing \\',
  '\\N',
  '\\.',
  'line one\n\\.\nline three',
  '\\t is not a tab, \\n is not a newline',
  'emoji 👇🏽 and combining é and RTL שלום',
  '',
  ' leading and trailing spaces ',
  'many\t\t\ttabs\n\n\n',
];

describe('COPY text encoding', () => {
  it('writes null as \\N, booleans as t/f, numbers in decimal', () => {
    expect(copyLine([null, true, false, 0, 2_147_483_647, 1_767_225_600_123])).toBe(
      '\\N\tt\tf\t0\t2147483647\t1767225600123\n',
    );
  });

  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField('plain "quoted", comma; 👇')).toBe('plain "quoted", comma; 👇');
  });

  it('keeps a text "\\N" or "\\." apart from null and the end-of-data marker', () => {
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyLine(['\\.'])).toBe('\\\\.\n');
    expect(decodeCopyText(copyLine(['\\N', null]))).toEqual([['\\N', null]]);
  });

  it('round-trips nasty captions, one line per row and every column in place', () => {
    const rows: CopyValue[][] = NASTY_CAPTIONS.map((caption, i) => [i, caption, null, i % 2 === 0]);
    const text = rows.map(copyLine).join('');
    expect(text.split('\n')).toHaveLength(rows.length + 1);
    expect(decodeCopyText(text)).toEqual(
      rows.map((row) => row.map((v) => (v === null ? null : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v)))),
    );
  });

  it('round-trips any string, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'binary' }), { nil: null }), { minLength: 1 }), (values) => {
        expect(decodeCopyText(copyLine(values))).toEqual([values]);
      }),
    );
  });

  it('refuses numbers an integer column cannot read', () => {
    expect(() => copyField(Number.NaN)).toThrow(RangeError);
    expect(() => copyField(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
