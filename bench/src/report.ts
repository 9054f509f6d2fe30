import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** The results table and its entry in bench/RESULTS.md (newest first, below the file's introduction). */

export interface Row {
  measure: string;
  target: string;
  result: string;
  /** null: not measured (the result says why). */
  holds: boolean | null;
}

export function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.measure, r.target, r.result, r.holds === null ? '—' : r.holds ? 'yes' : '**no**']);
  const head = ['measure', 'target', 'result', 'holds?'];
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const line = (c: string[]) => `| ${c.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...cells.map(line)].join('\n');
}

export function machine(): { cpu: string; cores: number; load: string; node: string } {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    node: process.version,
  };
}

/** Inserts `entry` (a `## …` section) above the newest entry of RESULTS.md. */
export function prependEntry(path: string, entry: string): void {
  const text = readFileSync(path, 'utf8');
  const at = text.search(/^## /m);
  const next =
    at < 0 ? `${text.trimEnd()}\n\n${entry.trim()}\n` : `${text.slice(0, at)}${entry.trim()}\n\n${text.slice(at)}`;
  writeFileSync(path, next);
}

export const ms = (v: number) =>
  Number.isFinite(v) ? `${v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1)} ms` : '—';
export const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
export const int = (v: number) => Math.round(v).toLocaleString('en-US');
