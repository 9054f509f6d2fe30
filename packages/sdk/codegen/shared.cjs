// Helpers shared by the local codegen plugins: the printed source of each operation, with the
// fragments it spreads, exactly as it is sent on the wire.
const { print, visit } = require('graphql');
const { createHash } = require('node:crypto');

/**
 * The `#` comment lines right above a definition (no blank line between), without the `#`: an
 * operation's description. graphql-js drops comments, so they are read from the source text.
 */
function commentAbove(def, rawSDL) {
  const body = def.loc?.source?.body ?? rawSDL;
  if (!body) return undefined;
  const start = def.loc ? def.loc.start : body.indexOf(`${def.operation} ${def.name.value}`);
  if (start < 0) return undefined;
  const lines = body.slice(0, start).split('\n');
  lines.pop(); // the start of the definition's own line
  const comment = [];
  while (lines.length > 0 && /^\s*#/.test(lines[lines.length - 1])) comment.unshift(lines.pop().replace(/^\s*# ?/, ''));
  return comment.length > 0 ? comment.join('\n') : undefined;
}

function operationsOf(documents) {
  const fragments = new Map();
  const operations = [];
  for (const file of documents) {
    for (const def of file.document.definitions) {
      if (def.kind === 'FragmentDefinition') fragments.set(def.name.value, def);
      if (def.kind === 'OperationDefinition' && def.name) operations.push({ def, rawSDL: file.rawSDL });
    }
  }
  return operations.map(({ def: op, rawSDL }) => {
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
      definition: op,
      description: commentAbove(op, rawSDL),
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
