#!/usr/bin/env node
// graphql-js behind the runner's command-line contract:
//
//   node tests/conformance/reference-runner.mjs --schema S.graphql --data D.json < cases.jsonl > results.jsonl
//
// Same contract as our C# runner (tests/Conformance/Runner): one JSON case
// per input line, one GraphQL response per output line, in order. Useful to
// self-test the harness (compare.mjs --runner "node tests/conformance/reference-runner.mjs"
// must report every case identical) and to diff a runner's raw output.

import { readFileSync } from 'node:fs';

import { runReference } from './reference.mjs';

function argValue(name) {
  const i = process.argv.indexOf(name);
  if (i === -1 || i + 1 >= process.argv.length) {
    console.error(`usage: reference-runner.mjs --schema S.graphql --data D.json < cases.jsonl`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const schemaSdl = readFileSync(argValue('--schema'), 'utf8');
const data = JSON.parse(readFileSync(argValue('--data'), 'utf8'));
const cases = readFileSync(0, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const results = await runReference(schemaSdl, data, cases);
process.stdout.write(results.map((r) => JSON.stringify(r) + '\n').join(''));
