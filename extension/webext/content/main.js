// The content script: finds the posting (JSON-LD, then the board's adapter, then the largest block of
// prose), asks the worker to analyse its text blocks, and highlights the answer. Follows single-page
// boards with a MutationObserver and navigation events, debounced, and never sends the same text twice.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.main) return; // injected twice (declared, then on demand): one instance is enough
  const { MSG, createRouter } = ns.messages;
  const { collectBlocks, locate, pieces, postingKey } = ns.blocks;

  const DEBOUNCE_MS = 400;
  /** A page that keeps changing (a live counter or clock) is analysed at least this long after a change. */
  const MOST_WAIT_MS = 2000;
  const CACHE_SIZE = 20;

  const state = {
    key: null,
    blocks: [],
    roots: [],
    running: false,
    rerun: false,
    observer: null,
    /** posting key → {analysis, legend}: postings seen before are shown again without a server call */
    cache: new Map(),
    highlighter: null,
    /** What the page shows and the worker keeps for the tab: {title, source, analysis, legend} or {title, source, error}. */
    shown: null,
    /** Whether the page is followed and analysed on its own (auto-analyse, or asked once through the popup). */
    active: false,
  };

  const pageTitle = () =>
    document.querySelector('meta[property="og:title"]')?.content?.trim() || document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() || document.title;

  function htmlToText(html) {
    // DOMParser documents are inert: no scripts run, nothing loads.
    let text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
    if (/<[a-z][^>]*>/i.test(text)) text = new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
    return text;
  }

  /** The smallest element whose text holds the JSON-LD description's start and end. */
  function findRootForText(text) {
    const flat = text.replace(/\s+/g, '');
    if (flat.length < 40) return null;
    const head = flat.slice(0, 30);
    const tail = flat.slice(-30);
    let best = null;
    let bestLength = Infinity;
    for (const el of [document.body, ...document.body.querySelectorAll('article, main, section, div, td')]) {
      const raw = el.textContent;
      if (raw.length < flat.length || raw.length >= bestLength) continue;
      const own = raw.replace(/\s+/g, '');
      if (own.includes(head) && own.includes(tail) && own.length < bestLength) {
        best = el;
        bestLength = raw.length;
      }
    }
    return best;
  }

  function detect() {
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent);
    const posting = ns.jsonld.extractJobPosting(scripts);
    const adapter = ns.adapters.adapterFor(location.hostname);
    const fromAdapter = adapter ? ns.adapters.findPosting(document, adapter) : null;
    if (posting) {
      const text = htmlToText(posting.descriptionHtml);
      const root = findRootForText(text);
      const datePosted = ns.jsonld.isoDate(posting.datePosted);
      if (root) return { title: posting.title || fromAdapter?.title || pageTitle(), roots: [root], datePosted, source: { method: 'jsonld', adapter: adapter?.id ?? null } };
      if (!fromAdapter) return { title: posting.title || pageTitle(), text, datePosted, source: { method: 'jsonld', adapter: adapter?.id ?? null, textOnly: true } };
    }
    if (fromAdapter) return { title: fromAdapter.title || pageTitle(), roots: fromAdapter.roots, source: { method: 'adapter', adapter: adapter.id, name: adapter.name } };
    if (adapter) return null; // a board page with no posting on it (yet)
    const guess = ns.fallback.largestProse(document.body);
    if (!guess) return null;
    return { title: pageTitle(), roots: [guess.root], source: { method: 'fallback', adapter: null, confidence: guess.confidence } };
  }

  const isHidden = (el) => {
    if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
    const style = getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden';
  };
  const isBlock = (el) => {
    if (ns.blocks.BLOCK_TAGS.has(el.tagName)) return true;
    const display = getComputedStyle(el).display;
    return display !== 'inline' && display !== 'contents' && !display.startsWith('inline');
  };

  async function analyse(force = false) {
    if (state.running) {
      state.rerun = true;
      return { status: 'busy' };
    }
    state.running = true;
    try {
      return await analyseOnce(force);
    } finally {
      state.running = false;
      if (state.rerun) {
        state.rerun = false;
        schedule();
      }
    }
  }

  /**
   * No posting on the page (a single-page board moved on to a list, say): the worker forgets what the
   * page showed before, so the popup does not give an old posting's verdict for the new address.
   */
  function noPosting() {
    if (state.shown) {
      state.shown = null;
      state.key = null;
      chrome.runtime.sendMessage({ type: MSG.FORGET }).catch(() => {});
    }
    return { status: 'no_posting' };
  }

  async function analyseOnce(force) {
    const found = detect();
    if (!found) return noPosting();
    const blocks = found.roots
      ? collectBlocks(found.roots, { isBlock, isHidden })
      : [{ id: 'jsonld', text: found.text.replace(/\s/g, ' '), segments: [] }];
    if (blocks.length === 0) return noPosting();
    const key = postingKey(found.title, blocks);
    if (key === state.key && !force && highlighter().alive()) return { status: 'unchanged' };
    state.key = key;
    state.blocks = blocks;
    const payload = { title: found.title, source: found.source, url: location.href };
    let result = state.cache.get(key);
    if (result) {
      state.shown = { ...payload, ...result };
      await chrome.runtime.sendMessage({ type: MSG.REPORT, ...payload, ...result });
    } else {
      const reply = await chrome.runtime.sendMessage({
        type: MSG.ANALYZE, ...payload, datePosted: found.datePosted ?? null, blocks: blocks.map(({ id, text }) => ({ id, text })),
      });
      if (state.key !== key) return { status: 'superseded' };
      if (!reply || !reply.ok) {
        // Server down, slow or refusing: leave the page as it is (and drop a previous posting's marks).
        highlighter().clear();
        state.key = null;
        const error = reply?.error ?? { kind: 'internal', message: 'no reply from the worker' };
        state.shown = { ...payload, error };
        return { status: 'error', error };
      }
      result = { analysis: reply.analysis, legend: reply.legend };
      state.shown = { ...payload, ...result };
      state.cache.set(key, result);
      if (state.cache.size > CACHE_SIZE) state.cache.delete(state.cache.keys().next().value);
    }
    const count = await draw(result, blocks);
    return { status: 'highlighted', highlights: count };
  }

  async function draw({ analysis, legend }, blocks) {
    const settings = await ns.settings.load();
    const { hiddenRoles = [] } = await chrome.storage.local.get('hiddenRoles');
    const index = new Map(blocks.map((b, i) => [b.id, i]));
    const mentions = [];
    for (const mention of analysis.mentions) {
      if (mention.field !== 'body' || !index.has(mention.blockId)) continue;
      const block = blocks[index.get(mention.blockId)];
      const points = locate(block.segments, mention.start, mention.end);
      if (!points) continue;
      mentions.push({ mention, points, pieces: pieces(block.segments, mention.start, mention.end), blockIndex: index.get(mention.blockId) });
    }
    const h = highlighter(settings.highlightMode);
    return h.show(mentions, { legend, colours: settings.colours, hiddenRoles });
  }

  function highlighter(mode) {
    if (!state.highlighter || (mode && !state.highlighter.drawsAs(mode))) {
      state.highlighter?.dispose();
      state.highlighter = new ns.Highlighter(document, { mode: mode ?? 'auto' });
    }
    return state.highlighter;
  }

  const debounced = ns.debounce(() => analyse(false).catch((e) => console.error(`RoleLens: ${e} ${e?.stack ?? ''}`)), {
    quietMs: DEBOUNCE_MS, mostMs: MOST_WAIT_MS,
  });

  function schedule() {
    if (state.active) debounced.poke();
    else debounced.cancel();
  }

  function follow() {
    if (state.observer) return;
    state.observer = new MutationObserver((records) => {
      // Our own tooltip and style changes are not the page changing.
      if (records.every((r) => isOurs(r.target) || [...r.addedNodes].every(isOurs))) return;
      schedule();
    });
    state.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    addEventListener('popstate', schedule);
    addEventListener('hashchange', schedule);
    globalThis.navigation?.addEventListener?.('navigatesuccess', schedule);
  }

  function isOurs(node) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!el && (el.tagName === 'ROLELENS-TOOLTIP' || el.tagName === 'STYLE' && el.hasAttribute('data-rolelens') || !!el.closest?.('rolelens-tooltip'));
  }

  chrome.runtime.onMessage.addListener(
    createRouter(
      {
        [MSG.RUN]: async ({ force }) => {
          const settings = await ns.settings.load();
          if (!siteEnabled(settings)) return { status: 'disabled' };
          state.active = true;
          follow();
          return analyse(Boolean(force));
        },
        [MSG.SCROLL_TO]: ({ blockId, start, end }) => ({ found: highlighter().reveal(blockId, start, end) }),
        [MSG.SET_HIDDEN_ROLES]: ({ hiddenRoles }) => {
          highlighter().setHiddenRoles(hiddenRoles ?? []);
          return {};
        },
        // The tab loaded or changed its address: a single-page board keeps showing its posting.
        // hostOnly: the popup asks which board this is on every refresh; the analysis need not travel.
        [MSG.SHOWN]: ({ hostOnly }) => (hostOnly ? { host: location.hostname } : {
          host: location.hostname, url: location.href, shown: state.shown, pending: state.running || debounced.pending(),
        }),
      },
      'content script',
    ),
  );

  /** Whether the user left this board turned on; pages on no supported board are always allowed. */
  function siteEnabled(settings) {
    const adapter = ns.adapters.adapterFor(location.hostname);
    return adapter ? settings.sites[adapter.id] : true;
  }

  /** Takes the highlights off and stops following the page; the worker forgets its verdict and badge. */
  function stop() {
    state.active = false;
    debounced.cancel();
    state.key = null;
    state.shown = null;
    state.highlighter?.dispose();
    state.highlighter = null;
    chrome.runtime.sendMessage({ type: MSG.FORGET }).catch(() => {});
  }

  /** Draws the posting again, from the page's cache when it was analysed before (new colours, token or mode). */
  function redo() {
    state.key = null;
    schedule();
  }

  // Settings apply at once: a board turned off is cleaned up, turned on is analysed, and a new
  // colour, mode, server or token redraws what is shown.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes[ns.settings.KEY]) return;
    const settings = ns.settings.normalise(changes[ns.settings.KEY].newValue);
    if (!siteEnabled(settings)) {
      if (state.active || state.key) stop();
      return;
    }
    if (state.active || (settings.autoAnalyse && ns.adapters.adapterFor(location.hostname))) {
      state.active = true;
      follow();
      redo();
    }
  });

  // A page restored from the back/forward cache kept its highlights, but the worker forgot the tab
  // when it navigated away: report the posting again (from the page's cache, no server call).
  addEventListener('pageshow', (event) => {
    if (event.persisted && state.active) redo();
  });

  ns.main = { analyse, detect, state };

  ns.settings.load().then((settings) => {
    if (settings.autoAnalyse && siteEnabled(settings) && document.body) {
      state.active = true;
      follow();
      schedule();
    }
  });
})();
