#!/usr/bin/env node
// Differential conformance harness: runs every corpus case through graphql-js
// (reference.mjs) and through our C# conformance runner, and compares them.
//
//   node tests/conformance/compare.mjs                  build the runner once, compare every suite
//   node tests/conformance/compare.mjs --suite NAME     only that suite (repeatable)
//   node tests/conformance/compare.mjs --runner "CMD"   run CMD instead of the built runner
//   node tests/conformance/compare.mjs --verbose        print expected/actual results in full
//   node tests/conformance/compare.mjs --reference-only print graphql-js's results
//   node tests/conformance/compare.mjs --check-corpus   validate the corpus files
//
// See README.md for the contract. Exit codes: 0 all identical / corpus OK,
// 1 some case differs / corpus invalid, 2 the runner could not be built, is
// missing or crashed, or the command line is wrong.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED_GRAPHQL_VERSION = '16.15.0';

// graphql-js is loaded dynamically to explain a missing `npm ci` clearly.
let graphqlJs;
try {
  graphqlJs = await import('graphql');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('conformance: graphql-js is not installed: run `npm ci --prefix tests/conformance` first');
    process.exit(2);
  }
  throw e;
}
const { buildSchema, GraphQLError, Kind, parse, validate, validateSchema, version: graphqlVersion } = graphqlJs;
if (graphqlVersion !== REQUIRED_GRAPHQL_VERSION) {
  console.error(
    `conformance: graphql-js ${graphqlVersion} is installed, the corpus is for ${REQUIRED_GRAPHQL_VERSION}: run \`npm ci --prefix tests/conformance\``,
  );
  process.exit(2);
}
const { runReference } = await import('./reference.mjs');

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..');
const CORPUS_DIR = join(HERE, 'corpus');
const RUNNER_PROJECT = join('tests', 'Conformance', 'Runner');
const RUNNER_DLL = 'Gateway.Conformance.Runner.dll';
// Suites whose cases may fail to parse (each parse-error case: a Syntax Error, no data).
const SYNTAX_SUITE_PREFIX = 'syntax';
// Suites of documents that must FAIL validation (every case: parses, at least one validation error).
const VALIDATION_SUITE_PREFIX = 'validation';
const INTROSPECTION_QUERY_SUITE = 'introspection-query';
const MIN_CASES = 180;
const CASE_KEYS = new Set(['name', 'query', 'variables', 'operationName']);
const RUNNER_TIMEOUT_MS = 10 * 60 * 1000;
const MAX_BUFFER = 512 * 1024 * 1024;

const RAW_LINE = Symbol('raw cases.jsonl line');

class UsageError extends Error {}
class RunnerError extends Error {}

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = {
    suites: [],
    runner: null,
    verbose: false,
    referenceOnly: false,
    checkCorpus: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const takeValue = () => {
      const eq = arg.indexOf('=');
      if (eq !== -1) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    const flag = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    switch (flag) {
      case '--suite':
        options.suites.push(takeValue());
        break;
      case '--runner':
        options.runner = takeValue();
        break;
      case '--verbose':
      case '-v':
        options.verbose = true;
        break;
      case '--reference-only':
        options.referenceOnly = true;
        break;
      case '--check-corpus':
        options.checkCorpus = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  return options;
}

const USAGE = `usage: node tests/conformance/compare.mjs [options]
  --suite NAME       run only this suite (repeatable)
  --runner "CMD"     command that runs our runner; "--schema S --data D" is appended
                     (or substituted for {schema} and {data} when CMD contains them);
                     default: dotnet build -c Release ${RUNNER_PROJECT} once, then
                     dotnet <out>/${RUNNER_DLL} --schema S --data D
  --verbose          print full expected and actual results of mismatching cases
  --reference-only   print graphql-js's result of every case (no runner needed)
  --check-corpus     validate the corpus (loading, JSON, validity for graphql-js)`;

// ---------------------------------------------------------------- corpus

/** Lists suite directory names, sorted. */
export function listSuites(corpusDir = CORPUS_DIR) {
  if (!existsSync(corpusDir)) return [];
  return readdirSync(corpusDir)
    .filter((name) => statSync(join(corpusDir, name)).isDirectory())
    .sort();
}

/**
 * Loads one suite. Throws with a precise message on the first problem found
 * (missing file, invalid JSON line, case not an object, query not a string...).
 */
export function loadSuite(name, corpusDir = CORPUS_DIR) {
  const dir = join(corpusDir, name);
  const schemaPath = join(dir, 'schema.graphql');
  const dataPath = join(dir, 'data.json');
  const casesPath = join(dir, 'cases.jsonl');
  for (const file of [schemaPath, dataPath, casesPath]) {
    if (!existsSync(file)) throw new Error(`${name}: missing ${relative(HERE, file)}`);
  }
  const schemaSdl = readFileSync(schemaPath, 'utf8');
  let data;
  try {
    data = JSON.parse(readFileSync(dataPath, 'utf8'));
  } catch (e) {
    throw new Error(`${name}: data.json is not valid JSON: ${e.message}`);
  }
  const casesText = readFileSync(casesPath, 'utf8');
  if (casesText.length > 0 && !casesText.endsWith('\n')) {
    throw new Error(`${name}: cases.jsonl must end with a newline`);
  }
  const lines = casesText.split('\n');
  lines.pop(); // the empty string after the final newline
  const cases = lines.map((line, index) => parseCaseLine(name, index, line));
  return { name, dir, schemaPath, dataPath, casesPath, schemaSdl, data, casesText, cases };
}

function parseCaseLine(suite, index, line) {
  const where = `${suite}#${index} (cases.jsonl line ${index + 1})`;
  if (line.trim() === '') throw new Error(`${where}: blank line`);
  let value;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new Error(`${where}: invalid JSON: ${e.message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: a case must be a JSON object`);
  }
  if (typeof value.query !== 'string') throw new Error(`${where}: "query" must be a string`);
  const { variables, operationName, name } = value;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  ) {
    throw new Error(`${where}: "variables" must be an object or null`);
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw new Error(`${where}: "operationName" must be a string or null`);
  }
  if (name !== undefined && typeof name !== 'string') {
    throw new Error(`${where}: "name" must be a string`);
  }
  Object.defineProperty(value, RAW_LINE, { value: line, enumerable: false });
  return value;
}

