import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleName, shareParts, sourceText } from '../webext/popup/view.js';

const legend = { roles: [
  { id: 'product_manager', displayName: 'Product Manager', label: 'PdM', colour: '#0072B2' },
  { id: 'product_owner', displayName: 'Product Owner', label: 'PO', colour: '#009E73' },
] };

test('names roles from the legend, then from the title roles, then from the id', () => {
  assert.equal(roleName('product_owner', legend), 'Product Owner');
  assert.equal(roleName('scrum_master', legend), 'Scrum Master');
  assert.equal(roleName('chief_cat_herder', legend), 'chief cat herder');
  assert.equal(roleName(null, legend), 'not enough evidence');
});

test('rounds shares to percents and keeps thin evidence as null', () => {
  assert.deepEqual(shareParts({ product_manager: 0.234, product_owner: 0.766 }, legend).map((p) => p.percent), [23, 77]);
  assert.deepEqual(shareParts({ product_manager: null, product_owner: null }, legend).map((p) => p.percent), [null, null]);
});

test('says where the posting came from, with the fallback confidence', () => {
  assert.match(sourceText({ method: 'jsonld' }), /JobPosting data/);
  assert.match(sourceText({ method: 'adapter', adapter: 'lever', name: 'Lever' }), /Lever page layout/);
  assert.match(sourceText({ method: 'fallback', confidence: 0.634 }), /confidence 63%/);
  assert.equal(sourceText(null), '');
});
