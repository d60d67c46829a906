import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RoleLens } from '../test-support/load.js';

const { ADAPTERS, adapterFor } = RoleLens.adapters;
const manifest = JSON.parse(readFileSync(new URL('../webext/manifest.json', import.meta.url), 'utf8'));

const EXAMPLES = {
  linkedin: 'www.linkedin.com', indeed: 'uk.indeed.com', greenhouse: 'job-boards.greenhouse.io', lever: 'jobs.lever.co',
  workday: 'acme.wd5.myworkdayjobs.com', ashby: 'jobs.ashbyhq.com', smartrecruiters: 'jobs.smartrecruiters.com',
  glassdoor: 'www.glassdoor.com', wellfound: 'wellfound.com',
};

function hostMatches(pattern, host) {
  const h = pattern.match(/^[^:]+:\/\/([^/]+)\//)[1];
  if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
  return host === h;
}

test('every board has an adapter and an example host it claims', () => {
  assert.deepEqual(ADAPTERS.map((a) => a.id).sort(), Object.keys(EXAMPLES).sort());
  for (const [id, host] of Object.entries(EXAMPLES)) assert.equal(adapterFor(host)?.id, id, host);
});

test('every board host is in the manifest content-script matches and host permissions', () => {
  const matches = manifest.content_scripts[0].matches;
  for (const host of Object.values(EXAMPLES)) {
    assert.ok(matches.some((p) => hostMatches(p, host)), `content script matches ${host}`);
    assert.ok(manifest.host_permissions.some((p) => hostMatches(p, host)), `host permission for ${host}`);
  }
});

test('no adapter claims look-alike hosts', () => {
  for (const host of ['linkedin.com.evil.test', 'notindeed.com', 'greenhouse.io', 'jobs.lever.co.evil.test', 'example.com']) {
    assert.equal(adapterFor(host), null, host);
  }
});

test('the manifest asks for nothing beyond storage, activeTab and scripting', () => {
  assert.deepEqual(manifest.permissions.sort(), ['activeTab', 'scripting', 'storage']);
  assert.ok(!manifest.host_permissions.includes('<all_urls>'));
  assert.ok(manifest.background.service_worker && manifest.background.scripts && manifest.browser_specific_settings.gecko.id);
});

test('the content scripts the worker injects are the ones the manifest declares', async () => {
  const source = readFileSync(new URL('../webext/background.js', import.meta.url), 'utf8');
  const listed = source.match(/CONTENT_FILES = \[([^\]]+)\]/)[1].match(/'[^']+'/g).map((s) => s.slice(1, -1));
  assert.deepEqual(listed, manifest.content_scripts[0].js);
});
