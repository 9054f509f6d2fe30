/**
 * A streaming CSV row reader for the import files (RFC 4180: comma-separated, `"` quotes, `""` inside
 * quotes), several times faster than csv-parse's stream, which took most of an import's CPU. Text goes in
 * chunk by chunk (already decoded); rows come out with the line they start on.
 *
 * - A line break is `\r\n`, `\n` or a lone `\r`; outside quotes it ends the row, inside it is kept as is.
 * - Empty lines are skipped. A byte-order mark at the very start is dropped.
 * - A malformed row — a quote inside an unquoted cell, text after a closing quote, a quote still open at the
 *   end — becomes one error; reading resumes on the next line.
 * Lines count from 1, each line break (of any kind, quoted or not) counting once.
 */

export type CsvRow = { line: number; cells: string[] } | { line: number; error: string };

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

enum State {
  /** At the start of a cell: a quote opens a quoted cell. */
  CellStart,
  Unquoted,
  Quoted,
  /** After a quote inside a quoted cell: a second quote is an escaped one, anything else closes it. */
  QuoteInQuoted,
  /** The row is malformed: skipping to the end of its line. */
  Skip,
}

export class CsvRowReader {
  private state = State.CellStart;
  private cells: string[] = [];
  /** Text of the current cell from earlier chunks. */
  private cell = '';
  private quoted = false;
  private error: string | null = null;
  /** Line at the reading position, and the line the current row started on. */
  private line = 1;
  private rowLine = 1;
  /** A chunk's final `\r`, held until the next chunk tells whether `\n` follows. */
  private carry = '';
  private started = false;
  private out: CsvRow[] = [];

  /** The rows this chunk completes. */
  push(text: string): CsvRow[] {
    let s = this.carry + text;
    this.carry = '';
    if (!this.started && s.length > 0) {
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    if (s.charCodeAt(s.length - 1) === CR) {
      this.carry = '\r';
      s = s.slice(0, -1);
    }
    this.scan(s);
    return this.take();
  }

  /** The rows left when the text has ended: the last one needs no line break. */
  end(): CsvRow[] {
    const s = this.carry;
    this.carry = '';
    this.scan(s);
    switch (this.state) {
      case State.Quoted:
        this.fail(`Quote Not Closed: the parsing is finished with an opening quote at line ${this.rowLine}`);
        this.endRow();
        break;
      case State.Skip:
        this.endRow();
        break;
      case State.CellStart:
        // A last line ending in a comma still has a last (empty) cell.
        if (this.cells.length > 0) {
          this.endCell('');
          this.endRow();
        }
        break;
      default:
        this.endCell('');
        this.endRow();
    }
    return this.take();
  }

  private take(): CsvRow[] {
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private scan(s: string): void {
    const n = s.length;
    let i = 0;
    // Start in `s` of the current cell's text not yet in `this.cell`.
    let from = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      switch (this.state) {
        case State.CellStart:
          if (c === QUOTE) {
            this.quoted = true;
            this.state = State.Quoted;
            from = ++i;
          } else {
            this.state = State.Unquoted;
            from = i;
          }
          break;
        case State.Unquoted: {
          let ch = c;
          while (ch !== COMMA && ch !== LF && ch !== CR && ch !== QUOTE && ++i < n) ch = s.charCodeAt(i);
          if (i === n) break;
          if (ch === COMMA) {
            this.endCell(s.slice(from, i));
            this.state = State.CellStart;
            i++;
          } else if (ch === QUOTE) {
            const value = this.cell + s.slice(from, i);
            this.fail(
              `Invalid Opening Quote: a quote is found on field ${this.cells.length} at line ${this.line}, value is ${JSON.stringify(value)}`,
            );
          } else {
            this.endCell(s.slice(from, i));
            i += this.lineBreak(s, i);
            this.endRow();
          }
          break;
        }
        case State.Quoted: {
          const quote = s.indexOf('"', i);
          const stop = quote === -1 ? n : quote;
          for (let k = i; k < stop; k++) {
            const ch = s.charCodeAt(k);
            if (ch === LF || (ch === CR && s.charCodeAt(k + 1) !== LF)) this.line++;
          }
          this.cell += s.slice(from, stop);
          i = stop + 1;
          from = i;
          if (quote !== -1) this.state = State.QuoteInQuoted;
          break;
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.cell += '"';
            this.state = State.Quoted;
            from = ++i;
          } else if (c === COMMA) {
            this.endCell('');
            this.state = State.CellStart;
            i++;
          } else if (c === LF || c === CR) {
            this.endCell('');
            i += this.lineBreak(s, i);
            this.endRow();
          } else {
            this.fail(
              `Invalid Closing Quote: got ${JSON.stringify(s[i])} at line ${this.line} instead of a comma or a line break`,
            );
          }
          break;
        case State.Skip:
          if (c === LF || c === CR) {
            i += this.lineBreak(s, i);
            this.endRow();
          } else {
            i++;
          }
          break;
      }
    }
    // The rest of a cell that goes on in the next chunk.
    if (this.state === State.Unquoted) this.cell += s.slice(from);
  }

  /** Counts the line break at `i` and returns its length. */
  private lineBreak(s: string, i: number): number {
    this.line++;
    return s.charCodeAt(i) === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
  }

  private endCell(rest: string): void {
    this.cells.push(this.cell + rest);
    this.cell = '';
  }

  private fail(reason: string): void {
    this.error = reason;
    this.state = State.Skip;
  }

  private endRow(): void {
    const cells = this.cells;
    if (this.error !== null) this.out.push({ line: this.rowLine, error: this.error });
    else if (cells.length > 1 || cells[0] !== '' || this.quoted) this.out.push({ line: this.rowLine, cells });
    this.cells = [];
    this.cell = '';
    this.quoted = false;
    this.error = null;
    this.state = State.CellStart;
    this.rowLine = this.line;
  }
}
