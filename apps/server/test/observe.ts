import { createLogger } from '../src/observability/logging.js';

/** Helpers of the observability tests: captured log lines and a strict reader of the Prometheus text. */

/** Log lines written by a pino logger, parsed. */
export function captureLogs(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level }, { write: (chunk: string) => lines.push(JSON.parse(chunk)) });
  return { logger, lines };
}

/** One sample of the Prometheus text format: `name{a="x",b="y"} value`. */
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?(?:[0-9.]+(?:e[+-]?[0-9]+)?|[Nn]a[Nn]|\+Inf|-Inf))$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/**
 * Parses the exposition text strictly (every line a comment, a HELP/TYPE line or a sample; every sample's
 * family declared by a TYPE line) into samples keyed by name and labels.
 */
export function parseMetrics(text: string): {
  value(name: string, labels?: Record<string, string>): number | undefined;
  names: Set<string>;
} {
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  const typed = new Set<string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      typed.add(type[1] as string);
      continue;
    }
    if (/^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line)) continue;
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not a Prometheus text line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (sample[2] ?? '').matchAll(LABEL)) labels[key as string] = value as string;
    const name = sample[1] as string;
    const family = name.replace(/_(bucket|sum|count|total)$/, '');
    if (!typed.has(name) && !typed.has(family)) throw new Error(`sample without a TYPE line: ${line}`);
    samples.push({ name, labels, value: Number(sample[3]) });
  }
  return {
    names: new Set(samples.map((s) => s.name)),
    value(name, labels = {}) {
      const match = samples.filter(
        (s) =>
          s.name === name &&
          Object.keys(labels).length === Object.keys(s.labels).length &&
          Object.entries(labels).every(([k, v]) => s.labels[k] === v),
      );
      return match.length ? match.reduce((sum, s) => sum + s.value, 0) : undefined;
    },
  };
}
