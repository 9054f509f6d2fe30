import {
  DEFAULT_MAX_UPLOAD_BYTES,
  type FieldIssue,
  ImportAbortedError,
  type ImportFileReport,
  type ImportFormat,
  type ImportKind,
  type ImportRejection,
  type ImportReport,
  importFiles,
  ValidationError,
} from '@creatorgraph/core';
import { builder } from '../builder.js';
import { clampInt, cost } from '../http/cost.js';
import { recordImport } from '../observability/request-state.js';
import { lowercaseEnum } from './common/enums.js';

/** Rejections kept per import for the API; `rejections(first:)` lists some or all of them. */
const MAX_REJECTIONS_KEPT = 1_000;

const ImportFormatEnum = lowercaseEnum('ImportFormat', 'Format of an import file.', {
  CSV: 'Comma-separated values with a header row; an empty cell is null.',
  JSONL: 'One JSON object per line, with the same keys as the CSV header.',
});

const ImportKindEnum = lowercaseEnum(
  'ImportKind',
  'What an import file holds. Files are imported in this order, whatever order they are sent in.',
  {
    CREATORS: 'creator_ref, name, country, niches (`|`-separated).',
    ACCOUNTS: 'creator_ref, platform, handle, external_id, followers, following, rate_per_post_minor, currency.',
    FOLLOWER_SNAPSHOTS: 'platform, handle, captured_at, followers, following.',
    POSTS:
      'platform, handle, external_id, posted_at, kind, sponsored, brand, likes, comments, shares, saves, views, ' +
      'reach, impressions, caption.',
  },
);

const ImportRejectionRef = builder.objectRef<ImportRejection>('ImportRejection').implement({
  description: 'A row (or file) that was not imported, and why.',
  fields: (t) => ({
    file: t.exposeString('file', { description: 'Name of the uploaded file.' }),
    line: t.exposeInt('line', { description: 'Line in the file, from 1 (the CSV header is line 1).' }),
    field: t.exposeString('field', {
      nullable: true,
      description: 'Column at fault; null when the whole row or file is.',
    }),
    reason: t.exposeString('reason', { description: 'What is wrong, e.g. `must not be negative (got -5)`.' }),
  }),
});

const ImportFileReportRef = builder.objectRef<ImportFileReport>('ImportFileReport').implement({
  description: 'What happened to one file.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the uploaded file.' }),
    kind: t.field({
      type: ImportKindEnum,
      nullable: true,
      description: 'What the file holds, from its header or name; null when neither tells (the file is skipped).',
      resolve: (f) => f.kind as ImportKind | null,
    }),
    format: t.field({
      type: ImportFormatEnum,
      description: 'Format it was read as.',
      resolve: (f) => f.format as ImportFormat,
    }),
    rowsRead: t.exposeInt('rowsRead', { description: 'Data rows read (headers and blank lines excluded).' }),
    inserted: t.exposeInt('inserted', { description: 'Rows that were new.' }),
    updated: t.exposeInt('updated', { description: 'Existing rows whose values changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Existing rows already holding these values.' }),
    rejected: t.exposeInt('rejected', { description: 'Rows not imported; see `rejections`.' }),
  }),
});

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  description:
    'Outcome of an import. Valid rows were committed in batches of 1,000, one transaction each; invalid rows ' +
    'were skipped and are listed in `rejections`.',
  fields: (t) => ({
    rowsRead: t.int({ description: 'Data rows read, all files.', resolve: (r) => r.totals.rowsRead }),
    inserted: t.int({ description: 'Rows that were new, all files.', resolve: (r) => r.totals.inserted }),
    updated: t.int({ description: 'Existing rows whose values changed, all files.', resolve: (r) => r.totals.updated }),
    unchanged: t.int({
      description: 'Existing rows already holding these values, all files: importing a file twice changes nothing.',
      resolve: (r) => r.totals.unchanged,
    }),
    rejected: t.int({ description: 'Rows not imported, all files.', resolve: (r) => r.totals.rejected }),
    batches: t.exposeInt('batches', { description: 'Transactions committed.' }),
    files: t.field({
      type: [ImportFileReportRef],
      description: 'Per file, in the order they were imported (creators, accounts, follower snapshots, posts).',
      extensions: cost({ listSize: (_args, bounds) => bounds.files ?? 8 }),
      resolve: (r) => r.files,
    }),
    rejections: t.field({
      type: [ImportRejectionRef],
      description: `Rejections by file and line: the first \`first\` of at most ${MAX_REJECTIONS_KEPT.toLocaleString('en-US')} kept.`,
      extensions: cost({ listSize: (args) => clampInt(args.first, 0, MAX_REJECTIONS_KEPT, 100) }),
      args: {
        first: t.arg.int({
          defaultValue: 100,
          description: `How many to list: 0–${MAX_REJECTIONS_KEPT.toLocaleString('en-US')} (default 100).`,
        }),
      },
      resolve: (r, args) => {
        const first = args.first ?? 100;
        if (!Number.isInteger(first) || first < 0 || first > MAX_REJECTIONS_KEPT) {
          throw new ValidationError([{ field: 'first', message: `must be between 0 and ${MAX_REJECTIONS_KEPT}` }]);
        }
        return r.rejections.slice(0, first);
      },
    }),
    truncatedRejections: t.exposeInt('truncatedRejections', {
      description: `Rejections beyond the ${MAX_REJECTIONS_KEPT.toLocaleString('en-US')} kept (not listable).`,
    }),
  }),
});

