// The popup: the verdict for the current tab, the role shares, the top evidence (click to scroll to
// it), per-role toggles and the server's status. Opened with ?tab=ID it shows that tab instead.
import '../shared/messages.js';
import '../shared/settings.js';
import { bodyText, marketText, ordinal, otherJobText, roleName, shareParts, similarText, sourceText, suggestionText } from './view.js';

const { MSG } = globalThis.RoleLens.messages;
const settingsStore = globalThis.RoleLens.settings;
const $ = (id) => document.getElementById(id);

function el(tag, { className, text, ...attrs } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

async function send(message) {
  const reply = await chrome.runtime.sendMessage(message);
  if (!reply?.ok) throw reply?.error ?? { message: 'no reply' };
  return reply;
}

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function showMessage(text, kind = 'error') {
  const box = $('message');
  box.textContent = text;
  box.className = `message ${kind === 'info' ? 'info' : ''}`;
  box.hidden = !text;
}

/** What the header says of a server that answers but refuses us, by the kind of the problem. */
const SERVER_TROUBLE = { auth: 'needs a token', bad_token: 'the token is wrong' };

function renderServer(status) {
  const line = $('server-status');
  line.className = `server ${status.up ? 'up' : 'down'}`;
  line.textContent = status.up ? `Server: ${status.serverUrl}` : `Server: ${SERVER_TROUBLE[status.kind] ?? 'not reachable'}`;
  line.title = status.up ? '' : status.problem;
}

/** Shows a line with its text, or hides it when there is none. */
function showLine(id, text) {
  $(id).textContent = text;
  $(id).hidden = !text;
}

function renderResult(tabId, state, hiddenRoles, colours) {
  const { summary } = state;
  // The colours chosen in options win over the server's, as they do on the page.
  const legend = { ...state.legend, roles: state.legend.roles.map((r) => ({ ...r, colour: colours[r.id] ?? r.colour })) };
  $('result').hidden = false;
  const verdict = $('verdict');
  verdict.textContent = summary.verdict;
  verdict.className = `verdict ${summary.verdict}`;
  $('confusion').textContent = summary.confusionScore === null ? '—' : `${summary.confusionScore} / 100`;
  $('title-role').textContent = summary.titleText ? `${roleName(summary.titleRole, legend)} (“${summary.titleText}”)` : 'no title found';
  $('body-role').textContent = bodyText(summary, legend);
  showLine('suggestion', suggestionText(summary.suggestedTitle));
  showLine('other-job', otherJobText(summary.otherJob) && `Another job's tools and duties: ${otherJobText(summary.otherJob)}`);
  $('summary').textContent = summary.summary ?? '';

  const parts = shareParts(summary.shares, legend);
  const bar = $('share-bar');
  bar.replaceChildren();
  for (const part of parts) {
    if (!part.percent) continue;
    const segment = el('span', { title: `${part.name} ${part.percent}%` });
    segment.style.width = `${part.percent}%`;
    segment.style.background = part.colour;
    bar.append(segment);
  }
  bar.setAttribute('aria-label', `Role shares: ${parts.map((p) => `${p.name} ${p.percent === null ? '—' : `${p.percent}%`}`).join(', ')}`);

  const toggles = $('toggles');
  toggles.replaceChildren();
  for (const part of parts) {
    const box = el('input', { type: 'checkbox', 'data-role': part.id });
    box.checked = !hiddenRoles.includes(part.id);
    box.addEventListener('change', () => toggleRole(tabId));
    const swatch = el('span', { className: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = part.colour;
    toggles.append(el('li', {}, el('label', {}, box, swatch, `${part.label} ${part.percent === null ? '—' : `${part.percent}%`}`)));
  }

  renderMarket(summary.market, legend);

  const list = $('evidence');
  list.replaceChildren();
  for (const item of summary.evidence) {
    const button = el('button', { type: 'button', 'data-role': item.role, text: item.text });
    button.addEventListener('click', () => reveal(tabId, item));
    list.append(el('li', {}, button, el('span', { className: 'role', text: `${legend.roles.find((r) => r.id === item.role)?.label ?? item.role}${item.count > 1 ? ` ×${item.count}` : ''}` })));
  }
  if (summary.evidence.length === 0) list.append(el('li', { className: 'muted', text: 'No phrase carries weight here.' }));
}

/** The market in a sentence or two, a bar at this posting's percentile, and the similar postings. */
function renderMarket(market, legend) {
  const { sentences, percentile } = marketText(market, legend);
  $('market-text').textContent = sentences;
  const bar = $('market-bar');
  bar.hidden = percentile === null;
  if (percentile !== null) {
    bar.firstElementChild.style.width = `${percentile}%`;
    bar.setAttribute('aria-label', `Confusion score at the ${ordinal(percentile)} percentile of postings with the same title role this quarter`);
  }
  const similar = $('market-similar');
  similar.replaceChildren(...(market?.similar ?? []).map((p) => el('li', { text: similarText(p) })));
  similar.hidden = similar.childElementCount === 0;
}

async function toggleRole(tabId) {
  const hiddenRoles = [...document.querySelectorAll('#toggles input')].filter((b) => !b.checked).map((b) => b.dataset.role);
  await chrome.storage.local.set({ hiddenRoles });
  try {
    await chrome.tabs.sendMessage(tabId, { type: MSG.SET_HIDDEN_ROLES, hiddenRoles });
  } catch {
    // the page has no highlights to hide
  }
}

async function reveal(tabId, item) {
  try {
    const reply = await chrome.tabs.sendMessage(tabId, { type: MSG.SCROLL_TO, blockId: item.blockId, start: item.start, end: item.end });
    if (!reply?.found) showMessage('That phrase is no longer on the page.', 'info');
  } catch {
    showMessage('The page is not reachable; reload it and try again.', 'info');
  }
}

async function analyseThisPage(tabId) {
  $('analyse').disabled = true;
  showMessage('Analysing…', 'info');
  try {
    const reply = await send({ type: MSG.ANALYSE_TAB, tabId });
    const status = reply.result?.status;
    if (status === 'no_posting') showMessage('No job posting found on this page.', 'info');
    else if (status === 'disabled') showMessage('RoleLens is turned off for this site; turn it on in Options.', 'info');
    else showMessage('');
  } catch (error) {
    showMessage(`This page cannot be analysed: ${error.message}`);
  }
  $('analyse').disabled = false;
  await refresh(tabId);
}

async function refresh(tabId) {
  const [{ state, site }, server, { hiddenRoles = [] }, settings] = await Promise.all([
    send({ type: MSG.GET_TAB_STATE, tabId }),
    send({ type: MSG.CHECK_SERVER }),
    chrome.storage.local.get('hiddenRoles'),
    settingsStore.load(),
  ]);
  renderServer(server);
  $('analyse').hidden = site?.enabled === false;
  if (site?.enabled === false) {
    $('result').hidden = true;
    $('source').textContent = '';
    const then = settings.autoAnalyse ? '; this page is then analysed at once' : ', then click “Analyse this page”';
    showMessage(`RoleLens is turned off for ${site.name}. To turn it on, click Options, tick ${site.name} under “Job boards” and save${then}.`, 'info');
    return;
  }
  $('source').textContent = sourceText(state?.source);
  if (!server.up && state?.status !== 'done') {
    showMessage(server.problem);
    $('result').hidden = true;
    return;
  }
  if (!state) {
    $('result').hidden = true;
    if (!$('message').textContent) showMessage('No posting analysed on this page yet. Use “Analyse this page” to look for one.', 'info');
    return;
  }
  if (state.status === 'error') {
    $('result').hidden = true;
    showMessage(state.error.message);
  } else if (state.status === 'analysing') {
    showMessage('Analysing…', 'info');
    setTimeout(() => refresh(tabId), 500);
  } else if (state.status === 'done') {
    if ($('message').textContent === 'Analysing…') showMessage('');
    renderResult(tabId, state, hiddenRoles, settings.colours);
  }
}

async function main() {
  const tabId = await targetTab();
  $('options').addEventListener('click', () => chrome.runtime.openOptionsPage());
  $('analyse').addEventListener('click', () => analyseThisPage(tabId));
  if (typeof tabId !== 'number') {
    showMessage('No tab to analyse.');
    return;
  }
  await refresh(tabId);
  document.body.dataset.ready = 'true';
}

main().catch((error) => showMessage(`RoleLens could not start: ${error.message}`));
