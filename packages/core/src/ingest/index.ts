/**
 * Ingestion (issue 3): streaming CSV/JSONL import with per-row validation and batched upserts, and the
 * matching export. Plain files only: archives (.zip) and compressed files are not read.
 */

export { countExportRows, DEFAULT_EXPORT_PAGE_SIZE, EXPORT_COLUMNS, EXPORT_KINDS, exportData } from './export.js';
export * from './export-decisions.js';
export { ExportFilterSchema, parseExportFilter } from './export-filter.js';
export { ImportAbortedError, importFiles } from './import.js';
export { formatFromName, kindFromColumns, kindFromName } from './read.js';
export * from './types.js';
export {
  type AccountImportRow,
  type CreatorImportRow,
  type FieldProblem,
  isCountryCode,
  type PostImportRow,
  parseIsoDateTime,
  type SnapshotImportRow,
  VALIDATORS,
  validateAccount,
  validateCreator,
  validatePost,
  validateSnapshot,
} from './validate.js';
