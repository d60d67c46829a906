// The options page: reads and writes the settings in chrome.storage.local through shared/settings.js.
import '../shared/messages.js';
import '../shared/settings.js';

const { MSG } = globalThis.RoleLens.messages;
const store = globalThis.RoleLens.settings;
const $ = (id) => document.getElementById(id);
// Role names and default colours come from the server's lexicon (GET /api/v1/lexicon, through the
// worker), the one place they are defined; without an answer the colour pickers wait for one. Each
// picker keeps its role's server colour in data-server-colour.
let savedColours = {};
let savedServerUrl = '';

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
}

/** A colour picker per role of the server's legend, or a note when the server does not answer. */
async function buildColours(server = {}) {
  const reply = await chrome.runtime.sendMessage({ type: MSG.GET_LEGEND, ...server });
  $('colours').replaceChildren();
  if (!reply?.ok) {
    const note = document.createElement('li');
    note.className = 'hint';
    note.textContent = 'The role colours come from the server’s lexicon: they can be changed once the server answers'
      + ` (${reply?.error?.message ?? 'no answer'}).`;
    $('colours').append(note);
    return;
  }
  for (const role of reply.legend.roles) {
    const input = document.createElement('input');
    input.type = 'color';
    input.dataset.role = role.id;
    input.dataset.serverColour = role.colour.toLowerCase();
    const label = document.createElement('label');
    label.append(input, role.displayName);
    const li = document.createElement('li');
    li.append(label);
    $('colours').append(li);
  }
}

function fill(s) {
  savedServerUrl = s.serverUrl;
  $('server-url').value = s.serverUrl;
  $('token').value = s.token;
  $('timeout').value = String(s.timeoutSeconds);
  $('auto').checked = s.autoAnalyse;
  $('mode').value = s.highlightMode;
  for (const box of document.querySelectorAll('[data-site]')) box.checked = s.sites[box.dataset.site];
  savedColours = s.colours;
  showColours();
}

function read() {
  // Without pickers (the server did not answer) the colours saved before stay as they were.
  const pickers = [...document.querySelectorAll('[data-role]')];
  const colours = pickers.length === 0 ? { ...savedColours } : {};
  for (const input of pickers) {
    if (input.value.toLowerCase() !== input.dataset.serverColour) colours[input.dataset.role] = input.value;
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

/** The first field the form would save wrongly, as {field, problem}, or null. */
function invalid(wanted) {
  const url = store.checkServerUrl(wanted.serverUrl);
  if (url.problem) return { field: 'server-url', problem: url.problem };
  const timeout = store.checkTimeout($('timeout').value);
  if (timeout.problem) return { field: 'timeout', problem: timeout.problem };
  return null;
}

async function save(event) {
  event.preventDefault();
  const wanted = read();
  const bad = invalid(wanted);
  if (bad) {
    say('saved', bad.problem, true);
    $(bad.field).focus();
    return;
  }
  fill(await store.save(wanted));
  say('saved', 'Saved.');
  await coloursOnceTheServerAnswers();
}

/** Tests the server URL and token typed in the form, saved or not. */
async function test() {
  say('test-result', 'Checking…');
  const typed = { serverUrl: $('server-url').value, token: $('token').value };
  const reply = await chrome.runtime.sendMessage({ type: MSG.CHECK_SERVER, ...typed });
  if (reply?.ok && reply.up) {
    say('test-result', `The server at ${reply.serverUrl} answers${reply.serverUrl === savedServerUrl ? '' : ' (not saved yet)'}.`);
    await coloursOnceTheServerAnswers(typed);
  } else {
    say('test-result', reply?.problem ?? reply?.error?.message ?? 'No answer.', true);
  }
}

/** The colour pickers, when the page opened while the saved server did not answer. */
async function coloursOnceTheServerAnswers(server = {}) {
  if (document.querySelector('[data-role]')) return;
  await buildColours(server);
  showColours();
}

function showColours() {
  for (const input of document.querySelectorAll('[data-role]')) input.value = savedColours[input.dataset.role] ?? input.dataset.serverColour;
}

build();
Promise.all([buildColours(), store.load()]).then(([, s]) => {
  fill(s);
  document.body.dataset.ready = 'true';
});
$('form').addEventListener('submit', save);
$('test').addEventListener('click', test);
