import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarise } from '../webext/worker/tabs.js';

const base = {
  verdict: 'mismatch', confusionScore: 100, bodyRole: null, confidence: 0, summary: 'The title says Project Manager, but …',
  title: { role: 'project_manager', text: 'Project Manager' },
  profile: { product_manager: 0, project_manager: 1, product_owner: 0, evidence: [] },
  mentions: [],
};

test('keeps the body status, the other job and the suggested title for the popup', () => {
  const otherJob = { cueCount: 3, jobs: [{ id: 'data_analysis', name: 'data analysis and data science', cues: ['SQL', 'Python', 'Tableau'] }] };
  const suggestedTitle = { title: null, reason: 'The body describes another job.' };
  const s = summarise({ ...base, bodyStatus: 'other_job', otherJob, suggestedTitle });
  assert.equal(s.bodyStatus, 'other_job');
  assert.deepEqual(s.otherJob, otherJob);
  assert.deepEqual(s.suggestedTitle, suggestedTitle);
});

test('reads an answer from a server that predates the body status', () => {
  assert.equal(summarise(base).bodyStatus, 'thin');
  assert.equal(summarise({ ...base, bodyRole: 'product_owner' }).bodyStatus, 'ok');
  assert.equal(summarise(base).otherJob, null);
  assert.equal(summarise(base).suggestedTitle, null);
});
