import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoleLens } from '../test-support/load.js';

const { normalise, checkServerUrl, DEFAULTS, load, save, KEY } = RoleLens.settings;

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
