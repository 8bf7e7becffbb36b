// Reference side of the differential conformance harness: runs cases through
// graphql-js (the reference implementation) with the resolution rules of the
// conformance contract (see README.md):
//
//   * schema built from SDL with buildSchema();
//   * root value (query and mutation) = the whole JSON document of data.json;
//   * fields resolve with graphql-js's defaultFieldResolver (the parent JSON
//     object's property named after the field, not the alias);
//   * abstract types resolve with graphql-js's default type resolver, which
//     reads the JSON object's "__typename";
//   * a field whose name starts with "echo" returns its coerced argument
//     values as JSON text with object keys sorted (recursively), no
//     whitespace.
//
// Results are plain JSON values (GraphQLError objects are serialized through
// their toJSON), exactly what the C# runner is expected to print per line.

import { buildSchema, defaultFieldResolver, graphql } from 'graphql';

/**
 * JSON text of `value` with object keys sorted (recursively, by UTF-16 code
 * unit order, i.e. JavaScript's default Array.prototype.sort) and no
 * whitespace. Follows JSON.stringify for everything else: object properties
 * whose value is undefined are left out, undefined list items become null,
 * numbers print as JavaScript prints them (1e+21, 1e-7, -0 as 0).
 *
 * Built by hand rather than by re-creating sorted objects, because JavaScript
 * objects always enumerate integer-like keys ("2", "10") first.
 */
export function stableStringify(value) {
  const text = serialize(value);
  return text === undefined ? 'null' : text;
}

function serialize(value) {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    return undefined;
  }
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  if (typeof value.toJSON === 'function') {
    return serialize(value.toJSON());
  }
  if (Array.isArray(value)) {
    return '[' + value.map((item) => serialize(item) ?? 'null').join(',') + ']';
  }
  const parts = [];
  for (const key of Object.keys(value).sort()) {
    const text = serialize(value[key]);
    if (text !== undefined) {
      parts.push(JSON.stringify(key) + ':' + text);
    }
  }
  return '{' + parts.join(',') + '}';
}

/** The contract's field resolver: echo* fields, else graphql-js's default. */
export function conformanceFieldResolver(source, args, contextValue, info) {
  if (info.fieldName.startsWith('echo')) {
    return stableStringify(args);
  }
  return defaultFieldResolver(source, args, contextValue, info);
}

/** Normalizes a graphql-js ExecutionResult into plain JSON values. */
export function toPlainResult(result) {
  return JSON.parse(JSON.stringify(result));
}

/**
 * Runs every case against graphql-js.
 * @param {string} schemaSdl  SDL text of the suite's schema
 * @param {unknown} data      parsed data.json (the root value)
 * @param {{query: string, variables?: object|null, operationName?: string|null}[]} cases
 * @returns {Promise<object[]>} one plain-JSON GraphQL response per case, in order
 */
export async function runReference(schemaSdl, data, cases) {
  const schema = buildSchema(schemaSdl);
  const results = [];
  for (const testCase of cases) {
    const result = await graphql({
      schema,
      source: testCase.query,
      rootValue: data,
      variableValues: testCase.variables ?? undefined,
      operationName: testCase.operationName ?? undefined,
      fieldResolver: conformanceFieldResolver,
    });
    results.push(toPlainResult(result));
  }
  return results;
}
