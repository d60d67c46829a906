import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoleLens } from '../test-support/load.js';

const { MSG, createRouter } = RoleLens.messages;

function dispatch(router, message) {
  return new Promise((resolve) => {
    const keptOpen = router(message, { tab: { id: 7 } }, resolve);
    resolve.keptOpen = keptOpen;
  });
}

test('message types are unique and namespaced', () => {
  const values = Object.values(MSG);
  assert.equal(new Set(values).size, values.length);
  for (const v of values) assert.match(v, /^rolelens\/[a-z-]+$/);
  assert.ok(Object.isFrozen(MSG));
});

test('routes to the handler for the type, with the sender, and wraps its result', async () => {
  const router = createRouter({ [MSG.CHECK_SERVER]: (message, sender) => ({ up: true, tab: sender.tab.id, echo: message.x }) }, 'test');
  assert.deepEqual(await dispatch(router, { type: MSG.CHECK_SERVER, x: 1 }), { ok: true, up: true, tab: 7, echo: 1 });
});

test('awaits async handlers and turns their failures into {kind, message}', async () => {
  const router = createRouter({
    [MSG.ANALYZE]: async () => {
      throw Object.assign(new Error('The RoleLens server is not running'), { kind: 'down' });
    },
    [MSG.RUN]: async () => {
      throw new TypeError('boom');
    },
  }, 'test');
  assert.deepEqual(await dispatch(router, { type: MSG.ANALYZE }), { ok: false, error: { kind: 'down', message: 'The RoleLens server is not running' } });
  assert.deepEqual(await dispatch(router, { type: MSG.RUN }), { ok: false, error: { kind: 'internal', message: 'boom' } });
});

test('fails on unknown types and on known types this context does not handle', async (t) => {
  t.mock.method(console, 'error', () => {});
  const router = createRouter({ [MSG.RUN]: () => ({}) }, 'content script');
  const unknown = await dispatch(router, { type: 'rolelens/nope' });
  assert.equal(unknown.ok, false);
  assert.equal(unknown.error.kind, 'unhandled_message');
  assert.match(unknown.error.message, /unknown message type "rolelens\/nope"/);
  const unhandled = await dispatch(router, { type: MSG.ANALYZE });
  assert.match(unhandled.error.message, /content script does not handle rolelens\/analyze/);
  assert.equal((await dispatch(router, null)).ok, false);
  assert.equal((await dispatch(router, { type: 'toString' })).ok, false, 'inherited names are not handlers');
});
