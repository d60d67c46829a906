import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RoleLens } from '../test-support/load.js';

const { ADAPTERS, adapterFor, hostMatches, matchPatterns } = RoleLens.adapters;
const manifest = JSON.parse(readFileSync(new URL('../webext/manifest.json', import.meta.url), 'utf8'));

/** The hosts the boards really serve postings on (issue 17), each with the board it belongs to. */
const REAL_HOSTS = {
  linkedin: ['www.linkedin.com', 'au.linkedin.com', 'uk.linkedin.com', 'de.linkedin.com', 'in.linkedin.com', 'ca.linkedin.com', 'fr.linkedin.com'],
  indeed: ['www.indeed.com', 'uk.indeed.com', 'au.indeed.com', 'ca.indeed.com', 'de.indeed.com', 'in.indeed.com', 'fr.indeed.com'],
  glassdoor: [
    'www.glassdoor.com', 'www.glassdoor.co.uk', 'www.glassdoor.ca', 'www.glassdoor.com.au', 'www.glassdoor.co.in', 'www.glassdoor.de',
    'www.glassdoor.fr', 'www.glassdoor.nl', 'www.glassdoor.es', 'www.glassdoor.it', 'www.glassdoor.com.br', 'nl.glassdoor.be',
  ],
  greenhouse: ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'],
  lever: ['jobs.lever.co', 'jobs.eu.lever.co'],
  workday: ['acme.wd5.myworkdayjobs.com', 'bah.wd1.myworkdayjobs.com', 'wd3.myworkdaysite.com', 'wd1.myworkdaysite.com'],
  smartrecruiters: ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'],
  ashby: ['jobs.ashbyhq.com'],
  wellfound: ['wellfound.com', 'www.wellfound.com'],
};

/** Whether a manifest match pattern covers a host, as the browser reads it. */
function patternMatches(pattern, host) {
  const h = pattern.match(/^[^:]+:\/\/([^/]+)\//)[1];
  if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
  return host === h;
}

test('every board has an adapter, and each of its real hosts finds it', () => {
  assert.deepEqual(ADAPTERS.map((a) => a.id).sort(), Object.keys(REAL_HOSTS).sort());
  for (const [id, hosts] of Object.entries(REAL_HOSTS)) {
    for (const host of hosts) assert.equal(adapterFor(host)?.id, id, host);
  }
});

test('the manifest matches are exactly the adapter table, and host permissions only the local server', () => {
  assert.deepEqual(manifest.content_scripts[0].matches, matchPatterns(), 'content_scripts[0].matches: copy matchPatterns() from adapters.js');
  // The only network call is the worker's fetch to the server; content scripts run through matches, and
  // "Analyse this page" through activeTab.
  assert.deepEqual(manifest.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*'], 'host_permissions');
});

test('every real host is covered by the content script matches, and by no host permission', () => {
  for (const host of Object.values(REAL_HOSTS).flat()) {
    assert.ok(manifest.content_scripts[0].matches.some((p) => patternMatches(p, host)), `content script matches ${host}`);
    assert.ok(!manifest.host_permissions.some((p) => patternMatches(p, host)), `no host permission for ${host}`);
  }
});

test('the table reads wildcards as the browser does', () => {
  assert.ok(hostMatches('*.indeed.com', 'indeed.com'));
  assert.ok(hostMatches('*.indeed.com', 'uk.indeed.com'));
  assert.ok(!hostMatches('*.indeed.com', 'notindeed.com'));
  assert.ok(!hostMatches('jobs.lever.co', 'eu.jobs.lever.co'));
});

test('no adapter claims look-alike hosts', () => {
  for (const host of ['linkedin.com.evil.test', 'notindeed.com', 'greenhouse.io', 'jobs.lever.co.evil.test', 'example.com', 'glassdoor.com.evil.test', 'myworkdaysite.com.evil.test']) {
    assert.equal(adapterFor(host), null, host);
  }
});

test('no board asks for every host or a whole top-level domain', () => {
  for (const pattern of matchPatterns()) assert.match(pattern, /^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/, pattern);
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
