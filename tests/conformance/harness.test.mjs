// Self-tests of the conformance harness (not of our engine):
//   node --test tests/conformance/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { compareResults, listSuites, loadSuite } from './compare.mjs';
import { runReference, stableStringify } from './reference.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const COMPARE = join(HERE, 'compare.mjs');
const REPO_ROOT = join(HERE, '..', '..');

function compare(args) {
  return spawnSync(process.execPath, [COMPARE, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

test('stableStringify sorts keys recursively, like JSON.stringify otherwise', () => {
  assert.equal(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  // integer-like keys are sorted as strings, not enumerated first as JS objects do
  assert.equal(stableStringify({ b: 1, 10: 2, 2: 3 }), '{"10":2,"2":3,"b":1}');
  // undefined: left out of objects, null in lists (as JSON.stringify)
  assert.equal(stableStringify({ a: undefined, b: [undefined, 1] }), '{"b":[null,1]}');
  // JavaScript number formatting and no whitespace
  assert.equal(stableStringify({ x: 1e21, y: 1e-7, z: -0, w: 1.0 }), '{"w":1,"x":1e+21,"y":1e-7,"z":0}');
  // null-prototype objects (graphql-js builds some of its values that way)
  const bare = Object.create(null);
  bare.k = 'é\u0007"';
  assert.equal(stableStringify(bare), '{"k":"é\\u0007\\""}');
  assert.equal(stableStringify({}), '{}');
});

test('echo fields return sorted coerced arguments; other fields use the default resolver', async () => {
  const sdl = 'enum E { A B } input I { b: Int = 2 a: String } type Query { echoX(i: I, e: E, n: Int): String name: String }';
  const [result] = await runReference(sdl, { name: 'N', echoX: 'ignored' }, [
    { query: '{ echoX(e: B, i: { a: "x" }) name alias: name }', variables: null, operationName: null },
  ]);
  assert.deepEqual(result, { data: { echoX: '{"e":"B","i":{"a":"x","b":2}}', name: 'N', alias: 'N' } });
});

test('compareResults: identical results have no problems', () => {
  const r = { errors: [{ message: 'x', path: ['a', 0] }], data: { a: [null] } };
  assert.deepEqual(compareResults(r, structuredClone(r)), []);
  // error order, messages and locations are not compared
  assert.deepEqual(
    compareResults(
      { errors: [{ message: 'a', path: ['x'] }, { message: 'b' }], data: null },
      { data: null, errors: [{ message: 'other' }, { message: 'c', path: ['x'], locations: [] }] },
    ),
    [],
  );
});

test('compareResults: key order of data matters', () => {
  const problems = compareResults({ data: { a: 1, b: 2 } }, { data: { b: 2, a: 1 } });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /key order/);
});

test('compareResults: absent data differs from null data', () => {
  const e = { errors: [{ message: 'm' }] };
  assert.equal(compareResults(e, { errors: [{ message: 'm' }], data: null }).length, 1);
  assert.equal(compareResults({ data: null, errors: [{ message: 'm' }] }, e).length, 1);
});

test('compareResults: errors present in both or neither, same set of paths', () => {
  assert.equal(compareResults({ data: { a: null } }, { data: { a: null }, errors: [{ message: 'm', path: ['a'] }] }).length, 1);
  assert.equal(compareResults({ data: { a: null }, errors: [{ message: 'm', path: ['a'] }] }, { data: { a: null } }).length, 1);
  const p = compareResults(
    { data: { a: null }, errors: [{ message: 'm', path: ['a', 1] }] },
    { data: { a: null }, errors: [{ message: 'm', path: ['a', '1'] }] },
  );
  assert.equal(p.length, 1);
  assert.match(p[0], /missing \{\["a",1\]\} extra \{\["a","1"\]\}/);
  // an error without path is the null path
  assert.equal(compareResults({ errors: [{ message: 'm' }] }, { errors: [{ message: 'm', path: ['x'] }] }).length, 1);
});

test('compareResults: a non-object line is a mismatch', () => {
  assert.equal(compareResults({ data: null }, [1]).length, 1);
  assert.equal(compareResults({ data: null }, null).length, 1);
});

test('every suite loads', () => {
  const suites = listSuites();
  assert.ok(suites.length >= 10);
  for (const name of suites) assert.ok(loadSuite(name).cases.length > 0, name);
});

test('--check-corpus passes', () => {
  const run = compare(['--check-corpus']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /corpus: OK/);
});

test('graphql-js behind the runner contract is identical to itself', () => {
  const run = compare(['--runner', `"${process.execPath}" tests/conformance/reference-runner.mjs`]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^conformance: (\d+)\/\1 identical \(\d+ suites\)$/m);
});

test('a crashing runner, a silent runner and a perturbed runner fail', () => {
  const crash = compare(['--suite', 'basics', '--runner', 'echo boom >&2; exit 3']);
  assert.equal(crash.status, 2);
  assert.match(crash.stdout, /RUNNER FAILED basics: runner: exited with code 3/);
  const silent = compare(['--suite', 'basics', '--runner', 'cat >/dev/null; true']);
  assert.equal(silent.status, 2);
  assert.match(silent.stdout, /printed 0 line\(s\) for \d+ case\(s\)/);
  const perturbed = compare([
    '--suite', 'basics',
    '--runner', `"${process.execPath}" tests/conformance/reference-runner.mjs --schema {schema} --data {data} | sed 's/"Central"/"Elsewhere"/'`,
  ]);
  assert.equal(perturbed.status, 1, perturbed.stdout + perturbed.stderr);
  assert.match(perturbed.stdout, /^DIFF basics#\d+ .* => data\.library\.name: expected "Central", got "Elsewhere"$/m);
});

test('an unknown suite or argument is a usage error', () => {
  assert.equal(compare(['--suite', 'nope', '--reference-only']).status, 2);
  assert.equal(compare(['--bogus']).status, 2);
});
