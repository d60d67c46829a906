import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoleLens } from '../test-support/load.js';
import { el } from '../test-support/fakedom.js';

const { collectBlocks, locate, pieces, fingerprint, postingKey } = RoleLens.blocks;

const posting = () =>
  el('div', {},
    el('h2', {}, 'About the role'),
    el('p', {}, 'You will ', el('strong', {}, 'own the product ', el('em', {}, 'backlog')), ' and write user stories.'),
    el('ul', {}, el('li', {}, 'Run sprint\nplanning'), el('li', {}, 'Track milestones')),
    el('p', {}, 'First line', el('br'), 'Second line'),
    el('script', {}, 'var x = "not prose";'),
    el('p', { hidden: '' }, 'hidden text'),
    el('p', { 'aria-hidden': 'true' }, 'decoration'),
    el('p', {}, '   '));

test('collects one block per paragraph, list item and line, in page order', () => {
  const blocks = collectBlocks([posting()]);
  assert.deepEqual(blocks.map((b) => b.text), [
    'About the role',
    'You will own the product backlog and write user stories.',
    'Run sprint planning',
    'Track milestones',
    'First line',
    'Second line',
  ]);
  assert.deepEqual(blocks.map((b) => b.id), ['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
});

test('turns whitespace into spaces one for one, so offsets stay those of the text nodes', () => {
  const block = collectBlocks([posting()])[2];
  assert.equal(block.text, 'Run sprint planning');
  assert.equal(block.segments[0].node.data, 'Run sprint\nplanning');
});

test('maps a span crossing inline tags to the right text nodes and offsets', () => {
  const block = collectBlocks([posting()])[1];
  const start = block.text.indexOf('own the product backlog');
  const end = start + 'own the product backlog'.length;
  const points = locate(block.segments, start, end);
  assert.equal(points.startNode.data, 'own the product ');
  assert.equal(points.startOffset, 0);
  assert.equal(points.endNode.data, 'backlog');
  assert.equal(points.endOffset, 7);
  const cut = pieces(block.segments, start, end);
  assert.deepEqual(cut.map((p) => p.node.data.slice(p.start, p.end)), ['own the product ', 'backlog']);
});

test('a span ending exactly at a text node boundary ends in that node, not the next', () => {
  const block = collectBlocks([posting()])[1];
  const end = 'You will '.length;
  const points = locate(block.segments, 0, end);
  assert.equal(points.endNode.data, 'You will ');
  assert.equal(points.endOffset, end);
});

test('every span of a block maps back to exactly its text', () => {
  const block = collectBlocks([posting()])[1];
  for (let start = 0; start < block.text.length; start++) {
    for (let end = start + 1; end <= block.text.length; end++) {
      const joined = pieces(block.segments, start, end).map((p) => p.node.data.slice(p.start, p.end)).join('');
      assert.equal(joined, block.text.slice(start, end), `[${start}, ${end})`);
    }
  }
});

test('spans outside the block or empty map to nothing', () => {
  const block = collectBlocks([posting()])[1];
  assert.equal(locate(block.segments, 5, 5), null);
  assert.equal(locate(block.segments, -1, 3), null);
  assert.equal(locate(block.segments, 0, block.text.length + 1), null);
  assert.equal(locate(block.segments, 1.5, 3), null);
  assert.deepEqual(pieces(block.segments, 0, 999), []);
});

test('offsets count UTF-16 code units, as the server does', () => {
  const block = collectBlocks([el('p', {}, '🚀 Own the ', el('b', {}, 'roadmap'))])[0];
  const start = block.text.indexOf('Own');
  assert.equal(start, 3);
  const points = locate(block.segments, start, block.text.length);
  assert.equal(points.startOffset, 3);
  assert.equal(points.endNode.data, 'roadmap');
});

test('several roots give separate blocks even when their text would run together', () => {
  const blocks = collectBlocks([el('span', {}, 'Own the'), el('span', {}, 'roadmap')]);
  assert.deepEqual(blocks.map((b) => b.text), ['Own the', 'roadmap']);
});

test('fingerprints tell different postings apart and ignore whitespace layout', () => {
  assert.equal(fingerprint('abc'), fingerprint('abc'));
  assert.notEqual(fingerprint('abc'), fingerprint('abd'));
  const a = postingKey('PM', [{ text: 'Own  the\nroadmap' }]);
  assert.equal(a, postingKey(' PM ', [{ text: 'Own the roadmap' }]));
  assert.notEqual(a, postingKey('PO', [{ text: 'Own the roadmap' }]));
  assert.notEqual(postingKey('PM', [{ text: 'a' }, { text: 'b' }]), postingKey('PM', [{ text: 'a b' }]));
});
