/**
 * Writes schema.graphql from the code. With CI set it only compares, and fails on drift, so a schema
 * change that was not regenerated and committed cannot land.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printedSchema } from '../src/schema/print.js';

const file = resolve(import.meta.dirname, '../schema.graphql');
const next = printedSchema();
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {}
if (process.env.CI) {
  if (current !== next) {
    console.error('schema.graphql is out of date: run `npm run codegen` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else if (current !== next) {
  writeFileSync(file, next);
  console.log('schema.graphql updated');
} else {
  console.log('schema.graphql unchanged');
}
