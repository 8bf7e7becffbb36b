#!/usr/bin/env node
// Writes corpus/introspection-query/cases.jsonl: one case per combination of
// graphql-js's getIntrospectionQuery() options that we require our engine to
// answer exactly like graphql-js (the texts are graphql-js's, byte for byte):
// every combination of the options below; combinations that produce the same
// query text are kept once (schemaDescription adds nothing without
// descriptions), under the first label in optionCombinations().
//
//   node tests/conformance/generate-introspection-cases.mjs
//
// `node tests/conformance/compare.mjs --check-corpus` fails when the committed
// file differs from what this script would write.

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { getIntrospectionQuery } from 'graphql';

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(HERE, 'corpus', 'introspection-query', 'cases.jsonl');

/** The options this suite covers (experimentalDirectiveDeprecation is left out: not part of the spec). */
export const OPTION_NAMES = [
  'descriptions',
  'specifiedByUrl',
  'directiveIsRepeatable',
  'schemaDescription',
  'inputValueDeprecation',
  'oneOf',
];

function allSet(value) {
  return Object.fromEntries(OPTION_NAMES.map((name) => [name, value]));
}

/**
 * [label, options] pairs in a stable order: all off, all on, each one on
 * alone, each one off alone, then every other combination (2^6 in all), and
 * graphql-js's defaults.
 */
export function optionCombinations() {
  const combos = [
    ['all options off', allSet(false)],
    ['all options on', allSet(true)],
  ];
  for (const name of OPTION_NAMES) combos.push([`only ${name} on`, { ...allSet(false), [name]: true }]);
  for (const name of OPTION_NAMES) combos.push([`all on except ${name}`, { ...allSet(true), [name]: false }]);
  for (let mask = 0; mask < 1 << OPTION_NAMES.length; mask++) {
    const options = Object.fromEntries(OPTION_NAMES.map((name, i) => [name, (mask & (1 << i)) !== 0]));
    const on = OPTION_NAMES.filter((name) => options[name]);
    combos.push([`on: ${on.join(', ') || 'none'}`, options]);
  }
  combos.push(['graphql-js defaults (no options)', undefined]);
  return combos;
}

/** The cases.jsonl text (one JSON object per line, trailing newline). */
export function introspectionCasesText() {
  const seen = new Map();
  const lines = [];
  for (const [label, options] of optionCombinations()) {
    const query = getIntrospectionQuery(options);
    if (seen.has(query)) continue; // e.g. schemaDescription needs descriptions to add anything
    seen.set(query, label);
    const name = `getIntrospectionQuery: ${label} ${options ? JSON.stringify(options) : '{}'}`;
    lines.push(JSON.stringify({ name, query, variables: null, operationName: null }));
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = introspectionCasesText();
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${text.split('\n').length - 1} cases to ${OUTPUT}`);
}
