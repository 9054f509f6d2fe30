import type { PostRow } from '../../src/ingest/format.js';

/** A post row with every awkward cell: nulls, a boolean, a caption with commas, quotes and line breaks. */
export const AWKWARD_POST: PostRow = {
  platform: 'INSTAGRAM',
  handle: 'maya.okafor',
  external_id: '18000000000000001',
  posted_at: '2025-05-04T18:30:05.000Z',
  kind: 'PHOTO',
  sponsored: true,
  brand: 'Loom & Thread',
  likes: 1200,
  comments: 34,
  shares: null,
  saves: null,
  views: null,
  reach: null,
  impressions: null,
  caption: 'Golden hour, "no filter", honest\n\nline two, with a comma\r\nand a CRLF #ad',
};
