#!/usr/bin/env node
// Random differential testing: generates documents for the corpus schemas (random selections,
// aliases, fragments on abstract types, argument literals both valid and invalid, @skip/@include),
// runs them through graphql-js and through our runner, and compares them as compare.mjs does
// (data as JSON with key order, errors present in both or neither, the same set of error paths).
// Deterministic for a seed.
//
//   node tests/conformance/fuzz.mjs --runner-dll PATH/Gateway.Conformance.Runner.dll [--seed 1] [--cases 150] [suite...]
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as g from 'graphql';
import { runReference } from './reference.mjs';

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const runner = option('--runner-dll', null);
let seed = Number(option('--seed', '1'));
const casesPerSuite = Number(option('--cases', '150'));
if (!runner) {
  console.error('usage: node fuzz.mjs --runner-dll PATH [--seed N] [--cases N] [suite...]');
  process.exit(2);
}
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const suites = args.length ? args : ['basics','fragments','nonnull','lists','scalars','arguments','variables','directives','operations','introspection','coercion-edge','execution-abstract','execution-more','echo-contract','introspection-more'];
function literal(type, depth) {
  if (g.isNonNullType(type)) return literal(type.ofType, depth);
  if (rnd() < 0.08) return 'null';
  if (g.isListType(type)) { const n = Math.floor(rnd()*3); return rnd()<0.3 ? literal(type.ofType, depth) : '[' + Array.from({length:n},()=>literal(type.ofType, depth+1)).join(', ') + ']'; }
  if (g.isEnumType(type)) return rnd()<0.1 ? 'NOPE' : pick(type.getValues()).name;
  if (g.isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fs = Object.values(type.getFields()).filter(f => rnd() < 0.6 || g.isNonNullType(f.type));
    return '{' + fs.map(f => f.name + ': ' + literal(f.type, depth+1)).join(', ') + '}';
  }
  switch (type.name) {
    case 'Int': return pick(['0','1','-7','2147483647','2147483648','1.5','"3"']);
    case 'Float': return pick(['0','1.5','-2e3','1','"x"']);
    case 'String': return pick(['"a"','"é\\n"','""','1','"""block"""']);
    case 'Boolean': return pick(['true','false','1']);
    case 'ID': return pick(['"id"','12','1.5']);
    default: return pick(['1','"s"','{a: 1}','[1, 2]','null']);
  }
}
function jsonValue(type, depth) {
  if (g.isNonNullType(type)) return rnd() < 0.05 ? null : jsonValue(type.ofType, depth);
  if (rnd() < 0.08) return null;
  if (g.isListType(type)) return rnd() < 0.3 ? jsonValue(type.ofType, depth) : Array.from({ length: Math.floor(rnd() * 3) }, () => jsonValue(type.ofType, depth + 1));
  if (g.isEnumType(type)) return rnd() < 0.1 ? 'NOPE' : pick(type.getValues()).name;
  if (g.isInputObjectType(type)) {
    if (depth > 3) return {};
    const value = {};
    for (const f of Object.values(type.getFields())) if (rnd() < 0.6 || g.isNonNullType(f.type)) value[f.name] = jsonValue(f.type, depth + 1);
    if (rnd() < 0.05) value.unknownField = 1;
    return value;
  }
  switch (type.name) {
    case 'Int': return pick([0, 1, -7, 2147483647, 2147483648, 1.5, '3', 7.0]);
    case 'Float': return pick([0, 1.5, -2000, 1, 'x', 1e21]);
    case 'String': return pick(['a', 'é\n', '', 1, true]);
    case 'Boolean': return pick([true, false, 1, 'true']);
    case 'ID': return pick(['id', 12, 1.5]);
    default: return pick([1, 's', { a: 1 }, [1, 2], null]);
  }
}

let variableDefinitions = [];
let variableValues = {};
let fragmentDefinitions = [];

function argumentValue(arg) {
  if (rnd() < 0.25) {
    const name = 'v' + variableDefinitions.length;
    const typeText = String(rnd() < 0.2 && g.isNonNullType(arg.type) ? arg.type.ofType : arg.type);
    variableDefinitions.push('$' + name + ': ' + typeText + (rnd() < 0.15 ? ' = ' + literal(arg.type, 0) : ''));
    if (rnd() < 0.85) variableValues[name] = jsonValue(arg.type, 0);
    return '$' + name;
  }
  return literal(arg.type, 0);
}

