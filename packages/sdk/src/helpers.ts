import {
  type CatalogExportKind,
  type CatalogExportOptions,
  type DecisionExportArgs,
  type DecisionExportKind,
  type ExportFormat,
  type ExportRequestOptions,
  exportData,
  exportDecision,
} from './export.js';
import type { HelperOptions } from './http-helpers.js';
import { collect, paginate } from './paginate.js';
import { createSubscriptions } from './subscribe.js';
import { type ImportFile, type ImportOptions, importData } from './upload/import.js';

/**
 * What `creatorgraph()` adds beside the generated methods: `paginate`/`collect`, `subscribe.*`,
 * `importData` and the exports, bound to the client's URL, key and fetch.
 */
export function createHelpers(options: HelperOptions) {
  return {
    /** Every node of a connection-returning method, page after page (see `paginate`). */
    paginate,
    /** `paginate` into an array, errors as values (see `collect`). */
    collect,
    /** Typed subscriptions over Server-Sent Events: `cg.subscribe.campaignMetricsUpdated({ campaignId })`. */
    subscribe: createSubscriptions(options),
    /** Uploads files to `importData` with progress events; the report or the error as a value. */
    importData: (files: readonly ImportFile[], importOptions?: ImportOptions) =>
      importData(options, files, importOptions),
    /** Streams a catalog table (`creators`, `accounts`, `posts`, `snapshots`) as CSV or JSONL. */
    exportData: (kind: CatalogExportKind, exportOptions?: CatalogExportOptions) =>
      exportData(options, kind, exportOptions),
    /** Downloads a decision (`plan`, `campaign-comparison`, `campaign-members`) as CSV or JSONL. */
    exportDecision: <K extends DecisionExportKind>(
      kind: K,
      args: DecisionExportArgs[K],
      format?: ExportFormat,
      requestOptions?: ExportRequestOptions,
    ) => exportDecision(options, kind, args, format, requestOptions),
  };
}

export type Helpers = ReturnType<typeof createHelpers>;
