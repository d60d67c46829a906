import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoleLens } from '../test-support/load.js';
import { el } from '../test-support/fakedom.js';

const { largestProse } = RoleLens.fallback;
const para = (n) => el('p', {}, 'Own the roadmap and talk to customers every week. '.repeat(n));

test('picks the element holding the most paragraph text, lists included', () => {
  const posting = el('div', { id: 'posting' }, para(8), el('ul', {}, el('li', {}, para(6).textContent), el('li', {}, para(6).textContent)), para(6));
  const sidebar = el('div', { id: 'side' }, para(1));
  const body = el('body', {}, el('nav', {}, para(10)), posting, sidebar, el('footer', {}, para(10)));
  const guess = largestProse(body);
  assert.equal(guess.root, posting);
  assert.ok(guess.confidence > 0.5 && guess.confidence <= 1, String(guess.confidence));
});

test('is less confident about short text and text spread over many places', () => {
  const short = largestProse(el('body', {}, el('div', {}, para(1))));
  const long = largestProse(el('body', {}, el('div', {}, para(30))));
  const spread = largestProse(el('body', {}, el('div', {}, para(10)), el('div', {}, para(10)), el('div', {}, para(10))));
  assert.ok(short.confidence < long.confidence);
  assert.ok(spread.confidence < long.confidence);
});

test('finds nothing on a page without prose', () => {
  assert.equal(largestProse(el('body', {}, el('p', {}, 'Apply'), el('nav', {}, para(5)))), null);
});
