// Introspection round trip against the running gateway: graphql-js's getIntrospectionQuery with every
// option on, POSTed to /graphql, rebuilt with buildClientSchema, validated, and printed (sorted) equal to
// the SDL that GET /graphql?sdl serves (rebuilt with buildSchema).
//
//   node --test tests/conformance/introspection-roundtrip.test.mjs

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  assertValidSchema,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

import { startGateway } from './gateway-process.mjs';

const ALL_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  experimentalDirectiveDeprecation: true,
  oneOf: true,
};

describe('introspection round trip', () => {
  let gateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway?.stop();
  });

  test('the introspection result rebuilds into the schema the SDL download describes', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: getIntrospectionQuery(ALL_OPTIONS), operationName: 'IntrospectionQuery' }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/graphql-response\+json; charset=utf-8$/);
    const result = await response.json();
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));

    const clientSchema = buildClientSchema(result.data);
    assertValidSchema(clientSchema);

    const sdlResponse = await fetch(`${gateway.url}/graphql?sdl`);
    assert.equal(sdlResponse.status, 200);
    assert.equal(sdlResponse.headers.get('content-type'), 'text/plain; charset=utf-8');
    const sdlSchema = buildSchema(await sdlResponse.text());
    assertValidSchema(sdlSchema);

    const fromIntrospection = printSchema(lexicographicSortSchema(clientSchema));
    const fromSdl = printSchema(lexicographicSortSchema(sdlSchema));
    assert.equal(fromIntrospection, fromSdl);
    assert.match(fromSdl, /type Query \{/);
  });

  test('the SDL download prints as graphql-js prints the same schema', async () => {
    const sdl = await (await fetch(`${gateway.url}/graphql?sdl`)).text();
    assert.equal(sdl, `${printSchema(buildSchema(sdl))}\n`);
  });
});
