// ESLint runs on the GraphQL schema only (Biome lints and formats the TypeScript): the Relay rules keep
// connections, edges and page info in the shape Relay, Apollo and urql helpers expect, and
// strict-id-in-types makes every object a mutation returns cacheable by id.
import { readFileSync } from 'node:fs';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { buildSchema, getNamedType, isObjectType, isUnionType } from 'graphql';

const schemaFile = 'apps/server/schema.graphql';
const schema = buildSchema(readFileSync(schemaFile, 'utf8'));

/** Objects a mutation hands back (fields of its payloads): the ones a client cache must find by id. */
function objectsMutationsReturn() {
  const found = new Set();
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const result = getNamedType(field.type);
    const members = isUnionType(result) ? result.getTypes() : [result];
    for (const payload of members.filter((t) => isObjectType(t) && t.name.endsWith('Payload'))) {
      for (const f of Object.values(payload.getFields())) {
        const type = getNamedType(f.type);
        if (isObjectType(type)) found.add(type.name);
      }
    }
  }
  return found;
}

// An import's report describes one request and is never read again: nothing to normalize.
const REQUEST_REPORTS = new Set(['ImportReport']);
const mustHaveIds = new Set([...objectsMutationsReturn()].filter((name) => !REQUEST_REPORTS.has(name)));
const exempt = Object.values(schema.getTypeMap())
  .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !mustHaveIds.has(t.name))
  .map((t) => t.name);

export default [
  {
    files: [schemaFile],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: schemaFile } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/relay-arguments': 'error',
      '@graphql-eslint/relay-connection-types': 'error',
      // Plain lists stay legal (members, flags, rows: bounded, never paged); only edges are checked.
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false },
      ],
      '@graphql-eslint/relay-page-info': 'error',
      '@graphql-eslint/strict-id-in-types': [
        'error',
        { acceptedIdNames: ['id'], acceptedIdTypes: ['ID'], exceptions: { types: exempt } },
      ],
    },
  },
];
