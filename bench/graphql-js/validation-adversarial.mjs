// Times graphql-js 16's validate on the adversarial documents of the validation tests, for comparison
// with bench/GraphQL.Benchmarks/ValidationAdversarialBenchmarks.cs (same schema, same documents).
//   npm ci --prefix bench/graphql-js && node bench/graphql-js/validation-adversarial.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, version } from 'graphql';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = readFileSync(join(root, 'tests', 'GraphQL.Tests', 'Validation', 'PetsSchema.cs'), 'utf8');
const sdl = /public const string Sdl = """\n([\s\S]*?)\n\s*""";/.exec(source)[1];
const schema = buildSchema(sdl);

const repeat = (count, text) => Array.from({ length: count }, (_, i) => text(i)).join('');
const documents = {
  ManyAliases: `{ dog { ${repeat(10000, (i) => `a${i}: name `)}} }`,
  RepeatedField: `{ dog { ${repeat(10000, () => 'name ')}} }`,
  NestedFragments: `query Nested { dog { ...F0 } }\n${repeat(500, (i) => `fragment F${i} on Dog { mother { ...F${i + 1} } }\n`)}fragment F500 on Dog { name }\n`,
  FragmentCycle: `query Cycle { dog { ...F0 } }\n${repeat(1000, (i) => `fragment F${i} on Dog { name ...F${(i + 1) % 1000} }\n`)}`,
  LargeNestedListArgument: (() => {
    let text = '{ complicatedArgs { stringListArgField(stringListArg: [';
    while (text.length < 1024 * 1024) text += '["x"], ';
    return text + ']) } }';
  })(),
};

console.log(`graphql-js ${version}, node ${process.version}`);
for (const [name, text] of Object.entries(documents)) {
  const document = parse(text, { maxTokens: 1_000_000 });
  let errors = validate(schema, document);
  const start = process.hrtime.bigint();
  let iterations = 0;
  while (Number(process.hrtime.bigint() - start) < 2e9 || iterations < 3) {
    errors = validate(schema, document);
    iterations++;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / iterations;
  console.log(`${name.padEnd(26)} ${ms.toFixed(3).padStart(10)} ms/op  ${errors.length} error(s)${errors.length ? ': ' + errors[errors.length - 1].message.slice(0, 60) : ''}`);
}
