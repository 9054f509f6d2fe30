// Emits the persisted-documents manifest: sha256 of each operation's wire text → that text. A server can
// allow-list exactly these documents; clients may send the hash instead of the text.
const { operationsOf } = require('./shared.cjs');

module.exports = {
  plugin(_schema, documents) {
    const manifest = {};
    for (const op of operationsOf(documents).sort((a, b) => a.hash.localeCompare(b.hash)))
      manifest[op.hash] = op.source;
    return `${JSON.stringify(manifest, null, 2)}\n`;
  },
};
