import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, Organization } from '@creatorgraph/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustedDocuments, parseDocumentId } from '../src/http/trusted-documents.js';
import { encodeGlobalId } from '../src/schema/common/ids.js';
import { createHarness, dialects, type Harness } from './harness.js';

/** Trusted documents: requests by `documentId` from the SDK's manifest; keys limited to them. */

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

const manifest = loadTrustedDocuments();

/** The manifest id of the SDK operation with this name (ids change whenever the SDK's documents do). */
function idOf(operation: string): string {
  for (const [id, text] of manifest) {
    if (new RegExp(`^(query|mutation|subscription) ${operation}\\b`).test(text)) return id;
  }
  throw new Error(`no ${operation} in the SDK manifest`);
}

describe('the manifest', () => {
  it('is the SDK’s, keyed by the SHA-256 of each document', () => {
    expect(manifest.size).toBeGreaterThan(10);
    for (const [id, text] of manifest) expect(createHash('sha256').update(text).digest('hex')).toBe(id);
  });

  it('loads from a given path and refuses a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const text = 'query Mine { __typename }';
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ [createHash('sha256').update(text).digest('hex')]: text }));
    expect([...loadTrustedDocuments(good).values()]).toEqual([text]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ 'not-a-hash': text }));
    expect(() => loadTrustedDocuments(bad)).toThrow(/invalid trusted-documents manifest/);
  });

  it('accepts sha256-prefixed and bare ids, and nothing else', () => {
    const hex = 'ab'.repeat(32);
    expect(parseDocumentId(`sha256:${hex}`)).toBe(hex);
    expect(parseDocumentId(hex.toUpperCase())).toBe(hex);
    for (const bad of ['', 'sha256:', `md5:${hex}`, `sha256:${hex}0`, `${hex.slice(1)}g`, 42, null]) {
      expect(() => parseDocumentId(bad)).toThrow();
    }
  });
});

describe.each(dialects)('trusted documents (%s)', (dialect) => {
  let h: Harness;
  let partnerKey: string;
  let internalKey: string;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 5 });
    partnerKey = h.fixture.orgs[0]?.key as string;
    const em = h.db.em.fork();
    const org = await em.findOneOrFail(Organization, { id: h.fixture.orgs[0]?.id as number });
    internalKey = (await createApiKey(em, org, 'internal app', ['read', 'write'], { trustedDocumentsOnly: true })).raw;
  });
  afterAll(() => h.db.destroy());

  async function post(key: string, body: Record<string, unknown>): Promise<{ status: number; body: Body }> {
    const res = await h.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Body };
  }

  async function get(key: string, params: Record<string, string>): Promise<{ status: number; body: Body }> {
    const res = await h.yoga.fetch(`http://localhost/graphql?${new URLSearchParams(params)}`, {
      headers: { authorization: `Bearer ${key}`, accept: 'application/graphql-response+json' },
    });
    return { status: res.status, body: (await res.json()) as Body };
  }

  const codes = (body: Body) => (body.errors ?? []).map((e) => e.extensions?.code);

  it('runs a manifest document by documentId for a trusted-documents-only key, POST and GET', async () => {
    const viewer = idOf('Viewer');
    for (const documentId of [`sha256:${viewer}`, viewer]) {
      const { status, body } = await post(internalKey, { documentId });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.viewer).toMatchObject({ organization: { slug: 'acme' } });
    }
    const viaGet = await get(internalKey, { documentId: `sha256:${viewer}` });
    expect(viaGet.status).toBe(200);
    expect(viaGet.body.data?.viewer).toBeDefined();
  });

  it('passes variables and the operation name to the document', async () => {
    const campaign = h.fixture.campaignIds.acme?.[0] as number;
    const id = encodeGlobalId('Campaign', campaign);
    const { body } = await post(internalKey, {
      documentId: `sha256:${idOf('Node')}`,
      operationName: 'Node',
      variables: { id },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.node).toMatchObject({ __typename: 'Campaign', id });
  });

  it('still checks the variables of a trusted document', async () => {
    const { status, body } = await post(internalKey, {
      documentId: `sha256:${idOf('Node')}`,
      variables: { id: 'x\u0000' },
    });
    expect(status).toBe(200);
    expect(codes(body)).toEqual(['VALIDATION']);
  });

  it('refuses a trusted-documents-only key’s own operations, even the text of a manifest document', async () => {
    const own = await post(internalKey, { query: '{ viewer { keyPrefix } }' });
    expect(own.status).toBe(403);
    expect(codes(own.body)).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(own.body.data).toBeUndefined();
    const copied = await post(internalKey, { query: manifest.get(idOf('Viewer')) as string });
    expect(copied.status).toBe(403);
    const viaGet = await get(internalKey, { query: '{ viewer { keyPrefix } }' });
    expect(viaGet.status).toBe(403);
    expect(codes(viaGet.body)).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it('lets partner keys send their own operations and documentIds', async () => {
    const own = await post(partnerKey, { query: '{ viewer { organization { slug } } }' });
    expect(own.body).toMatchObject({ data: { viewer: { organization: { slug: 'acme' } } } });
    const trusted = await post(partnerKey, { documentId: `sha256:${idOf('Viewer')}` });
    expect(trusted.body.errors).toBeUndefined();
    expect(trusted.body.data?.viewer).toBeDefined();
  });

  it('answers an unknown documentId with 404 PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const key of [internalKey, partnerKey]) {
      const { status, body } = await post(key, { documentId: `sha256:${'0'.repeat(64)}` });
      expect(status).toBe(404);
      expect(codes(body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
  });

  it('answers malformed or conflicting requests with 400 and a code', async () => {
    const malformed = await post(partnerKey, { documentId: 'md5:1234' });
    expect(malformed.status).toBe(400);
    expect(codes(malformed.body)).toEqual(['BAD_REQUEST']);
    const both = await post(partnerKey, { documentId: idOf('Viewer'), query: '{ __typename }' });
    expect(both.status).toBe(400);
    expect(codes(both.body)).toEqual(['BAD_REQUEST']);
    const neither = await post(internalKey, { variables: {} });
    expect(neither.status).toBe(400);
    expect(codes(neither.body)).toEqual(['BAD_REQUEST']);
    const notAString = await post(partnerKey, { documentId: 7 });
    expect(notAString.status).toBe(400);
  });

  it('runs trusted mutations by POST only', async () => {
    const archive = idOf('ArchiveCampaign');
    const id = encodeGlobalId('Campaign', h.fixture.campaignIds.acme?.[0] as number);
    const viaGet = await get(internalKey, { documentId: archive, variables: JSON.stringify({ id }) });
    expect(viaGet.status).toBe(405);
    const viaPost = await post(internalKey, { documentId: archive, variables: { id } });
    expect(viaPost.body.errors).toBeUndefined();
    expect(viaPost.body.data?.archiveCampaign).toMatchObject({ __typename: 'ArchiveCampaignPayload' });
  });
});
