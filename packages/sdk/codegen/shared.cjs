// Helpers shared by the local codegen plugins: the printed source of each operation, with the
// fragments it spreads, exactly as it is sent on the wire.
const { print, visit } = require('graphql');
const { createHash } = require('node:crypto');

function operationsOf(documents) {
  const fragments = new Map();
  const operations = [];
  for (const file of documents) {
    for (const def of file.document.definitions) {
      if (def.kind === 'FragmentDefinition') fragments.set(def.name.value, def);
      if (def.kind === 'OperationDefinition' && def.name) operations.push(def);
    }
  }
  return operations.map((op) => {
    const needed = new Set();
    const collect = (node) =>
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          if (!needed.has(name) && fragments.has(name)) {
            needed.add(name);
            collect(fragments.get(name));
          }
        },
      });
    collect(op);
    const source = [op, ...[...needed].sort().map((n) => fragments.get(n))].map((d) => print(d)).join('\n\n');
    return {
      name: op.name.value,
      kind: op.operation,
      source,
      hash: createHash('sha256').update(source).digest('hex'),
      hasVariables: (op.variableDefinitions ?? []).length > 0,
      requiredVariables: (op.variableDefinitions ?? []).some((v) => v.type.kind === 'NonNullType' && !v.defaultValue),
    };
  });
}

const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s) => s.charAt(0).toLowerCase() + s.slice(1);

module.exports = { operationsOf, pascal, camel };