/**
 * What makes a case distinct: its line without the name, as written (so that
 * variables 7 and 7.0 are different cases even though they parse the same).
 */
function caseIdentity(testCase) {
  const raw = testCase[RAW_LINE] ?? JSON.stringify(testCase);
  return testCase.name === undefined ? raw : raw.replace(`"name":${JSON.stringify(testCase.name)}`, '');
}

function selectSuites(options) {
  const all = listSuites();
  if (all.length === 0) throw new UsageError(`no suites found under ${relative(process.cwd(), CORPUS_DIR) || CORPUS_DIR}`);
  if (options.suites.length === 0) return all;
  for (const s of options.suites) {
    if (!all.includes(s)) throw new UsageError(`unknown suite "${s}" (known: ${all.join(', ')})`);
  }
  return all.filter((s) => options.suites.includes(s));
}

// ---------------------------------------------------------------- comparison

function truncate(text, max = 100) {
  const oneLine = String(text).replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}

function show(value) {
  return value === undefined ? '(absent)' : truncate(JSON.stringify(value), 60);
}

/** Describes the first difference between two JSON values (key order included). */
function firstDifference(expected, actual, at) {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return null;
  const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return `${at}: expected a list of ${expected.length}, got ${actual.length}: ${show(actual)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const d = firstDifference(expected[i], actual[i], `${at}[${i}]`);
      if (d) return d;
    }
  } else if (isObj(expected) && isObj(actual)) {
    const ek = Object.keys(expected);
    const ak = Object.keys(actual);
    if (ek.join('\u0000') !== ak.join('\u0000')) {
      const sameSet = ek.length === ak.length && ek.every((k) => Object.hasOwn(actual, k));
      return sameSet
        ? `${at}: key order differs: expected ${ek.join(',')}, got ${ak.join(',')}`
        : `${at}: keys differ: expected ${truncate(ek.join(','), 60)}, got ${truncate(ak.join(','), 60)}`;
    }
    for (const k of ek) {
      const d = firstDifference(expected[k], actual[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: expected ${show(expected)}, got ${show(actual)}`;
}

function errorPathSet(result) {
  const set = new Set();
  for (const error of Array.isArray(result.errors) ? result.errors : []) {
    set.add(JSON.stringify(error && error.path !== undefined ? error.path : null));
  }
  return set;
}

/**
 * Compares one case. Returns a list of human-readable problems (empty when
 * the results are identical in the compared aspects):
 *   - `data`: presence ("data" in result) and JSON.stringify equality (key order included);
 *   - errors: present in both or in neither;
 *   - the set of error paths (JSON-stringified; an error without path counts as null).
 */