const ImportDataPayloadRef = builder.objectRef<{ report: ImportReport }>('ImportDataPayload').implement({
  description: 'The import report.',
  fields: (t) => ({
    report: t.field({
      type: ImportReportRef,
      description: 'What was read, written and rejected.',
      resolve: (p) => p.report,
    }),
  }),
});

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 2)} MiB`;
}

builder.mutationFields((t) => ({
  importData: t.field({
    type: ImportDataPayloadRef,
    // The catalog is shared by every organization: writing it is the operator's, not an organization's.
    authScopes: { catalogWrite: true },
    description:
      'Imports creators, accounts, follower snapshots and posts from CSV or JSONL files sent as multipart/form-data ' +
      '(CATALOG_WRITE scope: the catalog is shared, so organization keys do not hold it). Upserts by creator_ref, (platform, handle), (platform, external_id) and (account, captured_at), ' +
      'in batches of 1,000 rows per transaction; invalid rows are reported and skipped. Plain files only (no .zip).',
    errors: { types: [ValidationError] },
    // Priced by what is sent: 20 points a file plus 1 per MiB (read, validated and upserted in batches).
    extensions: cost({
      complexity: (args) => {
        const files = Array.isArray(args.files) ? (args.files as { size?: unknown }[]) : [];
        const bytes = files.reduce((sum, f) => sum + (typeof f?.size === 'number' ? f.size : 0), 0);
        return 20 * files.length + Math.ceil(bytes / (1024 * 1024));
      },
      provides: (args) => ({ files: Array.isArray(args.files) ? args.files.length : 0 }),
    }),
    args: {
      files: t.arg({
        type: ['Upload'],
        required: true,
        description: 'The files: creators, accounts, follower_snapshots and/or posts, each .csv or .jsonl.',
      }),
      format: t.arg({
        type: ImportFormatEnum,
        description: "Format of every file; by default each file's extension decides (.csv, .jsonl).",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const limit = ctx.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
      const issues: FieldIssue[] = [];
      if (args.files.length === 0) issues.push({ field: 'files', message: 'send at least one file' });
      args.files.forEach((file, i) => {
        if (file.size > limit) {
          issues.push({
            field: `files.${i}`,
            message: `${file.name} is ${file.size.toLocaleString('en-US')} bytes: larger than the limit of ${limit.toLocaleString('en-US')} bytes (${mib(limit)}, MAX_UPLOAD_BYTES)`,
          });
        }
      });
      if (issues.length) throw new ValidationError(issues);
      const request = (ctx as { request?: Request }).request;
      const report = await importFiles(
        ctx.em,
        args.files.map((file) => ({ name: file.name, stream: file.stream() })),
        {
          format: (args.format as ImportFormat | null) ?? undefined,
          maxRejectionsReported: MAX_REJECTIONS_KEPT,
          peerCache: ctx.metricsCache,
        },
      ).catch((error: unknown) => {
        // The batches committed before the import stopped are in the database: count them too.
        if (error instanceof ImportAbortedError) recordImport(request, error.report);
        throw error;
      });
      recordImport(request, report);
      return { report };
    },
  }),
}));
