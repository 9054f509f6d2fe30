import {
  type ComparisonExportRow,
  type DecisionExportKind,
  type DecisionExportRow,
  formatDecisionExport,
  type ImportFormat,
  type MemberExportRow,
  type PlanExportRow,
} from '@creatorgraph/core';
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  getOperationAST,
  getVariableValues,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import type { Context } from '../context.js';
import { schema } from '../schema/index.js';
import { operationCost } from './cost.js';
import { isGraphQLError, toClientError } from './errors.js';

/**
 * Decision exports run the GraphQL field they export — compareCampaigns, planCampaign, a campaign's
 * metrics — with the caller's key, so their arguments, defaults, validation errors and price are the
 * field's own: query parameters become the variables of a fixed document, coerced by GraphQL before
 * anything is charged; the price is the document's cost; an error result (ValidationError, NotFoundError,
 * CurrencyMismatchError…) is answered with a 4xx and its code.
 *
 * - `/export/campaign-comparison.{csv|jsonl}?ids=ID,ID[&goal=AWARENESS][&asOf=…]` (ids also repeatable)
 * - `/export/plan.{csv|jsonl}?input={…PlanCampaignInput as JSON…}`
 * - `/export/campaign-members.{csv|jsonl}?campaign=ID[&asOf=…]`
 */

export const DECISION_EXPORT_PATH = /^\/export\/(campaign-comparison|plan|campaign-members)\.(csv|jsonl)$/;

export interface DecisionExportError {
  status: number;
  message: string;
  code: string;
  extra: object;
}

const ERROR_FIELDS = '__typename ... on Error { message code } ... on ValidationError { issues { field message } }';
const ACCOUNT_FIELDS = 'account { id platform handle followers tier }';

const COMPARE = parse(`query ExportComparison($ids: [ID!]!, $goal: CampaignGoal, $asOf: DateTime) {
  compareCampaigns(ids: $ids, goal: $goal, asOf: $asOf) {
    ${ERROR_FIELDS}
    ... on CompareCampaignsPayload {
      currency
      campaigns { id name }
      rows { metric direction values { campaign { id } value } best { id } }
      verdicts { goal winners { id } reason }
      warnings { campaign { id } code message }
    }
  }
}`);

const SELECTION = `selection { ${ACCOUNT_FIELDS} tier cost { amountMinor currency } fee { amountMinor currency } feeSource value authenticityScore reliableRate }`;
const PLAN = parse(`query ExportPlan($input: PlanCampaignInput!) {
  planCampaign(input: $input) {
    ${ERROR_FIELDS}
    ... on PlanCampaignPayload {
      currency optimal ${SELECTION}
      allMicro { optimal ${SELECTION} }
      allMacro { optimal ${SELECTION} }
    }
  }
}`);

const MEMBERS = parse(`query ExportMembers($campaign: ID!, $asOf: DateTime) {
  campaign(id: $campaign) {
    id
    metrics(asOf: $asOf) {
      currency
      memberFees { ${ACCOUNT_FIELDS} deliverables fee { amountMinor currency } source estimated method }
    }
  }
}`);

/** The documents the exports run, by kind (a test sends them to /graphql to compare prices). */
export const DECISION_EXPORT_DOCUMENTS = {
  'campaign-comparison': COMPARE,
  plan: PLAN,
  'campaign-members': MEMBERS,
} as const;

// ---- result shapes (what the documents above select) ---------------------------------------------------

interface Money {
  amountMinor: number;
  currency: string;
}
interface Account {
  id: string;
  platform: string;
  handle: string;
  followers: number;
  tier: string;
}
interface ErrorResult {
  __typename: string;
  message?: string;
  code?: string;
  issues?: { field: string; message: string }[];
}
interface ComparePayload extends ErrorResult {
  currency: string;
  campaigns: { id: string; name: string }[];
  rows: {
    metric: string;
    direction: string;
    values: { campaign: { id: string }; value: number | null }[];
    best: { id: string }[];
  }[];
  verdicts: { goal: string; winners: { id: string }[]; reason: string }[];
  warnings: { campaign: { id: string }; code: string; message: string }[];
}
interface Selection {
  account: Account;
  tier: string;
  cost: Money;
  fee: Money;
  feeSource: string;
  value: number;
  authenticityScore: number;
  reliableRate: number | null;
}
interface PlanResult {
  optimal: boolean;
  selection: Selection[];
}
interface PlanPayload extends ErrorResult, PlanResult {
  currency: string;
  allMicro: PlanResult;
  allMacro: PlanResult;
}
interface MembersPayload {
  id: string;
  metrics: {
    currency: string;
    memberFees: {
      account: Account;
      deliverables: number;
      fee: Money | null;
      source: string;
      estimated: boolean;
      method: string;
    }[];
  };
}

