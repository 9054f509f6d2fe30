import type { CampaignGoal, CreatorFilter, PlanCampaignInput } from './__generated__/graphql.js';
import {
  abortedError,
  CreatorgraphError,
  endpoint,
  fetchFailure,
  fetchOf,
  type HelperError,
  type HelperOptions,
  headersOf,
  responseErrors,
  wait,
} from './http-helpers.js';

/**
 * Export helpers: the catalog (`/export/{creators|accounts|posts|snapshots}.{csv|jsonl}`) streamed as
 * text, and decisions (`/export/{plan|campaign-comparison|campaign-members}.{csv|jsonl}`), with the
 * client's key. A refusal (bad filter, budget, unknown campaign…) is a typed error value.
 */

export type CatalogExportKind = 'creators' | 'accounts' | 'posts' | 'snapshots';
export type DecisionExportKind = 'plan' | 'campaign-comparison' | 'campaign-members';
export type ExportFormat = 'csv' | 'jsonl';

/** The arguments of each decision export: those of the GraphQL field it runs. */
export interface DecisionExportArgs {
  plan: { input: PlanCampaignInput };
  'campaign-comparison': { ids: readonly string[]; goal?: CampaignGoal | null; asOf?: string | null };
  'campaign-members': { campaign: string; asOf?: string | null };
}

export interface ExportRequestOptions {
  signal?: AbortSignal;
  /** Retries of a network error, 503 or 429 before the download starts (default 2). */
  retries?: number;
  /** The longest Retry-After honoured, in ms (default 30,000): a refusal asking for longer is returned. */
  maxWaitMs?: number;
  headers?: Record<string, string>;
}

export interface CatalogExportOptions extends ExportRequestOptions {
  /** csv (default) or jsonl: the import formats. */
  format?: ExportFormat;
  /** Only the rows of the creators matching this filter (as the `creators` query's `filter`). */
  filter?: CreatorFilter;
}

/** The budget an export was charged, from its RateLimit and X-Cost headers (absent without a budget). */
export interface ExportCost {
  requested: number | null;
  limit: number | null;
  remaining: number | null;
  /** Seconds until the whole budget is available again. */
  reset: number | null;
}

/**
 * A download being read. Iterate it for its records (lines; in CSV a quoted field may hold line breaks,
 * so a record can span lines); or read `chunks()`, `rows()` or `text()`, once. A failure mid-download
 * throws a CreatorgraphError (NETWORK_ERROR, or ABORTED for the caller's signal).
 */
export interface ExportStream extends AsyncIterable<string> {
  readonly format: ExportFormat;
  readonly cost: ExportCost;
  /** The text as it arrives. */
  chunks(): AsyncGenerator<string, void, undefined>;
  /** One record at a time, without its line break; the CSV header is the first. */
  lines(): AsyncGenerator<string, void, undefined>;
  /** One object per record: JSONL lines parsed; CSV records keyed by the header (an empty cell is null). */
  rows(): AsyncGenerator<Record<string, unknown>, void, undefined>;
  /** The whole text. */
  text(): Promise<string>;
  /** Stops the download. */
  cancel(): Promise<void>;
}

export type ExportResult =
  | { ok: true; data: ExportStream; error?: undefined; errors: [] }
  | { ok: false; data: null; error: HelperError; errors: HelperError[] };

/** Splits text into records at line breaks; in CSV, not inside a quoted field. */
export class RecordSplitter {
  #buffer = '';
  #quoted = false;
  #scanned = 0;
  constructor(private readonly csv: boolean) {}

