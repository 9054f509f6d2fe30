import { getTypeBrand } from '@pothos/core';
import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { loadNodes } from '../src/context.js';

/**
 * Node loads carry their type before anyone awaits them. The fuzz suite found `node(id: X)` beside
 * `nodes(ids: [X])` answering INTERNAL_SERVER_ERROR ("Abstract type Node must resolve to an Object type")
 * when `nodes` read Pothos's pending cache entry and completed before Pothos branded the object.
 */
describe('loadNodes', () => {
  it('brands every loaded object with its type and maps misses to null', async () => {
    const loader = new DataLoader<number, { id: number } | null>(async (ids) =>
      ids.map((id) => (id === 2 ? null : { id })),
    );
    const [found, missing] = await loadNodes(loader, ['1', '2'], 'Creator');
    expect(found).toEqual({ id: 1 });
    expect(getTypeBrand(found)).toBe('Creator');
    expect(missing).toBeNull();
  });
});