// ---- rows -----------------------------------------------------------------------------------------------

function comparisonRows(p: ComparePayload): ComparisonExportRow[] {
  const names = new Map(p.campaigns.map((c) => [c.id, c.name]));
  const base = { currency: p.currency, value: null, direction: null, best: null, text: null };
  const rows: ComparisonExportRow[] = [];
  for (const r of p.rows) {
    const best = new Set(r.best.map((b) => b.id));
    for (const v of r.values) {
      rows.push({
        ...base,
        section: 'METRIC',
        name: r.metric,
        campaign_id: v.campaign.id,
        campaign_name: names.get(v.campaign.id) ?? null,
        value: v.value,
        direction: r.direction,
        best: best.has(v.campaign.id),
      });
    }
  }
  for (const v of p.verdicts) {
    const winners = v.winners.length > 0 ? v.winners.map((w) => w.id) : [null];
    for (const id of winners) {
      rows.push({
        ...base,
        section: 'VERDICT',
        name: v.goal,
        campaign_id: id,
        campaign_name: id === null ? null : (names.get(id) ?? null),
        text: v.reason,
      });
    }
  }
  for (const w of p.warnings) {
    rows.push({
      ...base,
      section: 'WARNING',
      name: w.code,
      campaign_id: w.campaign.id,
      campaign_name: names.get(w.campaign.id) ?? null,
      text: w.message,
    });
  }
  return rows;
}

function planRows(p: PlanPayload): PlanExportRow[] {
  const plans: [string, PlanResult][] = [
    ['BEST', p],
    ['ALL_MICRO', p.allMicro],
    ['ALL_MACRO', p.allMacro],
  ];
  return plans.flatMap(([plan, result]) =>
    result.selection.map((s) => ({
      plan,
      account_id: s.account.id,
      platform: s.account.platform,
      handle: s.account.handle,
      tier: s.tier,
      fee_minor: s.fee.amountMinor,
      cost_minor: s.cost.amountMinor,
      currency: p.currency,
      fee_source: s.feeSource,
      value: s.value,
      authenticity_score: s.authenticityScore,
      reliable_rate: s.reliableRate,
      optimal: result.optimal,
    })),
  );
}

function memberRows(p: MembersPayload): MemberExportRow[] {
  return p.metrics.memberFees.map((m) => ({
    account_id: m.account.id,
    platform: m.account.platform,
    handle: m.account.handle,
    followers: m.account.followers,
    tier: m.account.tier,
    deliverables: m.deliverables,
    fee_minor: m.fee?.amountMinor ?? null,
    currency: p.metrics.currency,
    fee_source: m.source,
    fee_estimated: m.estimated,
    fee_method: m.method,
  }));
}

// ---- running ----------------------------------------------------------------------------------------------

/** A code's status: the caller's mistake is a 4xx. */
function statusOf(code: string): number {
  if (code === 'NOT_FOUND') return 404;
  if (code === 'FORBIDDEN') return 403;
  return 400;
}

function errorOf(result: ErrorResult): DecisionExportError {
  const code = result.code ?? 'VALIDATION';
  return {
    status: statusOf(code),
    message: result.message ?? 'Invalid request.',
    code,
    extra: result.issues ? { issues: result.issues } : {},
  };
}

/** A GraphQL error as a 4xx answer; anything unexpected (INTERNAL_SERVER_ERROR) is re-thrown, so it is masked. */
function fromGraphQLError(error: GraphQLError | Error): DecisionExportError {
  const client = toClientError(error, 'Unexpected error.');
  const extensions = (isGraphQLError(client) ? client.extensions : {}) as { code?: string; issues?: unknown };
  const code = extensions.code ?? 'INTERNAL_SERVER_ERROR';
  if (code === 'INTERNAL_SERVER_ERROR') throw error;
  return {
    status: statusOf(code),
    message: client.message,
    code,
    extra: extensions.issues ? { issues: extensions.issues } : {},
  };
}

