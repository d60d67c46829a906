import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoleLens } from '../test-support/load.js';

const { normalise, checkServerUrl, checkTimeout, withServer, DEFAULTS, load, save, KEY } = RoleLens.settings;

test('fills every missing or bad field with its default', () => {
  assert.deepEqual(normalise(undefined), { ...DEFAULTS, sites: { ...DEFAULTS.sites }, colours: {} });
  const s = normalise({ serverUrl: 'http://evil.example:7070', timeoutSeconds: 0, highlightMode: 'blink', colours: { product_owner: 'red', product_manager: '#ABCDEF' }, sites: { indeed: false, linkedin: 'no' } });
  assert.equal(s.serverUrl, DEFAULTS.serverUrl);
  assert.equal(s.timeoutSeconds, DEFAULTS.timeoutSeconds);
  assert.equal(s.highlightMode, 'auto');
  assert.deepEqual(s.colours, { product_manager: '#abcdef' });
  assert.equal(s.sites.indeed, false);
  assert.equal(s.sites.linkedin, true);
});

test('accepts only local server URLs, without a trailing slash', () => {
  assert.deepEqual(checkServerUrl('http://127.0.0.1:8080/'), { url: 'http://127.0.0.1:8080' });
  assert.deepEqual(checkServerUrl(' http://localhost:7070 '), { url: 'http://localhost:7070' });
  assert.match(checkServerUrl('http://192.168.1.5:7070').problem, /this computer/);
  assert.match(checkServerUrl('ftp://127.0.0.1').problem, /http/);
  // Only what the manifest's host_permissions cover can be reached: plain HTTP to 127.0.0.1 or localhost.
  assert.match(checkServerUrl('https://127.0.0.1:7070').problem, /plain HTTP/);
  assert.match(checkServerUrl('http://[::1]:7070').problem, /this computer/);
  assert.match(checkServerUrl('not a url').problem, /not a URL/);
  assert.match(checkServerUrl('').problem, /Give the server URL/);
});

test('saves normalised settings under one key and loads them back', async () => {
  const data = {};
  const storage = { get: async (k) => ({ [k]: data[k] }), set: async (o) => Object.assign(data, o) };
  await save({ serverUrl: 'http://127.0.0.1:9999/', token: ' t ', autoAnalyse: false }, storage);
  assert.equal(data[KEY].serverUrl, 'http://127.0.0.1:9999');
  const loaded = await load(storage);
  assert.equal(loaded.token, 't');
  assert.equal(loaded.autoAnalyse, false);
});

test('refuses a timeout out of range, naming the range, and keeps one within it', () => {
  for (const bad of ['300', '0.5', '0', '', 'ten', undefined]) {
    assert.match(checkTimeout(bad).problem ?? '', /from 1 to 120/, String(bad));
  }
  assert.deepEqual(checkTimeout('120'), { seconds: 120 });
  assert.deepEqual(checkTimeout(1), { seconds: 1 });
  assert.equal(normalise({ timeoutSeconds: 300 }).timeoutSeconds, DEFAULTS.timeoutSeconds);
});

test('tests the server and token typed in the form, checking the URL as saving does', () => {
  const saved = normalise({ serverUrl: 'http://127.0.0.1:7070', token: 'old', timeoutSeconds: 5 });
  const { settings } = withServer(saved, { serverUrl: 'http://localhost:8080/', token: ' new ' });
  assert.deepEqual(settings, { ...saved, serverUrl: 'http://localhost:8080', token: 'new' });
  assert.equal(withServer(saved, { serverUrl: 'http://localhost:8080', token: undefined }).settings.token, '');
  assert.deepEqual(withServer(saved, { serverUrl: 'http://evil.example:7070', token: 't' }), checkServerUrl('http://evil.example:7070'));
});
