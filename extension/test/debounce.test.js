import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../webext/content/debounce.js';

const { debounce } = globalThis.RoleLens;

test('runs once the changes have been quiet for a while', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  let runs = 0;
  const d = debounce(() => runs++, { quietMs: 400, mostMs: 2000 });
  d.poke();
  t.mock.timers.tick(300);
  d.poke();
  t.mock.timers.tick(399);
  assert.equal(runs, 0);
  assert.equal(d.pending(), true);
  t.mock.timers.tick(1);
  assert.equal(runs, 1);
  assert.equal(d.pending(), false);
});

test('a page that changes every 200 ms is still run, at most the upper bound after the first change', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  let runs = 0;
  const d = debounce(() => runs++, { quietMs: 400, mostMs: 2000 });
  for (let elapsed = 0; elapsed < 2000; elapsed += 200) {
    d.poke();
    t.mock.timers.tick(200);
  }
  assert.equal(runs, 1);
  // The bound starts again from the next change.
  for (let elapsed = 0; elapsed < 1800; elapsed += 200) {
    d.poke();
    t.mock.timers.tick(200);
  }
  assert.equal(runs, 1);
  t.mock.timers.tick(400);
  assert.equal(runs, 2);
});

test('cancel drops the waiting run', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
  let runs = 0;
  const d = debounce(() => runs++, { quietMs: 400, mostMs: 2000 });
  d.poke();
  d.cancel();
  t.mock.timers.tick(5000);
  assert.equal(runs, 0);
});
