import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../webext/content/highlighter.js';

const { Highlighter } = globalThis.RoleLens;
const { tooltipPosition } = Highlighter;

const view = { width: 1000, height: 800 };
const tip = { width: 340, height: 120 };

test('places the tooltip below its phrase when there is room', () => {
  assert.deepEqual(tooltipPosition({ left: 100, top: 200, bottom: 220 }, tip, view), { left: 100, top: 228 });
});

test('flips the tooltip above a phrase near the bottom of the window', () => {
  assert.deepEqual(tooltipPosition({ left: 100, top: 740, bottom: 760 }, tip, view), { left: 100, top: 740 - 8 - 120 });
});

test('keeps the tooltip inside the window on the right and on the left', () => {
  assert.equal(tooltipPosition({ left: 900, top: 200, bottom: 220 }, tip, view).left, 1000 - 340 - 8);
  assert.equal(tooltipPosition({ left: -50, top: 200, bottom: 220 }, tip, view).left, 8);
});

test('a tooltip taller than the room on both sides goes where there is more room, inside the window', () => {
  const tall = { width: 340, height: 500 };
  assert.equal(tooltipPosition({ left: 0, top: 300, bottom: 320 }, tall, view).top, 328);
  assert.equal(tooltipPosition({ left: 0, top: 500, bottom: 520 }, tall, view).top, 8);
});

/** A document that keeps the listeners added to it (and to its window) until their signal aborts. */
function fakeDocument() {
  const listeners = new Set();
  const target = {
    addEventListener(type, _fn, options) {
      const entry = { type };
      listeners.add(entry);
      options?.signal?.addEventListener('abort', () => listeners.delete(entry));
    },
  };
  return { listeners, doc: { ...target, defaultView: { ...target }, querySelector: () => null } };
}

test('disposing a highlighter removes its listeners and its tooltip', () => {
  const { listeners, doc } = fakeDocument();
  const h = new Highlighter(doc, { mode: 'wrap' });
  h.listen();
  h.listen();
  assert.equal(listeners.size, 5);
  let removed = false;
  h.tooltip = { hidden: false, remove: () => (removed = true) };
  h.dispose();
  assert.equal(listeners.size, 0);
  assert.ok(removed);
  assert.equal(h.tooltip, null);
});

test('"auto" draws as "wrap" in a browser without the CSS highlight API, so nothing is rebuilt', () => {
  const { doc } = fakeDocument();
  const auto = new Highlighter(doc, { mode: 'auto' });
  assert.equal(auto.useApi, false);
  assert.ok(auto.drawsAs('auto'));
  assert.ok(auto.drawsAs('wrap'));
});

test('"auto" and "wrap" draw differently where the API is', (t) => {
  globalThis.CSS = { highlights: new Map() };
  globalThis.Highlight = class {};
  t.after(() => {
    delete globalThis.CSS;
    delete globalThis.Highlight;
  });
  const { doc } = fakeDocument();
  const auto = new Highlighter(doc, { mode: 'auto' });
  assert.equal(auto.useApi, true);
  assert.ok(auto.drawsAs('auto'));
  assert.ok(!auto.drawsAs('wrap'));
  assert.ok(new Highlighter(doc, { mode: 'wrap' }).drawsAs('wrap'));
});
