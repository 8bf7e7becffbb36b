// Regenerates the graphql-js expectations stored beside this script:
//   node generate.js /path/to/node_modules/graphql
// kitchen-sink-*.printed.graphql: graphql-js print() of the kitchen sinks.
// differential-cases.json: inputs (hand-written error cases and seeded mutations of small valid documents)
// with graphql-js's outcome: the printed document, or the syntax error's message and location.
'use strict';
const fs = require('fs');
const path = require('path');
const { parse, print } = require(process.argv[2] || 'graphql');

for (const name of ['kitchen-sink-query', 'kitchen-sink-schema']) {
  const source = fs.readFileSync(path.join(__dirname, name + '.graphql'), 'utf8');
  fs.writeFileSync(path.join(__dirname, name + '.printed.graphql'), print(parse(source)));
}

const handWritten = JSON.parse(fs.readFileSync(path.join(__dirname, 'differential-inputs.json'), 'utf8'));

const seeds = [
  'query Q($a: Int = 1, $b: [String!]! @d) @x { a: f(x: 1.5e3, y: "s\\n\\u00e9", z: [1, {k: V}]) { ...F ... on T { g } } }',
  'fragment F on T @dir(a: $v) { f(arg: """block\n  text""") }',
  '"desc" type T implements & A & B @d(x: 1) { "f" f("a" a: Int = 2 @d): [T!]! }',
  'extend schema @a { query: Q } extend type T implements I { f: Int } extend union U = | A | B',
  'directive @d("arg" x: Int) repeatable on | FIELD | OBJECT enum E { A B @d } input I { a: Int = -0 }',
  'scalar S @d interface I implements J { f: S } extend enum E @d extend input I { b: [I] }',
  '{ a(x: "é 🚀 \\u{1F680} \\uD83D\\uDE00") # comment é\n b }',
  '"""\n  Block\n    desc\n"""\nschema { query: Query mutation: M subscription: S }',
  'subscription S($v: [[Int!]]! = [[1], [2, 3]]) { f(x: {a: {b: [$v]}}) @skip(if: true) }',
  '"d" query Q("vd" $a: Int) { a } "fd" fragment G on T { b }',
];

// A small deterministic PRNG (mulberry32).
let state = 0x5eed1234;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const alphabet = Array.from(
  '{}()[]:=@$!&|.,"\\ \n\r\t#_-+aAzZ019eE\'?' + '\u00e9\u20ac\u{1F680}\u0000\u0007\u00a0\ufeff' + 'uUnrbtf',
);

function mutate(source) {
  let chars = Array.from(source); // code points: never splits a surrogate pair
  const steps = 1 + Math.floor(random() * 3);
  for (let s = 0; s < steps; s++) {
    const i = Math.floor(random() * (chars.length + 1));
    switch (Math.floor(random() * 6)) {
      case 0: chars.splice(i, 1); break;
      case 1: if (i < chars.length) chars.splice(i, 0, chars[i]); break;
      case 2: if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]]; break;
      case 3: chars.splice(i, 0, pick(alphabet)); break;
      case 4: chars = chars.slice(0, i); break;
      default: chars.splice(i, 1, pick(alphabet)); break;
    }
  }
  return chars.join('');
}

function outcome(source) {
  try {
    return { source, printed: print(parse(source)) };
  } catch (error) {
    if (!error.locations) throw error;
    return {
      source,
      // JSON readers refuse lone surrogates (an escape cut in half by graphql-js's slice): spell them out.
      message: error.message
        .replace(/^Syntax Error: /, '')
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
          (c) => '<U+' + c.charCodeAt(0).toString(16).toUpperCase() + '>'),
      line: error.locations[0].line,
      column: error.locations[0].column,
    };
  }
}

// Changes that keep a document valid: ignored tokens added between tokens.
function pad(source) {
  const chars = Array.from(source);
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 0; s < steps; s++) {
    const i = Math.floor(random() * (chars.length + 1));
    const before = chars[i - 1] || ' ';
    if (/[A-Za-z0-9_"\\.]/.test(before) || /[A-Za-z0-9_"\\.]/.test(chars[i] || ' ')) continue;
    chars.splice(i, 0, pick([' ', ',', '\n', '\r\n', '\t', '# \u00e9\u{1F680}\n', '\ufeff']));
  }
  return chars.join('');
}

const kitchenSinks = ['kitchen-sink-query', 'kitchen-sink-schema'].map((name) =>
  fs.readFileSync(path.join(__dirname, name + '.graphql'), 'utf8'),
);

const cases = handWritten.map(outcome);
for (const seed of seeds) cases.push(outcome(seed));
for (let n = 0; n < 1500; n++) cases.push(outcome(mutate(pick(seeds))));
for (let n = 0; n < 300; n++) cases.push(outcome(pad(pick(seeds))));
for (let n = 0; n < 120; n++) {
  const result = outcome(mutate(pick(kitchenSinks)));
  if (result.message !== undefined) cases.push(result);
}
fs.writeFileSync(path.join(__dirname, 'differential-cases.json'), JSON.stringify(cases, null, 1) + '\n');
console.log(cases.length + ' cases, ' + cases.filter((c) => c.printed !== undefined).length + ' valid');
