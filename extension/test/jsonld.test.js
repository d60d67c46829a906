import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoleLens } from '../test-support/load.js';

const { extractJobPosting, findJobPostings, isoDate } = RoleLens.jsonld;
const posting = (extra = {}) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Product Manager', description: '<p>Own the backlog.</p>', ...extra });

test('finds a plain JobPosting with its title, description, organisation and date', () => {
  const found = extractJobPosting([posting({ hiringOrganization: { '@type': 'Organization', name: 'Acme' }, datePosted: '2025-08-14T09:00:00Z' })]);
  assert.deepEqual(found, { title: 'Product Manager', descriptionHtml: '<p>Own the backlog.</p>', organisation: 'Acme', datePosted: '2025-08-14T09:00:00Z' });
  assert.equal(extractJobPosting([posting()]).datePosted, '');
});

test('finds a JobPosting inside @graph, arrays and nested objects', () => {
  const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Careers' }, { '@type': ['Thing', 'JobPosting'], name: 'Product Owner', description: 'Write user stories.' }] });
  assert.equal(extractJobPosting([graph]).title, 'Product Owner');
  const nested = JSON.stringify([{ '@type': 'WebPage', mainEntity: { '@type': 'http://schema.org/JobPosting', title: 'PM', description: 'x' } }]);
  assert.equal(extractJobPosting([nested]).title, 'PM');
});

test('skips broken JSON and postings without a description, keeping later good ones', () => {
  const found = findJobPostings(['{ not json', posting({ description: '' }), posting({ title: 'Second' })]);
  assert.equal(found.length, 1);
  assert.equal(found[0].title, 'Second');
});

test('returns null when the page has no JobPosting', () => {
  assert.equal(extractJobPosting([JSON.stringify({ '@type': 'Organization', name: 'Acme', description: 'We make things.' })]), null);
  assert.equal(extractJobPosting([]), null);
});

test('tolerates HTML comment wrappers and names in place of titles', () => {
  const found = extractJobPosting([`<!-- ${JSON.stringify({ '@type': 'JobPosting', name: 'Project Manager', description: 'Plan.' })} -->`]);
  assert.equal(found.title, 'Project Manager');
});

test('rejects look-alike types', () => {
  assert.equal(extractJobPosting([posting({ '@type': 'JobPostingDraft' })]), null);
});

test('sends the market a posting date only when it is a real day', () => {
  assert.equal(isoDate('2025-08-14T09:00:00Z'), '2025-08-14');
  assert.equal(isoDate('2024-02-29'), '2024-02-29');
  assert.equal(isoDate('2026-02-30'), null);
  assert.equal(isoDate('2026-13-01'), null);
  assert.equal(isoDate('14/08/2025'), null);
  assert.equal(isoDate(''), null);
  assert.equal(isoDate(undefined), null);
});