  push(text: string): string[] {
    this.#buffer += text;
    const records: string[] = [];
    let start = 0;
    for (let i = this.#scanned; i < this.#buffer.length; i++) {
      const c = this.#buffer[i];
      if (this.csv && c === '"') this.#quoted = !this.#quoted;
      else if (c === '\n' && !this.#quoted) {
        records.push(this.#buffer.slice(start, i).replace(/\r$/, ''));
        start = i + 1;
      }
    }
    this.#buffer = this.#buffer.slice(start);
    this.#scanned = this.#buffer.length;
    return records.filter((r) => r !== '');
  }

  /** The last record when the text does not end with a line break. */
  end(): string[] {
    const rest = this.#buffer.replace(/\r$/, '');
    this.#buffer = '';
    this.#scanned = 0;
    return rest === '' ? [] : [rest];
  }
}

/** The fields of one CSV record (RFC 4180: quoted fields, `""` for a quote). */
export function csvFields(record: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

const numberHeader = (headers: Headers, name: string) => {
  const value = headers.get(name);
  return value === null || value === '' || !Number.isFinite(Number(value)) ? null : Number(value);
};

function exportStream(response: Response, format: ExportFormat, signal?: AbortSignal): ExportStream {
  const body = response.body;
  let used = false;
  async function* chunks(): AsyncGenerator<string, void, undefined> {
    // Reading twice is a programming mistake, not an answer of the server.
    if (used) throw new TypeError('The export was already read: read it once (chunks, lines, rows or text)');
    used = true;
    if (!body) return;
    const reader = body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (error) {
          throw new CreatorgraphError([fetchFailure(error, signal)]);
        }
        if (chunk.done) break;
        const text = decoder.decode(chunk.value, { stream: true });
        if (text) yield text;
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } finally {
      // Breaking out early stops the download.
      await reader.cancel().catch(() => undefined);
    }
  }
  async function* lines(): AsyncGenerator<string, void, undefined> {
    const splitter = new RecordSplitter(format === 'csv');
    for await (const text of chunks()) yield* splitter.push(text);
    yield* splitter.end();
  }
  async function* rows(): AsyncGenerator<Record<string, unknown>, void, undefined> {
    let header: string[] | null = null;
    for await (const line of lines()) {
      if (format === 'jsonl') {
        yield JSON.parse(line) as Record<string, unknown>;
        continue;
      }
      const fields = csvFields(line);
      if (!header) {
        header = fields;
        continue;
      }
      yield Object.fromEntries(
        header.map((name, i) => [name, fields[i] === '' || fields[i] === undefined ? null : fields[i]]),
      );
    }
  }
  return {
    format,
    cost: {
      requested: numberHeader(response.headers, 'x-cost-requested'),
      limit: numberHeader(response.headers, 'ratelimit-limit'),
      remaining: numberHeader(response.headers, 'ratelimit-remaining'),
      reset: numberHeader(response.headers, 'ratelimit-reset'),
    },
    chunks,
    lines,
    rows,
    [Symbol.asyncIterator]: lines,
    async text() {
      let text = '';
      for await (const chunk of chunks()) text += chunk;
      return text;
    },
    async cancel() {
      used = true;
      await body?.cancel().catch(() => undefined);
    },
  };
}

const failed = (errors: HelperError[]): ExportResult => ({
  ok: false,
  data: null,
  error: errors[0] as HelperError,
  errors,
});

/** GETs an export, retrying network errors, 503 and 429 whose Retry-After is within `maxWaitMs`. */
async function download(
  options: HelperOptions,
  url: URL,
  format: ExportFormat,
  requestOptions: ExportRequestOptions,
): Promise<ExportResult> {
  const { signal, retries = 2, maxWaitMs = 30_000 } = requestOptions;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    let errors: HelperError[];
    try {
      response = await fetchOf(options)(url, {
        method: 'GET',
        headers: headersOf(options, {
          accept: 'text/csv, application/x-ndjson, application/json',
          ...requestOptions.headers,
        }),
        signal,
      });
    } catch (error) {
      errors = [fetchFailure(error, signal)];
      if (signal?.aborted || attempt >= retries) return failed(errors);
      if (!(await wait(200 * 2 ** attempt * (0.5 + Math.random()), signal))) return failed([abortedError()]);
      continue;
    }
    if (response.ok) return { ok: true, data: exportStream(response, format, signal), errors: [] };
    errors = await responseErrors(response);
    const retryAfter = errors[0]?.retryAfter;
    const retryable =
      (response.status === 503 || response.status === 429) &&
      retryAfter !== undefined &&
      retryAfter * 1000 <= maxWaitMs &&
      attempt < retries;
    if (!retryable) return failed(errors);
    if (!(await wait(retryAfter * 1000, signal))) return failed([abortedError()]);
  }
}

/**
 * Streams a catalog table in the import format (an export imported into an empty database reproduces
 * it). Needs the READ scope; charged 1 point per 100 rows. Errors are values: VALIDATION for a bad
 * filter, RATE_LIMITED with `retryAfter`, QUERY_TOO_COSTLY for more rows than a budget pays for.
 *
 * @example
 * const res = await cg.exportData('creators', { format: 'jsonl', filter: { tier: 'MICRO' } });
 * if (res.ok) for await (const row of res.data.rows()) console.log(row.name);
 */
export function exportData(
  options: HelperOptions,
  kind: CatalogExportKind,
  exportOptions: CatalogExportOptions = {},
): Promise<ExportResult> {
  const format = exportOptions.format ?? 'csv';
  const url = endpoint(options, `export/${kind}.${format}`);
  if (exportOptions.filter) url.searchParams.set('filter', JSON.stringify(exportOptions.filter));
  return download(options, url, format, exportOptions);
}

/**
 * Downloads a decision as a file: the plan (beside all-micro and all-macro), a campaign comparison or a
 * campaign's members with their fees. The arguments, their checks, the errors (a 4xx with the field's
 * code: VALIDATION, NOT_FOUND, CURRENCY_MISMATCH…) and the price are those of the GraphQL field.
 *
 * @example
 * const res = await cg.exportDecision('campaign-comparison', { ids: [a, b], goal: 'ENGAGEMENT' }, 'csv');
 * if (res.ok) await writeFile('comparison.csv', await res.data.text());
 */
export function exportDecision<K extends DecisionExportKind>(
  options: HelperOptions,
  kind: K,
  args: DecisionExportArgs[K],
  format: ExportFormat = 'csv',
  requestOptions: ExportRequestOptions = {},
): Promise<ExportResult> {
  const url = endpoint(options, `export/${kind}.${format}`);
  const params = url.searchParams;
  const set = (name: string, value: string | null | undefined) => {
    if (value !== undefined && value !== null) params.set(name, value);
  };
  if (kind === 'plan') {
    set('input', JSON.stringify((args as DecisionExportArgs['plan']).input));
  } else if (kind === 'campaign-comparison') {
    const a = args as DecisionExportArgs['campaign-comparison'];
    set('ids', a.ids.join(','));
    set('goal', a.goal);
    set('asOf', a.asOf);
  } else {
    const a = args as DecisionExportArgs['campaign-members'];
    set('campaign', a.campaign);
    set('asOf', a.asOf);
  }
  return download(options, url, format, requestOptions);
}
