// Settings: defaults in one place, validation, and chrome.storage access. Nothing is kept in
// globals; every reader goes to chrome.storage.local.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.settings) return;

  /** The boards with a site adapter, in the order the options page lists them. */
  const SITES = Object.freeze([
    ['linkedin', 'LinkedIn'], ['indeed', 'Indeed'], ['greenhouse', 'Greenhouse'], ['lever', 'Lever'],
    ['workday', 'Workday'], ['ashby', 'Ashby'], ['smartrecruiters', 'SmartRecruiters'],
    ['glassdoor', 'Glassdoor'], ['wellfound', 'Wellfound'],
  ]);

  const DEFAULTS = Object.freeze({
    serverUrl: 'http://127.0.0.1:7070',
    token: '',
    autoAnalyse: true,
    sites: Object.freeze(Object.fromEntries(SITES.map(([id]) => [id, true]))),
    /** Role id → '#rrggbb'; empty uses the server's lexicon colours. */
    colours: Object.freeze({}),
    /** 'auto' uses the CSS Custom Highlight API when present; 'wrap' always wraps in elements. */
    highlightMode: 'auto',
    timeoutSeconds: 10,
  });

  const KEY = 'settings';
  /** The seconds "Give up after" may be set to, both ends included. */
  const TIMEOUT_RANGE = Object.freeze({ min: 1, max: 120 });
  const COLOUR = /^#[0-9a-f]{6}$/i;
  // Role ids come from the server's lexicon; any id of that shape may carry a colour.
  const ROLE_ID = /^[a-z][a-z_]{0,39}$/;
  // The only network call is the worker's fetch to the RoleLens server on this computer: the manifest's
  // host_permissions name only http://127.0.0.1 and http://localhost, so only those URLs can work.
  const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

  /** The settings merged over the defaults, every field validated; bad fields fall back to defaults. */
  function normalise(stored) {
    const s = stored && typeof stored === 'object' ? stored : {};
    const serverUrl = checkServerUrl(s.serverUrl).url ?? DEFAULTS.serverUrl;
    const sites = { ...DEFAULTS.sites };
    for (const [id] of SITES) if (s.sites && typeof s.sites[id] === 'boolean') sites[id] = s.sites[id];
    const colours = {};
    const given = s.colours && typeof s.colours === 'object' ? s.colours : {};
    for (const [role, colour] of Object.entries(given)) if (ROLE_ID.test(role) && COLOUR.test(colour ?? '')) colours[role] = colour.toLowerCase();
    return {
      serverUrl,
      token: typeof s.token === 'string' ? s.token.trim() : '',
      autoAnalyse: typeof s.autoAnalyse === 'boolean' ? s.autoAnalyse : DEFAULTS.autoAnalyse,
      sites,
      colours,
      highlightMode: s.highlightMode === 'wrap' ? 'wrap' : 'auto',
      timeoutSeconds: checkTimeout(s.timeoutSeconds).seconds ?? DEFAULTS.timeoutSeconds,
    };
  }

  /** {url} (normalised, no trailing slash) for a usable local server URL, else {problem}. */
  function checkServerUrl(value) {
    if (typeof value !== 'string' || !value.trim()) return { problem: 'Give the server URL, such as http://127.0.0.1:7070.' };
    let url;
    try {
      url = new URL(value.trim());
    } catch {
      return { problem: `"${value}" is not a URL; give one such as http://127.0.0.1:7070.` };
    }
    if (url.protocol !== 'http:') return { problem: `The server URL must start with http:// (the RoleLens server on this computer speaks plain HTTP), not ${url.protocol}//.` };
    if (!LOCAL_HOSTS.has(url.hostname)) return { problem: `RoleLens only talks to a server on this computer (127.0.0.1 or localhost), not ${url.hostname}.` };
    return { url: `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}` };
  }

  /** {seconds} for a timeout within TIMEOUT_RANGE, else {problem} naming the range. */
  function checkTimeout(value) {
    const seconds = typeof value === 'string' && !value.trim() ? NaN : Number(value);
    if (Number.isFinite(seconds) && seconds >= TIMEOUT_RANGE.min && seconds <= TIMEOUT_RANGE.max) return { seconds };
    return { problem: `Give up after: give a number of seconds from ${TIMEOUT_RANGE.min} to ${TIMEOUT_RANGE.max}, not ${JSON.stringify(String(value ?? ''))}.` };
  }

  /**
   * The settings to test a connection with: the saved ones with the server URL and token typed in the
   * options form, the URL checked as checkServerUrl checks it. {settings} or {problem}.
   */
  function withServer(saved, { serverUrl, token }) {
    const check = checkServerUrl(serverUrl);
    if (check.problem) return { problem: check.problem };
    return { settings: normalise({ ...saved, serverUrl: check.url, token }) };
  }

  async function load(storage = globalThis.chrome?.storage?.local) {
    const stored = await storage.get(KEY);
    return normalise(stored[KEY]);
  }

  async function save(settings, storage = globalThis.chrome?.storage?.local) {
    const clean = normalise(settings);
    await storage.set({ [KEY]: clean });
    return clean;
  }

  ns.settings = Object.freeze({ SITES, DEFAULTS, KEY, TIMEOUT_RANGE, normalise, checkServerUrl, checkTimeout, withServer, load, save });
})();
