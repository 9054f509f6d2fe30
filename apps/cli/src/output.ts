/**
 * Everything the CLI prints goes through here: human tables (cli-table3, colours through picocolors only
 * on a TTY and never with NO_COLOR), `--json` (the data as JSON) and `--csv` (tabular commands). Data goes
 * to stdout, messages and errors to stderr.
 */
import Table from 'cli-table3';
import pc from 'picocolors';
import { usage } from './errors.js';
import { currencyDigits } from './money.js';

export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type Mode = 'human' | 'json' | 'csv';
export type Colors = ReturnType<typeof pc.createColors>;
export type Cell = string | number | boolean | null | undefined;

export interface Column<R> {
  /** The CSV header (names the raw value, e.g. `fee_minor`). */
  header: string;
  /** The table header when the human rendering differs from the raw value (e.g. `fee` in major units). */
  label?: string;
  /** The raw value: what `--csv` writes (rates as fractions, money in minor units). */
  value: (row: R) => Cell;
  /** The human rendering; defaults to the raw value with numbers grouped. */
  format?: (row: R) => string;
  align?: 'left' | 'right';
}

/** Colours only for a terminal, never when NO_COLOR is set to anything but the empty string, never with --no-color. */
export function useColor(stream: Stream, env: Record<string, string | undefined>, flag = true): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function outputMode(flags: { json?: boolean; csv?: boolean }): Mode {
  if (flags.json && flags.csv) throw usage('--json and --csv exclude each other: choose one');
  return flags.json ? 'json' : flags.csv ? 'csv' : 'human';
}

// --- Formatting: pure, locale fixed to en-US so output is the same on every machine. ---

const DASH = '—';
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatInt(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? DASH : grouped.format(value);
}

export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
}

/** A rate (a fraction) as a percentage: 0.0342 → "3.42%". */
export function formatRate(value: number | null | undefined, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat('en-US', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A signed change as a percentage: 0.05 → "+5.00%". */
export function formatChange(value: number | null | undefined, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return DASH;
  return `${value > 0 ? '+' : ''}${formatRate(value, digits)}`;
}

export function formatInterval(interval: { low: number; high: number } | null | undefined, digits = 2): string {
  return interval ? `${formatRate(interval.low, digits)} – ${formatRate(interval.high, digits)}` : DASH;
}

/**
 * Money in major units with its currency: { amountMinor: 500050, currency: 'USD' } → "5,000.50 USD".
 * Unit costs (fractional minor units) keep two more decimals: 0.37 US cents → "0.0037 USD".
 */
export function formatMoney(
  money: { amountMinor: number; currency: string } | null | undefined,
  fractional = false,
): string {
  if (!money || !Number.isFinite(money.amountMinor)) return DASH;
  const digits = currencyDigits(money.currency);
  const major = money.amountMinor / 10 ** digits;
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: fractional ? digits + 2 : digits,
  }).format(major);
  return `${text} ${money.currency}`;
}

export function formatDate(value: string | null | undefined): string {
  return value ? value.replace('T', ' ').replace(/(:\d\d)\.\d+Z$/, '$1Z') : DASH;
}

export function csvCell(value: Cell): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\n')}\n`;
}

const PLAIN = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

function humanCell<R>(column: Column<R>, row: R): string {
  if (column.format) return column.format(row);
  const raw = column.value(row);
  if (raw == null) return DASH;
  if (typeof raw === 'number') return formatNumber(raw);
  return String(raw);
}

/** An aligned table without box lines: a bold header, numbers right-aligned. */
export function renderTable<R>(rows: readonly R[], columns: readonly Column<R>[], colors: Colors): string {
  const table = new Table({
    // Money columns are named for CSV by their minor units; a table shows major units with the currency.
    head: columns.map((c) => colors.bold(c.label ?? c.header.replace(/_minor$/, ''))),
    chars: PLAIN,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    colAligns: columns.map((c) => c.align ?? 'left'),
  });
  for (const row of rows) table.push(columns.map((c) => humanCell(c, row)));
  return `${table
    .toString()
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')}\n`;
}

/** Key/value lines for one object, labels aligned. */
export function renderFields(fields: readonly [string, string][], colors: Colors): string {
  const width = Math.max(0, ...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${colors.dim(k.padEnd(width))}  ${v}\n`).join('');
}

export class Output {
  readonly colors: Colors;
  constructor(
    readonly stdout: Stream,
    readonly stderr: Stream,
    readonly mode: Mode,
    color: boolean,
    readonly errColor = color,
  ) {
    this.colors = pc.createColors(color);
  }

  /** The command's answer: `--json` prints `data`, `--csv` the table, humans `human()` (default: the table). */
  result<R>(options: { data: unknown; rows?: readonly R[]; columns?: readonly Column<R>[]; human?: () => void }): void {
    if (this.mode === 'json') {
      this.stdout.write(`${JSON.stringify(options.data, null, 2)}\n`);
      return;
    }
    if (this.mode === 'csv') {
      if (!options.rows || !options.columns) throw usage('--csv is not available for this command: use --json');
      this.stdout.write(toCsv(options.rows, options.columns));
      return;
    }
    if (options.human) options.human();
    else if (options.rows && options.columns) this.table(options.rows, options.columns);
  }

  table<R>(rows: readonly R[], columns: readonly Column<R>[], title?: string): void {
    if (title) this.stdout.write(`${this.colors.bold(title)}\n`);
    if (rows.length === 0) this.stdout.write(`${this.colors.dim('(none)')}\n`);
    else this.stdout.write(renderTable(rows, columns, this.colors));
  }

  fields(fields: readonly [string, string][], title?: string): void {
    if (title) this.stdout.write(`${this.colors.bold(title)}\n`);
    this.stdout.write(renderFields(fields, this.colors));
  }

  line(text = ''): void {
    this.stdout.write(`${text}\n`);
  }

  /** A note for humans (stderr, so piped data stays clean). */
  note(text: string): void {
    this.stderr.write(`${text}\n`);
  }
}