interface Spec {
  document: DocumentNode;
  field: string;
  variables(params: URLSearchParams): { variables: Record<string, unknown> } | { error: DecisionExportError };
  /** The export's rows (of its kind's columns), or the error the field answered. */
  rows(data: unknown): object[] | DecisionExportError;
}

const optional = (params: URLSearchParams, name: string) => {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
};

const SPECS: Record<DecisionExportKind, Spec> = {
  'campaign-comparison': {
    document: COMPARE,
    field: 'compareCampaigns',
    variables: (params) => ({
      variables: {
        // `ids=a,b` or `ids=a&ids=b`: global ids never contain a comma.
        ids: params
          .getAll('ids')
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter((v) => v !== ''),
        goal: optional(params, 'goal'),
        asOf: optional(params, 'asOf'),
      },
    }),
    rows: (data) => {
      const p = data as ComparePayload;
      return p.__typename === 'CompareCampaignsPayload' ? comparisonRows(p) : errorOf(p);
    },
  },
  plan: {
    document: PLAN,
    field: 'planCampaign',
    variables: (params) => {
      const raw = params.get('input');
      let input: unknown;
      try {
        input = raw === null ? undefined : JSON.parse(raw);
      } catch {
        input = Symbol.for('invalid');
      }
      if (input !== undefined && (input === null || typeof input !== 'object' || Array.isArray(input))) {
        return {
          error: {
            status: 400,
            message: 'input must be a JSON object: the PlanCampaignInput of planCampaign.',
            code: 'BAD_USER_INPUT',
            extra: { issues: [{ field: 'input', message: 'must be a JSON object' }] },
          },
        };
      }
      return { variables: { input } };
    },
    rows: (data) => {
      const p = data as PlanPayload;
      return p.__typename === 'PlanCampaignPayload' ? planRows(p) : errorOf(p);
    },
  },
  'campaign-members': {
    document: MEMBERS,
    field: 'campaign',
    variables: (params) => ({
      variables: { campaign: optional(params, 'campaign'), asOf: optional(params, 'asOf') },
    }),
    rows: (data) =>
      data === null
        ? { status: 404, message: 'Campaign not found.', code: 'NOT_FOUND', extra: {} }
        : memberRows(data as MembersPayload),
  },
};

export type PreparedDecisionExport =
  | { error: DecisionExportError }
  | {
      /** The document's price, as the GraphQL query would be charged. */
      cost: number;
      run(context: Context, format: ImportFormat): Promise<{ body: string } | { error: DecisionExportError }>;
    };

/**
 * Checks an export's arguments as GraphQL coerces them (nothing is charged for a malformed request) and
 * prices it; `run` executes the field and writes its rows.
 */
export function prepareDecisionExport(kind: string, params: URLSearchParams): PreparedDecisionExport {
  const spec = SPECS[kind as DecisionExportKind];
  if (!spec) return { error: { status: 404, message: `Unknown export ${kind}.`, code: 'NOT_FOUND', extra: {} } };
  const built = spec.variables(params);
  if ('error' in built) return built;
  const operation = getOperationAST(spec.document) as OperationDefinitionNode;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], built.variables, { maxErrors: 1 });
  if (coerced.errors?.[0]) return { error: fromGraphQLError(coerced.errors[0]) };
  let cost: number;
  try {
    cost = Math.max(1, Math.ceil(operationCost(schema, spec.document, { variables: built.variables })));
  } catch (error) {
    return { error: fromGraphQLError(error as Error) };
  }
  return {
    cost,
    async run(context, format) {
      const result = await execute({
        schema,
        document: spec.document,
        variableValues: built.variables,
        contextValue: context,
      });
      if (result.errors?.[0]) return { error: fromGraphQLError(result.errors[0]) };
      const rows = spec.rows((result.data as Record<string, unknown>)[spec.field]);
      if (!Array.isArray(rows)) return { error: rows };
      const typed = rows as DecisionExportRow<DecisionExportKind>[];
      return { body: formatDecisionExport(kind as DecisionExportKind, typed, format) };
    },
  };
}
