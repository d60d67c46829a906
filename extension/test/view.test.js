import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyText, marketText, MIN_MARKET_POSTINGS, otherJobText, roleName, shareParts, similarText, sourceText, suggestionText } from '../webext/popup/view.js';

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

const dataJob = { cueCount: 4, jobs: [
  { id: 'data_analysis', name: 'data analysis and data science', cues: ['SQL', 'Python', 'Tableau'] },
  { id: 'sales', name: 'sales', cues: ['cold calling'] },
] };

test('says what the body reads as: its role, another job by name, or why no role is called', () => {
  assert.equal(bodyText({ bodyRole: 'product_owner', bodyStatus: 'ok' }, legend), 'Product Owner');
  assert.equal(bodyText({ bodyRole: null, bodyStatus: 'other_job', otherJob: dataJob }, legend), 'another job (data analysis and data science)');
  assert.equal(bodyText({ bodyRole: null, bodyStatus: 'not_english' }, legend), 'not English');
  assert.equal(bodyText({ bodyRole: null, bodyStatus: 'thin' }, legend), 'not enough evidence');
  assert.equal(bodyText({ bodyRole: null }, legend), 'not enough evidence');
});

test('gives the title that fits the body with its reason, or says no role title fits', () => {
  assert.equal(suggestionText({ title: 'Senior Product Owner', reason: 'The duties are mostly ordering the backlog.' }),
    'Title that fits the body: Senior Product Owner. The duties are mostly ordering the backlog.');
  assert.equal(suggestionText({ title: null, reason: 'The body describes another job.' }),
    'No role title fits the body. The body describes another job.');
  assert.equal(suggestionText(null), '');
});

test('lists another job\'s tools and duties per job', () => {
  assert.equal(otherJobText(dataJob), 'data analysis and data science: SQL, Python, Tableau; sales: cold calling');
  assert.equal(otherJobText(null), '');
});

test('puts the market in plain sentences with the percentile for the bar', () => {
  const market = { quarter: '2025Q3', titleRole: 'product_manager', postings: 412, readAsAnotherRole: 0.1893, flagged: 0.2354, percentile: 91, similar: [] };
  assert.deepEqual(marketText(market, legend), {
    sentences: 'Of 412 postings titled Product Manager in 2025Q3, 19% read as another role and 24% were flagged mixed or mismatch. Its confusion score is at the 91st percentile of theirs (the 50th is a typical one).',
    percentile: 91,
  });
  assert.equal(marketText({ ...market, percentile: null }, legend).sentences.includes('percentile'), false);
  assert.match(marketText({ ...market, percentile: 1 }, legend).sentences, /the 1st percentile/);
  assert.match(marketText({ ...market, percentile: 12 }, legend).sentences, /the 12th percentile/);
  assert.match(marketText({ ...market, percentile: 23 }, legend).sentences, /the 23rd percentile/);
  assert.equal(marketText({ ...market, quarter: null, postings: 0 }, legend).sentences,
    'The index holds no dated posting titled Product Manager: nothing to compare this one with.');
});

test('says plainly when there is no index or too few postings to compare with', () => {
  assert.match(marketText(null, legend).sentences, /no index of postings.*--index DIR/);
  assert.equal(marketText(null, legend).percentile, null);
  const few = { quarter: '2026Q1', titleRole: 'product_owner', postings: MIN_MARKET_POSTINGS - 1, readAsAnotherRole: 0.1, flagged: 0.2, percentile: 40, similar: [] };
  assert.deepEqual(marketText(few, legend), { sentences: 'The index holds only 19 postings titled Product Owner in 2026Q1: too few to compare this one with.', percentile: null });
  assert.match(marketText({ ...few, postings: 0 }, legend).sentences, /holds no posting titled/);
});

test('names a similar posting with its company, quarter and verdict', () => {
  assert.equal(similarText({ id: '1', title: 'Product Owner', company: 'Loomwork', quarter: '2025Q2', verdict: 'consistent' }), 'Product Owner — Loomwork (2025Q2, consistent)');
  assert.equal(similarText({ id: '2', title: 'PM', company: '', quarter: '', verdict: 'unclear' }), 'PM (unclear)');
});