// An inline fragment, or a named one whose definition is added to the document.
function fragment(type, depth) {
  const body = selection(type, depth + 1);
  if (rnd() < 0.5) return '... on ' + type.name + body;
  const name = 'F' + fragmentDefinitions.length;
  fragmentDefinitions.push('fragment ' + name + ' on ' + type.name + body);
  return '...' + name + (rnd() < 0.1 ? ' @include(if: false)' : '');
}

function selection(type, depth) {
  const named = g.getNamedType(type);
  if (g.isLeafType(named)) return '';
  if (depth > 4) return ' { __typename }';
  const parts = [];
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    if (g.isAbstractType(named)) {
      if (rnd() < 0.3) { parts.push('__typename'); continue; }
      const possible = g.isUnionType(named) ? named.getTypes() : schema.getPossibleTypes(named);
      if (possible.length && rnd() < 0.7) { const t = pick(possible); parts.push(fragment(t, depth)); continue; }
      if (g.isUnionType(named)) { parts.push('__typename'); continue; }
    }
    const fields = Object.values(named.getFields());
    if (!fields.length) break;
    const f = pick(fields);
    if (rnd() < 0.1) { parts.push(fragment(named, depth)); continue; }
    // A small alias pool (and field names as aliases) makes overlapping fields, valid or not.
    let s = (rnd() < 0.3 ? pick(['a0', 'a1', pick(fields).name]) + ': ' : '') + f.name;
    const args = f.args.filter(a => g.isNonNullType(a.type) || rnd() < 0.5);
    if (args.length) s += '(' + args.map(a => a.name + ': ' + argumentValue(a)).join(', ') + ')';
    if (rnd() < 0.1) s += pick([' @skip(if: true)', ' @include(if: false)', ' @include(if: true)']);
    s += selection(f.type, depth + 1);
    parts.push(s);
  }
  return ' { ' + parts.join(' ') + ' }';
}
let schema;
let total = 0, diff = 0, withErrors = 0, noData = 0;
for (const suite of suites) {
  const sdl = readFileSync(`${corpus}/${suite}/schema.graphql`, 'utf8');
  const data = JSON.parse(readFileSync(`${corpus}/${suite}/data.json`, 'utf8'));
  schema = g.buildSchema(sdl);
  const cases = [];
  for (let i = 0; i < casesPerSuite; i++) {
    const root = rnd() < 0.15 && schema.getMutationType() ? schema.getMutationType() : schema.getQueryType();
    variableDefinitions = [];
    variableValues = {};
    fragmentDefinitions = [];
    const body = selection(root, 0);
    const keyword = root === schema.getQueryType() ? 'query Q' : 'mutation M';
    const header = variableDefinitions.length ? keyword + '(' + variableDefinitions.join(', ') + ')' : (keyword === 'query Q' && rnd() < 0.5 ? '' : keyword);
    const document = [header + body, ...fragmentDefinitions].join('\n');
    cases.push({ query: document, variables: variableDefinitions.length ? variableValues : null, operationName: null });
  }
  const expected = await runReference(sdl, data, cases);
  const input = cases.map(c => JSON.stringify(c)).join('\n') + '\n';
  const r = spawnSync('dotnet', [runner, '--schema', `${corpus}/${suite}/schema.graphql`, '--data', `${corpus}/${suite}/data.json`], { input, maxBuffer: 1 << 28 });
  const lines = r.stdout.toString().trim().split('\n');
  if (r.status !== 0 || lines.length !== cases.length) {
    console.log(`RUNNER ${suite}: exit ${r.status}, ${lines.length} lines for ${cases.length} cases\n${r.stderr}`);
    process.exit(2);
  }
  const actual = lines.map(l => JSON.parse(l));
  cases.forEach((c, i) => {
    const e = expected[i], a = actual[i];
    total++; if (e.errors) withErrors++; if (!("data" in e)) noData++;
    const ed = JSON.stringify(e.data), ad = JSON.stringify(a.data);
    const ep = JSON.stringify((e.errors ?? []).map(x => JSON.stringify(x.path ?? null)).sort());
    const ap = JSON.stringify((a.errors ?? []).map(x => JSON.stringify(x.path ?? null)).sort());
    const eHas = !!(e.errors && e.errors.length), aHas = !!(a.errors && a.errors.length);
    if (ed !== ad || ep !== ap || eHas !== aHas || ('data' in e) !== ('data' in a)) {
      diff++;
      if (diff <= 12) console.log(`DIFF ${suite}#${i}: ${c.query}\n  js: ${JSON.stringify(e).slice(0,400)}\n  cs: ${JSON.stringify(a).slice(0,400)}`);
    }
  });
}
console.log(`fuzz: ${total - diff}/${total} identical; ${withErrors} with errors, ${noData} without data`);
process.exit(diff === 0 ? 0 : 1);
