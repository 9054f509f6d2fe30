import { type Cell, csvHeader, csvLine, jsonLine } from './format.js';
import type { ImportFormat } from './types.js';

/**
 * Decision exports: a campaign comparison, a plan and a campaign's members as flat rows (CSV with a header
 * row, or JSONL with the same keys). Money is integer minor units beside its currency, as in the API; rates
 * are fractions. The server fills the rows from the same answers the GraphQL fields give.
 */

export type DecisionExportKind = 'campaign-comparison' | 'plan' | 'campaign-members';
export const DECISION_EXPORT_KINDS: readonly DecisionExportKind[] = ['campaign-comparison', 'plan', 'campaign-members'];

/**
 * One row per (metric, campaign) — `section` METRIC —, then one per verdict winner (VERDICT; a verdict
 * without a winner has one row with an empty campaign), then one per warning (WARNING).
 */
export const COMPARISON_EXPORT_COLUMNS = [
  'section',
  'name',
  'campaign_id',
  'campaign_name',
  'currency',
  'value',
  'direction',
  'best',
  'text',
] as const;

/** One row per selected account of each plan: the plan asked for (BEST), then ALL_MICRO and ALL_MACRO. */
export const PLAN_EXPORT_COLUMNS = [
  'plan',
  'account_id',
  'platform',
  'handle',
  'tier',
  'fee_minor',
  'cost_minor',
  'currency',
  'fee_source',
  'value',
  'authenticity_score',
  'reliable_rate',
  'optimal',
] as const;

/** One row per member, in the order members were added, with the fee the metrics use. */
export const MEMBER_EXPORT_COLUMNS = [
  'account_id',
  'platform',
  'handle',
  'followers',
  'tier',
  'deliverables',
  'fee_minor',
  'currency',
  'fee_source',
  'fee_estimated',
  'fee_method',
] as const;

export const DECISION_EXPORT_COLUMNS = {
  'campaign-comparison': COMPARISON_EXPORT_COLUMNS,
  plan: PLAN_EXPORT_COLUMNS,
  'campaign-members': MEMBER_EXPORT_COLUMNS,
} as const;

type Columns<K extends DecisionExportKind> = (typeof DECISION_EXPORT_COLUMNS)[K][number];
export type DecisionExportRow<K extends DecisionExportKind> = { [C in Columns<K>]: Cell };
export type ComparisonExportRow = DecisionExportRow<'campaign-comparison'>;
export type PlanExportRow = DecisionExportRow<'plan'>;
export type MemberExportRow = DecisionExportRow<'campaign-members'>;

/** The rows as a CSV document (header first) or JSONL (one object per line, keys in column order). */
export function formatDecisionExport<K extends DecisionExportKind>(
  kind: K,
  rows: readonly DecisionExportRow<K>[],
  format: ImportFormat,
): string {
  const columns = DECISION_EXPORT_COLUMNS[kind] as readonly Columns<K>[];
  if (format === 'jsonl') {
    return rows.map((row) => jsonLine(Object.fromEntries(columns.map((c) => [c, row[c]])))).join('');
  }
  let out = csvHeader(columns);
  for (const row of rows) out += csvLine(row, columns);
  return out;
}