export function compareResults(expected, actual) {
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return [`runner output is not a JSON object: ${show(actual)}`];
  }
  const problems = [];
  const eHasData = 'data' in expected;
  const aHasData = 'data' in actual;
  if (eHasData !== aHasData) {
    problems.push(eHasData ? `data: expected ${show(expected.data)}, got no "data" key` : `data: expected no "data" key, got ${show(actual.data)}`);
  } else if (eHasData) {
    const d = firstDifference(expected.data, actual.data, 'data');
    if (d) problems.push(d);
  }
  const eHasErrors = expected.errors !== undefined;
  const aHasErrors = actual.errors !== undefined;
  if (eHasErrors !== aHasErrors) {
    problems.push(
      eHasErrors
        ? `errors: expected ${expected.errors.length} error(s) (${truncate(expected.errors.map((e) => e.message).join(' | '), 80)}), got none`
        : `errors: expected none, got ${truncate(JSON.stringify(actual.errors), 100)}`,
    );
  } else if (eHasErrors) {
    if (!Array.isArray(actual.errors)) {
      problems.push(`errors: expected a list, got ${show(actual.errors)}`);
    } else {
      const e = errorPathSet(expected);
      const a = errorPathSet(actual);
      const missing = [...e].filter((p) => !a.has(p));
      const extra = [...a].filter((p) => !e.has(p));
      if (missing.length || extra.length) {
        problems.push(
          `error paths: missing {${missing.join(' ')}} extra {${extra.join(' ')}}`,
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------- runner

function quoteArg(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * True when a spawnSync result means the runner failed. EPIPE alone is not a
 * failure: it only says the runner exited without reading all of its input;
 * its exit status and output decide.
 */
function spawnFailed(result) {
  if (result.error && result.error.code !== 'EPIPE') return true;
  return result.status !== 0 || result.signal != null;
}

function describeSpawnFailure(what, result) {
  if (result.error && result.error.code !== 'EPIPE') {
    if (result.error.code === 'ENOENT') return `${what}: command not found (${result.error.path})`;
    if (result.error.code === 'ETIMEDOUT') return `${what}: timed out after ${RUNNER_TIMEOUT_MS / 1000}s`;
    return `${what}: ${result.error.message}`;
  }
  if (result.signal) return `${what}: killed by signal ${result.signal}`;
  return `${what}: exited with code ${result.status}`;
}

function tail(text, lines = 25) {
  const all = String(text ?? '').trimEnd().split('\n');
  return all.slice(-lines).map((l) => `    | ${l}`).join('\n');
}

/** Returns a function (suite) -> {stdout} that runs our runner for one suite. */
function prepareRunner(options) {
  if (options.runner) {
    const template = options.runner;
    return {
      describe: template,
      run(suite) {
        const command =
          template.includes('{schema}') || template.includes('{data}')
            ? template.replaceAll('{schema}', quoteArg(suite.schemaPath)).replaceAll('{data}', quoteArg(suite.dataPath))
            : `${template} --schema ${quoteArg(suite.schemaPath)} --data ${quoteArg(suite.dataPath)}`;
        return spawnSync(command, {
          cwd: REPO_ROOT,
          shell: true,
          input: suite.casesText,
          encoding: 'utf8',
          maxBuffer: MAX_BUFFER,
          timeout: RUNNER_TIMEOUT_MS,
        });
      },
      cleanup() {},
    };
  }

  const projectDir = join(REPO_ROOT, RUNNER_PROJECT);
  if (!existsSync(projectDir)) {
    throw new RunnerError(
      `the runner project ${RUNNER_PROJECT}/ does not exist (the C# conformance runner is not written yet?); ` +
        `use --runner "<command>" to run another one, or --reference-only to see graphql-js's results`,
    );
  }
  const outDir = mkdtempSync(join(tmpdir(), 'conformance-runner-'));
  process.stderr.write(`conformance: building ${RUNNER_PROJECT} (Release) into ${outDir} ...\n`);
  const build = spawnSync('dotnet', ['build', '-c', 'Release', RUNNER_PROJECT, '-o', outDir, '-nologo', '-v', 'q'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    timeout: RUNNER_TIMEOUT_MS,
  });
  if (spawnFailed(build)) {
    rmSync(outDir, { recursive: true, force: true });
    throw new RunnerError(`${describeSpawnFailure('dotnet build of the runner failed', build)}\n${tail(build.stdout + build.stderr)}`);
  }
  const dll = join(outDir, RUNNER_DLL);
  if (!existsSync(dll)) {
    rmSync(outDir, { recursive: true, force: true });
    throw new RunnerError(`the runner built, but ${RUNNER_DLL} is not in the build output (is the assembly named Gateway.Conformance.Runner?)`);
  }
  return {
    describe: `dotnet ${dll}`,
    run(suite) {
      return spawnSync('dotnet', [dll, '--schema', suite.schemaPath, '--data', suite.dataPath], {
        cwd: REPO_ROOT,
        input: suite.casesText,
        encoding: 'utf8',
        maxBuffer: MAX_BUFFER,
        timeout: RUNNER_TIMEOUT_MS,
      });
    },
    cleanup() {
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- modes

async function compareMode(options) {
  const suiteNames = selectSuites(options);
  const suites = suiteNames.map((n) => loadSuite(n));
  const runner = prepareRunner(options);
  let total = 0;
  let identical = 0;
  let crashed = 0;
  try {
    for (const suite of suites) {
      const expected = await runReference(suite.schemaSdl, suite.data, suite.cases);
      total += suite.cases.length;
      const run = runner.run(suite);
      if (spawnFailed(run)) {
        crashed++;
        console.log(
          `RUNNER FAILED ${suite.name}: ${describeSpawnFailure('runner', run)}; all ${suite.cases.length} cases count as different` +
            (run.stderr ? `\n  stderr:\n${tail(run.stderr)}` : ''),
        );
        continue;
      }
      const lines = run.stdout.split(/\r?\n/);
      if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      if (lines.length !== suite.cases.length) {
        crashed++;
        console.log(
          `RUNNER FAILED ${suite.name}: printed ${lines.length} line(s) for ${suite.cases.length} case(s); all cases count as different` +
            (run.stderr ? `\n  stderr:\n${tail(run.stderr)}` : ''),
        );
        continue;
      }
      suite.cases.forEach((testCase, index) => {
        let actual;
        let problems;
        try {
          actual = JSON.parse(lines[index]);
          problems = compareResults(expected[index], actual);
        } catch (e) {
          problems = [`runner printed invalid JSON: ${truncate(lines[index], 80)}`];
        }
        if (problems.length === 0) {
          identical++;
          return;
        }
        // One line per differing case: where, what (query), how (first difference(s)).
        const label = testCase.name ? ` (${truncate(testCase.name, 50)})` : '';
        console.log(`DIFF ${suite.name}#${index}${label}: ${truncate(testCase.query, 60)} => ${problems.join('; ')}`);
        if (options.verbose) {
          console.log(`    name:     ${testCase.name ?? ''}`);
          console.log(`    query:    ${JSON.stringify(testCase.query)}`);
          if (testCase.operationName != null) console.log(`    operationName: ${testCase.operationName}`);
          if (testCase.variables) console.log(`    variables: ${JSON.stringify(testCase.variables)}`);
          console.log(`    expected: ${JSON.stringify(expected[index])}`);
          console.log(`    actual:   ${lines[index]}`);
        }
      });
    }
  } finally {
    runner.cleanup();
  }
  const crashNote = crashed ? `, runner failed on ${crashed} suite(s)` : '';
  console.log(`conformance: ${identical}/${total} identical (${suites.length} suites${crashNote})`);
  return identical === total && crashed === 0 ? 0 : crashed ? 2 : 1;
}

async function referenceOnlyMode(options) {
  const suiteNames = selectSuites(options);
  const counts = [];
  for (const name of suiteNames) {
    const suite = loadSuite(name);
    const results = await runReference(suite.schemaSdl, suite.data, suite.cases);
    console.log(`=== ${name} (${suite.cases.length} cases)`);
    suite.cases.forEach((testCase, index) => {
      const label = testCase.name ? ` ${testCase.name}` : '';
      console.log(`--- ${name}#${index}${label}`);
      if (options.verbose) {
        console.log(`query: ${testCase.query}`);
        if (testCase.variables) console.log(`variables: ${JSON.stringify(testCase.variables)}`);
        if (testCase.operationName) console.log(`operationName: ${testCase.operationName}`);
      } else {
        console.log(`query: ${truncate(testCase.query, 150)}`);
      }
      console.log(JSON.stringify(results[index]));
    });
    counts.push([name, suite.cases.length]);
  }
  printCounts(counts);
  return 0;
}

function printCounts(counts) {
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const width = Math.max(...counts.map(([n]) => n.length));
  console.log('cases per suite:');
  for (const [name, n] of counts) console.log(`  ${name.padEnd(width)}  ${String(n).padStart(4)}`);
  console.log(`  ${'total'.padEnd(width)}  ${String(total).padStart(4)}`);
  return total;
}

/** Problems with the operations of a valid (non-syntax) case, beyond validate(). */
function operationProblems(document) {
  const problems = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION && def.operation === 'subscription') {
      problems.push('subscription operations are out of scope');
    }
  }
  return problems;
}

async function checkCorpusMode(options) {
  const suiteNames = selectSuites(options);
  const problems = [];
  const counts = [];
  for (const name of suiteNames) {
    let suite;
    try {
      suite = loadSuite(name);
    } catch (e) {
      problems.push(e.message);
      continue;
    }
    counts.push([name, suite.cases.length]);
    if (suite.cases.length === 0) problems.push(`${name}: no cases`);
    let schema;
    try {
      schema = buildSchema(suite.schemaSdl);
    } catch (e) {
      problems.push(`${name}: schema.graphql does not build: ${e.message}`);
      continue;
    }
    for (const e of validateSchema(schema)) problems.push(`${name}: invalid schema: ${e.message}`);

    const seen = new Map();
    let results;
    try {
      results = await runReference(suite.schemaSdl, suite.data, suite.cases);
    } catch (e) {
      problems.push(`${name}: graphql-js threw: ${e.stack}`);
      continue;
    }
    suite.cases.forEach((testCase, index) => {
      const where = `${name}#${index}${testCase.name ? ` (${testCase.name})` : ''}`;
      for (const key of Object.keys(testCase)) {
        if (!CASE_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`);
      }
      const identity = caseIdentity(testCase);
      if (seen.has(identity)) problems.push(`${where}: duplicate of ${name}#${seen.get(identity)}`);
      else seen.set(identity, index);

      let document;
      let syntaxError;
      try {
        document = parse(testCase.query);
      } catch (e) {
        syntaxError = e;
      }
      if (name.startsWith(SYNTAX_SUITE_PREFIX) && syntaxError) {
        // A parse-error case: graphql-js must answer with errors and no data.
        if (!(syntaxError instanceof GraphQLError) || !syntaxError.message.startsWith('Syntax Error')) {
          problems.push(`${where}: unexpected parse failure: ${syntaxError.message}`);
        }
        if ('data' in results[index]) problems.push(`${where}: a parse-error case must produce no "data"`);
        return;
      }
      // Every other case (including the lexically unusual but valid documents
      // of the syntax* suites) must parse and pass validation.
      if (syntaxError) {
        problems.push(`${where}: does not parse: ${syntaxError.message}`);
        return;
      }
      if (name.startsWith(VALIDATION_SUITE_PREFIX)) {
        // An invalid-document case: graphql-js must reject it before execution.
        if (validate(schema, document).length === 0) problems.push(`${where}: expected validation errors, found none`);
        if ('data' in results[index]) problems.push(`${where}: an invalid-document case must produce no "data"`);
        return;
      }
      for (const e of validate(schema, document)) problems.push(`${where}: validation error: ${e.message}`);
      for (const p of operationProblems(document)) problems.push(`${where}: ${p}`);
    });
  }

  if (suiteNames.includes(INTROSPECTION_QUERY_SUITE)) {
    const { introspectionCasesText } = await import('./generate-introspection-cases.mjs');
    const committed = readFileSync(join(CORPUS_DIR, INTROSPECTION_QUERY_SUITE, 'cases.jsonl'), 'utf8');
    if (committed !== introspectionCasesText()) {
      problems.push(
        `${INTROSPECTION_QUERY_SUITE}: cases.jsonl is out of date: run node tests/conformance/generate-introspection-cases.mjs`,
      );
    }
  }

  const total = counts.length ? printCounts(counts) : 0;
  if (options.suites.length === 0 && total < MIN_CASES) {
    problems.push(`the corpus has ${total} cases, fewer than the required ${MIN_CASES}`);
  }
  for (const p of problems) console.log(`CORPUS ${p}`);
  console.log(
    problems.length === 0
      ? `corpus: OK, ${total} cases in ${counts.length} suites (graphql-js ${graphqlVersion}); every non-${SYNTAX_SUITE_PREFIX}* case parses; ${VALIDATION_SUITE_PREFIX}* cases fail validation, the others pass it`
      : `corpus: ${problems.length} problem(s)`,
  );
  return problems.length === 0 ? 0 : 1;
}

// ---------------------------------------------------------------- main

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`conformance: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    if (options.checkCorpus) return await checkCorpusMode(options);
    if (options.referenceOnly) return await referenceOnlyMode(options);
    return await compareMode(options);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`conformance: ${e.message}`);
      return 2;
    }
    if (e instanceof RunnerError) {
      console.error(`conformance: ${e.message}`);
      console.error('conformance: FAILED (runner unavailable)');
      return 2;
    }
    console.error(`conformance: ${e.stack ?? e}`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
