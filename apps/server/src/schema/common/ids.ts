import { NotFoundError } from '@creatorgraph/core';

// ---------------------------------------------------------------------------------------------------
// Global IDs (docs/decisions/0012-strict-global-ids-and-trusted-documents.md): base64 of
// `<Node type>:<database id>`, exactly as encoded here. Decoding is strict and happens in one place, so
// `Campaign:abc`, `Nope:1`, non-canonical base64 or ids beyond the integer columns never reach SQL.
// Core speaks database ids (numbers); this file is the only place they turn into global IDs and back.

/** Database ids are PostgreSQL `integer` (int4) columns: anything larger would fail in SQL, not match. */
export const MAX_DATABASE_ID = 2_147_483_647;
const DECIMAL_ID = /^[1-9][0-9]{0,9}$/;
const DECODED = /^([A-Za-z_][A-Za-z0-9_]*):(.*)$/s;
/** Longest global id worth decoding: the longest type name plus ten digits fit easily. */
const MAX_GLOBAL_ID_LENGTH = 100;

/** Node type names of the built schema (filled when the schema is built, before any request). */
const nodeTypes = new Set<string>();

export function registerNodeTypes(names: Iterable<string>): void {
  for (const name of names) nodeTypes.add(name);
}

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

/** A database id from the id part of a global id (or any caller-supplied id): a positive int4, or null. */
export function parseDatabaseId(id: string | number): number | null {
  const text = typeof id === 'number' ? String(id) : id;
  if (!DECIMAL_ID.test(text)) return null;
  const value = Number(text);
  return value <= MAX_DATABASE_ID ? value : null;
}

/** As parseDatabaseId, for ids that were already checked while decoding: a failure here is a bug. */
export function databaseId(id: string | number): number {
  const value = parseDatabaseId(id);
  if (value === null) throw new Error(`unchecked database id ${String(id).slice(0, 20)}`);
  return value;
}

export type GlobalIdResult = { typename: string; id: string } | { problem: string };

/**
 * Decodes a global id strictly: canonical base64 (re-encoding gives the same text) of a Node type
 * name and a positive decimal integer that fits the id columns. `expected` narrows the type.
 */
export function decodeGlobalId(raw: unknown, expected?: readonly string[]): GlobalIdResult {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_GLOBAL_ID_LENGTH) {
    return { problem: 'is not a global ID' };
  }
  const text = Buffer.from(raw, 'base64').toString('utf8');
  const match = DECODED.exec(text);
  // Only the canonical encoding is accepted: Buffer skips invalid characters, and ids compare as text.
  if (!match || Buffer.from(text, 'utf8').toString('base64') !== raw) return { problem: 'is not a global ID' };
  const [, typename = '', id = ''] = match;
  if (nodeTypes.size > 0 && !nodeTypes.has(typename)) return { problem: 'is not a global ID of any object type' };
  if (expected && !expected.includes(typename))
    return { problem: `is not the global ID of a ${expected.join(' or ')}` };
  if (parseDatabaseId(id) === null) return { problem: 'is not a global ID (its number is not a valid ID)' };
  return { typename, id };
}

/** A decoded global ID argument (`t.arg.globalID`), already checked by StrictGlobalIdsPlugin. */
export interface DecodedGlobalId {
  id: string;
}

/** The database id of a decoded global ID argument, or of an id core hands back as text (planner, compare). */
export function idOf(id: DecodedGlobalId | string | number): number {
  return databaseId(typeof id === 'object' ? id.id : id);
}

export function idsOf(ids: readonly (DecodedGlobalId | string | number)[]): number[] {
  return ids.map(idOf);
}

/** Node type of the object a core NotFoundError names (a missing member is looked for by its account). */
const NODE_OF_ENTITY: Record<string, string> = {
  Campaign: 'Campaign',
  Account: 'Account',
  Post: 'Post',
  CampaignMember: 'Account',
};

/** Core errors name objects by database id; the API speaks global IDs. Other errors pass unchanged. */
export function withGlobalId(error: unknown): unknown {
  const typename = error instanceof NotFoundError ? NODE_OF_ENTITY[error.entity] : undefined;
  if (error instanceof NotFoundError && typename) {
    return new NotFoundError(error.entity, encodeGlobalId(typename, error.ref));
  }
  return error;
}

/** Runs a core call and rethrows its NotFoundError with a global ID. */
export async function speakingGlobalIds<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw withGlobalId(error);
  }
}
