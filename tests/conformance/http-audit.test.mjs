// The GraphQL-over-HTTP audit of the graphql-http package (auditServer) against the running gateway:
// every MUST and every SHOULD audit has to pass; MAY audits are reported (a failing one is a TODO).
//
//   node --test tests/conformance/http-audit.test.mjs

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { auditServer, serverAudits } from 'graphql-http';

import { startGateway } from './gateway-process.mjs';

const LEVELS = ['MUST', 'SHOULD', 'MAY'];

describe('graphql-http server audit (GraphQL over HTTP)', () => {
  let gateway;
  let results = [];

  before(async () => {
    gateway = await startGateway();
    results = await auditServer({ url: `${gateway.url}/graphql` });
    const summary = LEVELS.map((level) => {
      const ofLevel = results.filter((r) => r.name.startsWith(`${level} `));
      return `${level} ${ofLevel.filter((r) => r.status === 'ok').length}/${ofLevel.length}`;
    });
    const passed = results.filter((r) => r.status === 'ok').length;
    console.log(`graphql-http audit of ${gateway.url}/graphql: ${summary.join(', ')} passed (${passed}/${results.length} in all)`);
  });

  after(async () => {
    await gateway?.stop();
  });

  test('the audit ran every check', () => {
    assert.ok(results.length >= 50, `only ${results.length} audits ran`);
  });

  // One test per audit, named after it: serverAudits lists them without sending anything.
  for (const { id, name } of serverAudits({ url: 'http://127.0.0.1:9/unused' })) {
    const level = name.split(' ')[0];
    test(`${id} ${name}`, async (t) => {
      const result = results.find((r) => r.id === id);
      assert.ok(result, `audit ${id} did not run`);
      if (result.status === 'ok') return;
      const detail = `${result.status}: ${result.reason}\n${await describeResponse(result.response)}`;
      if (level === 'MAY') {
        t.todo(`optional audit failed (${detail})`);
        return;
      }
      assert.fail(detail);
    });
  }
});

async function describeResponse(response) {
  if (!response) return '(no response)';
  let body;
  try {
    body = await response.clone().text();
  } catch {
    body = '(body already read)';
  }
  return `HTTP ${response.status} ${response.headers.get('content-type') ?? ''}\n${body}`;
}
