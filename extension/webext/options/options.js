// The options page: reads and writes the settings in chrome.storage.local through shared/settings.js.
import '../shared/messages.js';
import '../shared/settings.js';

const { MSG } = globalThis.RoleLens.messages;
const store = globalThis.RoleLens.settings;
const $ = (id) => document.getElementById(id);
const DEFAULT_COLOURS = { product_manager: '#0072b2', project_manager: '#d55e00', product_owner: '#009e73' };
const ROLE_NAMES = { product_manager: 'Product Manager', project_manager: 'Project Manager', product_owner: 'Product Owner' };

function build() {
  for (const [id, name] of store.SITES) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.dataset.site = id;
    const label = document.createElement('label');
    label.append(box, name);
    const li = document.createElement('li');
    li.append(label);
    $('sites').append(li);
  }
  for (const role of store.ROLES) {
    const input = document.createElement('input');
    input.type = 'color';
    input.dataset.role = role;
    const label = document.createElement('label');
    label.append(input, ROLE_NAMES[role]);
    const li = document.createElement('li');
    li.append(label);
    $('colours').append(li);
  }
}

function fill(s) {
  $('server-url').value = s.serverUrl;
  $('token').value = s.token;
  $('timeout').value = String(s.timeoutSeconds);
  $('auto').checked = s.autoAnalyse;
  $('mode').value = s.highlightMode;
  for (const box of document.querySelectorAll('[data-site]')) box.checked = s.sites[box.dataset.site];
  for (const input of document.querySelectorAll('[data-role]')) input.value = s.colours[input.dataset.role] ?? DEFAULT_COLOURS[input.dataset.role];
}

function read() {
  const colours = {};
  for (const input of document.querySelectorAll('[data-role]')) {
    if (input.value.toLowerCase() !== DEFAULT_COLOURS[input.dataset.role]) colours[input.dataset.role] = input.value;
  }
  return {
    serverUrl: $('server-url').value,
    token: $('token').value,
    timeoutSeconds: Number($('timeout').value),
    autoAnalyse: $('auto').checked,
    highlightMode: $('mode').value,
    sites: Object.fromEntries([...document.querySelectorAll('[data-site]')].map((b) => [b.dataset.site, b.checked])),
    colours,
  };
}

function say(id, text, isError = false) {
  $(id).textContent = text;
  $(id).className = isError ? 'error' : '';
}

async function save(event) {
  event.preventDefault();
  const wanted = read();
  const check = store.checkServerUrl(wanted.serverUrl);
  if (check.problem) {
    say('saved', check.problem, true);
    $('server-url').focus();
    return;
  }
  fill(await store.save(wanted));
  say('saved', 'Saved.');
}

async function test() {
  say('test-result', 'Checking…');
  const reply = await chrome.runtime.sendMessage({ type: MSG.CHECK_SERVER });
  if (reply?.ok && reply.up) say('test-result', `The server at ${reply.serverUrl} answers.`);
  else say('test-result', reply?.problem ?? reply?.error?.message ?? 'No answer.', true);
}

build();
store.load().then((s) => {
  fill(s);
  document.body.dataset.ready = 'true';
});
$('form').addEventListener('submit', save);
$('test').addEventListener('click', test);
