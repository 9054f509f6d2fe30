import { finished } from 'node:stream/promises';
import type { Knex } from '@mikro-orm/knex';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Bulk-load plumbing of the importer: PostgreSQL's `COPY … FROM STDIN` in text format on a transaction's
 * own connection, and the text encoding it needs. Pure apart from the functions taking a transaction.
 */

/** A value of a COPY row: datetimes go as epoch ms (bigint) and are converted by the statement reading them. */
export type CopyValue = string | number | boolean | null;

// In COPY's text format a backslash starts an escape, tab separates columns and newline ends the row; a
// carriage return would be read as a line end too. Nothing else is special once backslashes are escaped
// (even a `\.` line, the end-of-data marker, then arrives as `\\.`).
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeChar = (c: string) => ESCAPES[c] as string;

/** One column value in COPY text format: `\N` for null, `t`/`f` for booleans, escaped text. */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return SPECIAL.test(value) ? value.replace(SPECIALS, escapeChar) : value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  // NaN or Infinity would reach an integer column as text the server rejects; fail here, naming the value.
  if (!Number.isFinite(value)) throw new RangeError(`cannot COPY the number ${value}`);
  return String(value);
}

/** One row in COPY text format, newline included. */
export function copyLine(values: readonly CopyValue[]): string {
  let line = copyField(values[0] ?? null);
  for (let i = 1; i < values.length; i++) line += `\t${copyField(values[i] ?? null)}`;
  return `${line}\n`;
}

/** What the importer uses of a `pg` client. */
interface PgClient {
  query(config: { name: string; text: string }): Promise<{ rows: Record<string, unknown>[] }>;
  query<T extends { submit(connection: unknown): void }>(submittable: T): T;
}

/**
 * The driver connection a knex transaction runs on (a `pg` Client, a better-sqlite3 Database): statements
 * sent on it directly are part of the transaction. Knex's transaction client hands out only that connection.
 */
export async function transactionConnection(trx: Knex.Transaction): Promise<unknown> {
  if (!trx.isTransaction) throw new Error('transactionConnection needs a transaction');
  return (trx.client as { acquireConnection(): Promise<unknown> }).acquireConnection();
}

/**
 * Sends `statement` — a `copy … from stdin`, possibly after other statements in the same message — and the
 * rows, already in text format, on a transaction's `pg` connection. Resolves when the server has stored them;
 * rejects (and the transaction must roll back) when it refused them.
 */
export async function copyIn(trx: Knex.Transaction, statement: string, text: string): Promise<void> {
  const client = (await transactionConnection(trx)) as PgClient;
  const stream = client.query(copyFrom(statement));
  const done = finished(stream);
  stream.end(text);
  await done;
}

/**
 * Runs a statement without parameters as a named prepared statement on a transaction's `pg` connection:
 * parsed and planned once per connection instead of once per batch. PostgreSQL replans it by itself when a
 * table it reads is replaced (a staging table recreated after a rollback).
 */
export async function preparedRows(
  trx: Knex.Transaction,
  name: string,
  text: string,
): Promise<Record<string, unknown>[]> {
  const client = (await transactionConnection(trx)) as PgClient;
  return (await client.query({ name, text })).rows;
}
