// RoleLens background: the service worker in Chromium, the event page in Firefox. Routes messages;
// the only context that talks to the server. Holds no state of its own (chrome.storage does).
import './shared/messages.js';
import './shared/settings.js';
import './content/adapters.js';
import * as server from './worker/server.js';
import * as tabs from './worker/tabs.js';

const { MSG, createRouter } = globalThis.RoleLens.messages;
const settingsStore = globalThis.RoleLens.settings;
const { adapterFor } = globalThis.RoleLens.adapters;

/** The content scripts, in manifest order: injected on demand by "Analyse this page". */
export const CONTENT_FILES = [
  'shared/messages.js', 'shared/settings.js', 'content/jsonld.js', 'content/blocks.js', 'content/adapters.js',
  'content/fallback.js', 'content/highlighter.js', 'content/debounce.js', 'content/main.js',
];

async function legendFor(settings) {
  const cacheKey = `legend:${settings.serverUrl}`;
  const cached = (await chrome.storage.session.get(cacheKey))[cacheKey];
  if (cached) return cached;
  const fresh = await server.legend(settings);
  await chrome.storage.session.set({ [cacheKey]: fresh });
  return fresh;
}

/**
 * What the page in the tab shows ({host, url, pending, shown}, see MSG.SHOWN), or null when no RoleLens
 * content script runs there (another site, or a page still loading).
 */
async function askPage(tabId, { hostOnly = false } = {}) {
  try {
    return (await chrome.tabs.sendMessage(tabId, { type: MSG.SHOWN, hostOnly }, { frameId: 0 })) ?? null;
  } catch {
    return null;
  }
}

/**
 * {id, name} of the supported board the tab shows, or null. The content script runs on every board and
 * names its host; otherwise the tab's URL, readable once the user clicked RoleLens (activeTab).
 */
async function boardOf(tabId) {
  let host = (await askPage(tabId, { hostOnly: true }))?.host;
  if (!host) {
    try {
      host = new URL((await chrome.tabs.get(tabId)).url ?? '').hostname;
    } catch {
      return null;
    }
  }
  const adapter = adapterFor(host);
  return adapter && { id: adapter.id, name: adapter.name };
}

/**
 * After the tab loaded or changed its address, keeps for the popup what its page shows: a single-page
 * board that only changed the address (or a page back from the back/forward cache) still shows its
 * posting; a new page shows none until its content script reports one. Asks the page rather than reading
 * the URL, which would need host permissions for every board.
 */
async function recheck(tabId) {
  const page = await askPage(tabId);
  if (page?.pending) return; // the page is analysing again and will report
  if (page?.shown) await tabs.write(tabId, stateOf(page.shown, page.url));
  // Nothing stored means the badge is clear already: most tabs hold no RoleLens page at all.
  else if (await tabs.read(tabId)) await tabs.forget(tabId);
}

/** The tab state of what a page shows, {title, source} with {analysis, legend} or with the error it met. */
function stateOf({ title, source, analysis, legend, error }, url) {
  return analysis
    ? { status: 'done', source, url, title, summary: tabs.summarise(analysis), legend }
    : { status: 'error', source, url, title, error };
}

/**
 * The saved settings, or, when the message names a server (the options form, before it is saved),
 * that server and token; its URL must pass the check the saved one does.
 */
async function settingsFor({ serverUrl, token }) {
  const saved = await settingsStore.load();
  if (serverUrl === undefined) return saved;
  const typed = settingsStore.withServer(saved, { serverUrl, token });
  if (typed.problem) throw Object.assign(new Error(typed.problem), { kind: 'bad_request' });
  return typed.settings;
}

function senderTab(sender) {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw Object.assign(new Error('this message must come from a page'), { kind: 'bad_sender' });
  return id;
}

const handlers = {
  async [MSG.ANALYZE]({ title, blocks, datePosted, source, url }, sender) {
    const tabId = senderTab(sender);
    const settings = await settingsStore.load();
    await tabs.write(tabId, { status: 'analysing', source, url, title });
    try {
      const [analysis, legend] = await Promise.all([server.analyze(settings, title, blocks, datePosted), legendFor(settings)]);
      await tabs.write(tabId, stateOf({ title, source, analysis, legend }, url));
      return { analysis, legend };
    } catch (error) {
      const problem = { kind: error.kind ?? 'internal', message: error.message };
      await tabs.write(tabId, stateOf({ title, source, error: problem }, url));
      throw problem;
    }
  },

  async [MSG.REPORT]({ title, source, url, analysis, legend }, sender) {
    await tabs.write(senderTab(sender), stateOf({ title, source, analysis, legend }, url));
    return {};
  },

  async [MSG.FORGET](message, sender) {
    await tabs.forget(senderTab(sender));
    return {};
  },

  async [MSG.GET_TAB_STATE]({ tabId }) {
    const [state, settings, site] = await Promise.all([tabs.read(tabId), settingsStore.load(), boardOf(tabId)]);
    return { state, serverUrl: settings.serverUrl, site: site && { ...site, enabled: settings.sites[site.id] } };
  },

  async [MSG.CHECK_SERVER](message) {
    const settings = await settingsFor(message);
    return { serverUrl: settings.serverUrl, ...(await server.health(settings)) };
  },

  async [MSG.GET_LEGEND](message) {
    return { legend: await legendFor(await settingsFor(message)) };
  },

  async [MSG.ANALYSE_TAB]({ tabId }) {
    if (typeof tabId !== 'number') throw Object.assign(new Error(`tabId must be a number, was ${JSON.stringify(tabId)}`), { kind: 'bad_request' });
    await chrome.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
    const reply = await chrome.tabs.sendMessage(tabId, { type: MSG.RUN, force: true });
    if (!reply?.ok) throw reply?.error ?? { kind: 'internal', message: 'the page did not answer' };
    return { result: reply };
  },
};

chrome.runtime.onMessage.addListener(createRouter(handlers, 'worker'));

chrome.tabs.onRemoved.addListener((tabId) => {
  tabs.forget(tabId);
});

chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status) recheck(tabId);
});
