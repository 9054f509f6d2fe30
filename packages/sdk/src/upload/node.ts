import type { ImportFile } from './import.js';

/**
 * Files on disk as `importData` files (Node only): each is a Blob backed by the file, read while it is
 * sent, so large files are never held in memory; named by its base name (`data/creators.csv` →
 * `creators.csv`, which tells its kind and format). Rejects when a path cannot be opened.
 *
 * @example
 * const res = await cg.importData(await filesFromPaths(['creators.csv', 'posts.jsonl']));
 */
export async function filesFromPaths(paths: readonly string[]): Promise<ImportFile[]> {
  // Imported when called, so bundles for browsers never need node:fs.
  const { openAsBlob } = await import('node:fs');
  const { basename } = await import('node:path');
  return Promise.all(paths.map(async (path) => ({ name: basename(path), content: await openAsBlob(path) })));
}
