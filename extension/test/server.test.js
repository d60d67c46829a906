import { test } from 'node:test';
import assert from 'node:assert/strict';
import { health } from '../webext/worker/server.js';

const settings = { serverUrl: 'http://127.0.0.1:7070', token: '', timeoutSeconds: 10 };

/** A fetch that answers /health with 200 and the API with apiStatus, and records what it was asked. */
function fakeServer(t, apiStatus) {
  const asked = [];
  t.mock.method(globalThis, 'fetch', async (url, init) => {
    asked.push({ path: new URL(url).pathname, method: init.method ?? 'GET', authorization: init.headers.Authorization });
    const status = url.endsWith('/health') ? 200 : apiStatus;
    return new Response(init.method === 'HEAD' ? null : '{}', { status });
  });
  return asked;
}

test('a server that answers /health but needs a token is not reported up', async (t) => {
  const asked = fakeServer(t, 401);
  const reply = await health(settings);
  assert.equal(reply.up, false);
  assert.equal(reply.kind, 'auth');
  assert.match(reply.problem, /needs a token: set the token the server was started with \(its --token option, or the ROLELENS_TOKEN environment variable\)/);
  assert.deepEqual(asked.map((a) => `${a.method} ${a.path}`), ['GET /health', 'HEAD /api/v1/lexicon']);
});

test('a wrong token is told apart from a missing one', async (t) => {
  const asked = fakeServer(t, 401);
  const reply = await health({ ...settings, token: 'nope' });
  assert.equal(reply.kind, 'bad_token');
  assert.match(reply.problem, /the token is wrong/);
  assert.equal(asked[1].authorization, 'Bearer nope');
});

test('a server that takes the token is up', async (t) => {
  fakeServer(t, 200);
  assert.deepEqual(await health({ ...settings, token: 's3cret' }), { up: true });
});
