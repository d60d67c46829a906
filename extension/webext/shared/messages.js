// Message types and the one router shape every RoleLens context uses. A classic script that also
// loads as an ES module (it only adds to globalThis.RoleLens), so content scripts, the worker, the
// popup and node tests share one definition.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.messages) return;

  /** Every message RoleLens sends, by name. Senders and receivers use these, never string literals. */
  const MSG = Object.freeze({
    /** content → worker: {title, blocks: [{id, text}], datePosted, source, url} → {analysis, legend} */
    ANALYZE: 'rolelens/analyze',
    /** content → worker: {title, source, url, analysis, legend}: a posting shown again from the page's cache. */
    REPORT: 'rolelens/report',
    /** content → worker: {}: the page shows no analysis any more (its board was turned off). */
    FORGET: 'rolelens/forget',
    /** popup → worker: {tabId} → {state, serverUrl, site: {id, name, enabled} | null} */
    GET_TAB_STATE: 'rolelens/get-tab-state',
    /**
     * popup/options → worker: {serverUrl?, token?} → {up, serverUrl, kind?, problem?}: the saved server, or
     * the one named (the options form before it is saved), with its token on an API call.
     */
    CHECK_SERVER: 'rolelens/check-server',
    /** options → worker: {serverUrl?, token?} → {legend}: the server's roles (id, name, colour, underline, label), fails when it cannot answer. */
    GET_LEGEND: 'rolelens/get-legend',
    /** popup → worker: {tabId}: inject the content scripts into that tab and analyse it. */
    ANALYSE_TAB: 'rolelens/analyse-tab',
    /**
     * worker → content: {hostOnly} → {host, url, pending, shown}: what the page shows now (shown: {title,
     * source, analysis, legend} or {title, source, error}, or null), and whether it is about to analyse
     * again; with hostOnly, {host} alone.
     */
    SHOWN: 'rolelens/shown',
    /** worker → content: {force}: find the posting and analyse it now. */
    RUN: 'rolelens/run',
    /** popup → content: {blockId, start, end}: scroll to that highlight and explain it. */
    SCROLL_TO: 'rolelens/scroll-to',
    /** popup → content: {hiddenRoles: [roleId]}: show only the other roles' highlights. */
    SET_HIDDEN_ROLES: 'rolelens/set-hidden-roles',
  });

  /**
   * Builds a runtime.onMessage listener that dispatches on message.type to handlers[type](message,
   * sender), which may return a value or a promise. Replies {ok: true, ...result} or {ok: false,
   * error: {kind, message}}. A message with a type this context does not handle fails loudly.
   */
  function createRouter(handlers, context) {
    const known = new Set(Object.values(MSG));
    return (message, sender, sendResponse) => {
      const type = message && message.type;
      const handler = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
      if (typeof handler !== 'function') {
        const why = known.has(type) ? `${context} does not handle ${type}` : `unknown message type ${JSON.stringify(type)}`;
        console.error(`RoleLens ${context}: ${why}`);
        sendResponse({ ok: false, error: { kind: 'unhandled_message', message: why } });
        return false;
      }
      Promise.resolve()
        .then(() => handler(message, sender))
        .then(
          (result) => sendResponse({ ok: true, ...(result ?? {}) }),
          (error) => sendResponse({ ok: false, error: toError(error) }),
        );
      return true; // the reply comes asynchronously
    };
  }

  /** A plain, cloneable {kind, message} from anything thrown. */
  function toError(error) {
    if (error && typeof error === 'object' && typeof error.kind === 'string') {
      return { kind: error.kind, message: String(error.message ?? error.kind) };
    }
    return { kind: 'internal', message: String(error && error.message ? error.message : error) };
  }

  ns.messages = Object.freeze({ MSG, createRouter, toError });
})();
