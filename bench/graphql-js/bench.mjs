// Times graphql-js 16 on the same documents as bench/GraphQL.Benchmarks (parse, validate, execute).
//   npm ci --prefix bench/graphql-js && node bench/graphql-js/bench.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const documents = join(dirname(fileURLToPath(import.meta.url)), '..', 'GraphQL.Benchmarks', 'Documents');
const read = (name) => readFileSync(join(documents, name), 'utf8');

const schema = buildSchema(read('schema.graphql'));
const data = JSON.parse(read('data.json'));
const texts = { Introspection: read('introspection.graphql'), FiftyFields: read('fifty-fields.graphql') };
const parsed = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, parse(text)]));

function time(name, fn) {
  for (let i = 0; i < 2000; i++) fn();
  let iterations = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < 3_000_000_000n) {
    for (let i = 0; i < 200; i++) fn();
    iterations += 200;
    elapsed = process.hrtime.bigint() - start;
  }
  const micros = Number(elapsed) / 1000 / iterations;
  console.log(`${name.padEnd(28)} ${micros.toFixed(2).padStart(10)} us/op`);
  return micros;
}

console.log(`graphql-js ${version}, node ${process.version}`);
for (const [name, text] of Object.entries(texts)) {
  time(`Parse${name}`, () => parse(text));
  time(`Validate${name}`, () => validate(schema, parsed[name]));
  time(`Execute${name}`, () => execute({ schema, document: parsed[name], rootValue: data }));
}
