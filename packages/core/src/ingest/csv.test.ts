import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRow, CsvRowReader } from './csv.js';

/** Feeds `text` to a reader cut at the given offsets (any chunking must give the same rows). */
function read(text: string, cuts: number[] = []): CsvRow[] {
  const reader = new CsvRowReader();
  const rows: CsvRow[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    rows.push(...reader.push(text.slice(at, cut)));
    at = cut;
  }
  rows.push(...reader.push(text.slice(at)));
  rows.push(...reader.end());
  return rows;
}

const LINE_BREAKS = { unix: '\n', windows: '\r\n', mac: '\r' } as const;

/** Cells with everything CSV must quote or keep: commas, quotes, every kind of line break, emoji. */
const cell = fc.oneof(
  fc.string(),
  fc
    .array(fc.constantFrom('a', 'é', '👇', ',', '"', '""', '\n', '\r', '\r\n', ' ', '\t', '\\'), { maxLength: 8 })
    .map((parts) => parts.join('')),
);

describe('CsvRowReader', () => {
  it('reads what csv-stringify writes exactly as csv-parse does, whatever the chunks and line breaks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((width) =>
          fc.record({
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
            style: fc.constantFrom(...(Object.keys(LINE_BREAKS) as (keyof typeof LINE_BREAKS)[])),
            bom: fc.boolean(),
            cuts: fc.array(fc.nat(), { maxLength: 6 }),
          }),
        ),
        ({ rows, style, bom, cuts }) => {
          const text =
            (bom ? '\ufeff' : '') + stringify(rows, { record_delimiter: style, quote_record_delimiter: true });
          const expected: string[][] = parse(text, { bom: true, skip_empty_lines: true });
          const got = read(
            text,
            cuts.map((c) => c % (text.length + 1)),
          );
          expect(got.map((r) => ('cells' in r ? r.cells : r))).toEqual(expected);
          // Each row starts one line after the line breaks before it, counted independently here.
          const starts: number[] = [];
          let line = 1;
          for (const row of rows) {
            starts.push(line);
            line += (
              stringify([row], { record_delimiter: style, quote_record_delimiter: true }).match(/\r\n|\n|\r/g) ?? []
            ).length;
          }
          expect(got.map((r) => r.line)).toEqual(starts);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skips empty lines and keeps numbering past them, past quoted line breaks and CRLFs', () => {
    const text = '\ufeffa,b\r\n\r\n1,"x\r\ny\nz"\r\n\r\n2,3\n\n4,5';
    expect(read(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', 'x\r\ny\nz'] },
      { line: 7, cells: ['2', '3'] },
      { line: 9, cells: ['4', '5'] },
    ]);
    // Cut inside the CRLF, inside an escaped quote and right after a closing quote.
    const tricky = 'a,b\r\n"say ""hi""",2\r\n';
    for (let cut = 0; cut <= tricky.length; cut++) {
      expect(read(tricky, [cut])).toEqual([
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['say "hi"', '2'] },
      ]);
    }
  });

  it('keeps a last empty cell, a quoted empty line and a BOM that is not at the start', () => {
    expect(read('a,b\n1,\n""\nx,\ufeff')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', ''] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['x', '\ufeff'] },
    ]);
  });

  it('reports a malformed row once, with its first line, and reads on from the next line', () => {
    const text = 'a,b\n1,x"y\n2,"two\nlines"z,w"\n3,4\n5,"open\n6,7\n';
    expect(read(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: 'Invalid Opening Quote: a quote is found on field 1 at line 2, value is "x"' },
      { line: 3, error: 'Invalid Closing Quote: got "z" at line 4 instead of a comma or a line break' },
      { line: 5, cells: ['3', '4'] },
      { line: 6, error: 'Quote Not Closed: the parsing is finished with an opening quote at line 6' },
    ]);
  });
});
