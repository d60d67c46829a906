// Draws role highlights over a posting and explains them in a tooltip. Prefers the CSS Custom
// Highlight API, which leaves the page's DOM alone; falls back to wrapping each piece of a phrase
// in a <rolelens-mark> element. All text goes in through textContent.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.Highlighter) return;

  const PREFIX = 'rolelens-';
  const HEX = /^#[0-9a-f]{6}$/i;
  /** The one tooltip's id: each wrapped phrase names it in aria-describedby. */
  const TOOLTIP_ID = 'rolelens-tooltip';
  /** Pixels between the tooltip and its phrase, and between it and the edges of the window. */
  const GAP = 8;

  function tint(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }

  function rectContains(rect, x, y) {
    return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  /**
   * {left, top} of a tooltip of this {width, height} for the phrase's rect in a view of this {width,
   * height}: below the phrase, above it when there is no room below (and more above), and inside the view.
   */
  function tooltipPosition(phrase, tip, view) {
    const left = Math.max(GAP, Math.min(phrase.left, view.width - tip.width - GAP));
    const below = phrase.bottom + GAP;
    const above = phrase.top - GAP - tip.height;
    const fitsBelow = below + tip.height <= view.height - GAP;
    const top = fitsBelow || (above < GAP && view.height - phrase.bottom >= phrase.top) ? below : Math.max(GAP, above);
    return { left, top };
  }

  /** Whether highlights drawn in this mode use the CSS Custom Highlight API ('auto' where the browser has it). */
  function usesApi(mode) {
    return mode !== 'wrap' && typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** One page's highlights. Not shared between pages; each content script owns one. */
  class Highlighter {
    constructor(doc, { mode = 'auto' } = {}) {
      this.doc = doc;
      this.useApi = usesApi(mode);
      this.entries = [];
      this.painted = new Set();
      this.hidden = new Set();
      this.legend = { roles: [], categories: {}, sections: {} };
      this.colours = {};
      this.tooltip = null;
      this.tooltipFor = null;
      /** Aborts the document listeners (set while listening). */
      this.listeners = null;
      this.pendingMove = null;
    }

    /** Whether this highlighter draws as one built for this mode would, 'auto' resolved. */
    drawsAs(mode) {
      return this.useApi === usesApi(mode);
    }

    /** Clears the highlights and removes this highlighter's listeners and tooltip: it is not used again. */
    dispose() {
      this.clear();
      this.listeners?.abort();
      this.listeners = null;
      this.tooltip?.remove();
      this.tooltip = null;
    }

    /** Highlights the mentions; each comes with its boundary points and per-node pieces already mapped. */
    show(mentions, { legend, colours, hiddenRoles }) {
      this.clear();
      this.legend = legend;
      this.colours = colours;
      this.hidden = new Set(hiddenRoles);
      this.installStyle();
      let cursor = null;
      const sorted = [...mentions].sort((a, b) => (a.blockIndex - b.blockIndex) || (a.mention.start - b.mention.start));
      for (const item of sorted) {
        // The server resolves overlaps; this guards the drawing against any that slip through.
        if (cursor && cursor.blockIndex === item.blockIndex && item.mention.start < cursor.end) continue;
        const range = this.doc.createRange();
        range.setStart(item.points.startNode, item.points.startOffset);
        range.setEnd(item.points.endNode, item.points.endOffset);
        this.entries.push({ mention: item.mention, range, pieces: item.pieces, marks: [] });
        cursor = { blockIndex: item.blockIndex, end: item.mention.end };
      }
      if (this.useApi) {
        this.paintApi();
      } else {
        this.tooltip ??= this.buildTooltip(); // the marks refer to it
        this.wrapAll();
      }
      this.listen();
      return this.entries.length;
    }

    /** Removes every highlight, wrapper, tooltip and style this highlighter added. */
    clear() {
      if (this.useApi) this.unpaint();
      for (const entry of this.entries) {
        for (const mark of entry.marks) {
          if (!mark.isConnected) continue;
          mark.replaceWith(...mark.childNodes);
        }
      }
      this.entries = [];
      this.hideTooltip();
      this.doc.querySelector('style[data-rolelens]')?.remove();
    }

    /** Whether the highlighted text is still in the page (single-page boards may re-render it). */
    alive() {
      return this.entries.every((e) => e.range.startContainer.isConnected && e.range.endContainer.isConnected);
    }

    setHiddenRoles(roles) {
      this.hidden = new Set(roles);
      if (this.useApi) this.paintApi();
      for (const entry of this.entries) {
        for (const mark of entry.marks) mark.toggleAttribute('data-hidden', this.hidden.has(entry.mention.role));
      }
      if (this.tooltipFor && this.hidden.has(this.tooltipFor.mention.role)) this.hideTooltip();
    }

    /** Scrolls the highlight of this block span into view, selects it and explains it. */
    reveal(blockId, start, end) {
      const entry = this.entries.find((e) => e.mention.blockId === blockId && e.mention.start <= start && e.mention.end >= end)
        ?? this.entries.find((e) => e.mention.blockId === blockId && e.mention.start < end && e.mention.end > start);
      if (!entry) return false;
      const target = entry.marks[0] ?? entry.range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'instant' });
      if (entry.marks[0]) entry.marks[0].focus({ preventScroll: true });
      else {
        const selection = this.doc.getSelection();
        selection.removeAllRanges();
        selection.addRange(entry.range.cloneRange());
      }
      this.showTooltip(entry);
      return true;
    }

    colour(role) {
      const fromLegend = this.legend.roles.find((r) => r.id === role);
      const chosen = this.colours[role] ?? fromLegend?.colour;
      return HEX.test(chosen ?? '') ? chosen : '#555555';
    }

    underline(role) {
      const style = this.legend.roles.find((r) => r.id === role)?.underline;
      return ['solid', 'dashed', 'dotted', 'double', 'wavy'].includes(style) ? style : 'solid';
    }

    installStyle() {
      const rules = [];
      for (const role of new Set(this.legend.roles.map((r) => r.id))) {
        if (!/^[a-z_]+$/.test(role)) continue;
        const c = this.colour(role);
        const look = `background-color: ${tint(c, 0.18)}; text-decoration: underline ${this.underline(role)} ${c}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
        rules.push(`::highlight(${PREFIX}${role}) { ${look} }`);
        rules.push(`rolelens-mark[data-role="${role}"] { ${look} }`);
      }
      rules.push('rolelens-mark { color: inherit; cursor: help; border-radius: 2px; }');
      rules.push('rolelens-mark[data-hidden] { background: none !important; text-decoration: none !important; }');
      rules.push('rolelens-mark:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }');
      const style = this.doc.createElement('style');
      style.dataset.rolelens = '';
      style.textContent = rules.join('\n');
      (this.doc.head ?? this.doc.documentElement).append(style);
    }

    paintApi() {
      const byRole = new Map();
      for (const entry of this.entries) {
        if (this.hidden.has(entry.mention.role)) continue;
        if (!byRole.has(entry.mention.role)) byRole.set(entry.mention.role, []);
        byRole.get(entry.mention.role).push(entry.range);
      }
      this.unpaint();
      for (const [role, ranges] of byRole) {
        CSS.highlights.set(PREFIX + role, new Highlight(...ranges));
        this.painted.add(PREFIX + role);
      }
    }

    // Deletes by name: Firefox content scripts cannot iterate the page's highlight registry.
    unpaint() {
      for (const name of this.painted) CSS.highlights.delete(name);
      this.painted.clear();
    }

    wrapAll() {
      // Wrap from the last piece backwards: splitting a text node keeps earlier offsets in it valid.
      const all = [];
      this.entries.forEach((entry, index) => entry.pieces.forEach((piece) => all.push({ ...piece, index })));
      const order = new Map();
      all.forEach((p) => order.has(p.node) || order.set(p.node, order.size));
      all.sort((a, b) => order.get(b.node) - order.get(a.node) || b.start - a.start);
      for (const piece of all) {
        const entry = this.entries[piece.index];
        if (!piece.node.isConnected || piece.end > piece.node.length) continue;
        const middle = piece.start > 0 ? piece.node.splitText(piece.start) : piece.node;
        if (piece.end - piece.start < middle.length) middle.splitText(piece.end - piece.start);
        const mark = this.doc.createElement('rolelens-mark');
        mark.dataset.role = entry.mention.role;
        mark.dataset.category = entry.mention.category;
        mark.dataset.index = String(piece.index);
        mark.tabIndex = 0;
        // Focus shows the tooltip, and a screen reader reads it as the phrase's description.
        mark.setAttribute('role', 'mark');
        mark.setAttribute('aria-describedby', TOOLTIP_ID);
        mark.toggleAttribute('data-hidden', this.hidden.has(entry.mention.role));
        middle.replaceWith(mark);
        mark.append(middle);
        entry.marks.unshift(mark);
      }
    }

    listen() {
      if (this.listeners) return;
      this.listeners = new AbortController();
      const { signal } = this.listeners;
      const doc = this.doc;
      doc.addEventListener('mousemove', (e) => this.onMove(e.clientX, e.clientY), { passive: true, signal });
      doc.addEventListener('focusin', (e) => this.onFocus(e.target), { signal });
      doc.addEventListener('selectionchange', () => this.onSelection(), { signal });
      doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.hideTooltip(), { signal });
      doc.defaultView?.addEventListener('scroll', () => this.tooltipFor && this.place(this.tooltipFor), { passive: true, signal });
    }

    onMove(x, y) {
      if (this.pendingMove) {
        this.pendingMove = [x, y];
        return;
      }
      this.pendingMove = [x, y];
      requestAnimationFrame(() => {
        const [px, py] = this.pendingMove;
        this.pendingMove = null;
        const hit = this.entries.find((e) => !this.hidden.has(e.mention.role) && [...e.range.getClientRects()].some((r) => rectContains(r, px, py)));
        if (hit) this.showTooltip(hit);
        else if (this.tooltipFor && !this.tooltipFor.pinned) this.hideTooltip();
      });
    }

    onFocus(target) {
      const mark = target && target.closest ? target.closest('rolelens-mark') : null;
      const entry = mark ? this.entries[Number(mark.dataset.index)] : null;
      if (entry) this.showTooltip(entry, true);
      else if (this.tooltipFor?.pinned) this.hideTooltip();
    }

    onSelection() {
      if (!this.useApi || this.entries.length === 0) return;
      const selection = this.doc.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const node = selection.focusNode;
      const entry = this.entries.find((e) => !this.hidden.has(e.mention.role) && e.range.isPointInRange(node, selection.focusOffset));
      if (entry) this.showTooltip(entry, true);
    }

    showTooltip(entry, pinned = false) {
      if (!this.tooltip) this.tooltip = this.buildTooltip();
      const { mention } = entry;
      const role = this.legend.roles.find((r) => r.id === mention.role);
      const heading = `${role?.displayName ?? mention.role} · ${this.legend.categories[mention.category] ?? mention.category}`;
      const box = this.tooltip.shadowRoot.querySelector('.box');
      const title = this.doc.createElement('strong');
      title.textContent = heading;
      const why = this.doc.createElement('span');
      why.textContent = mention.explanation ?? '';
      box.replaceChildren(title, why);
      const note = this.doc.createElement('em');
      if (mention.negated) note.textContent = 'Negated here, so it does not count.';
      // A legend cached by an older worker has no sections: then nothing is said.
      else if (this.legend.sections?.[mention.section] === 0) {
        note.textContent = `In the ${mention.section.replace(/_/g, ' ')} section, which counts for nothing.`;
      }
      if (note.textContent) box.append(note);
      box.style.borderColor = this.colour(mention.role);
      this.tooltipFor = { ...entry, pinned };
      this.tooltip.hidden = false;
      this.place(entry);
    }

    place(entry) {
      const view = this.doc.defaultView;
      this.tooltip.style.left = '0px'; // measured at the left edge, where the window does not narrow it
      const tip = this.tooltip.getBoundingClientRect();
      const { left, top } = tooltipPosition(entry.range.getBoundingClientRect(), tip, { width: view?.innerWidth ?? 800, height: view?.innerHeight ?? 600 });
      this.tooltip.style.left = `${left}px`;
      this.tooltip.style.top = `${top}px`;
    }

    hideTooltip() {
      if (this.tooltip) this.tooltip.hidden = true;
      this.tooltipFor = null;
    }

    buildTooltip() {
      const host = this.doc.createElement('rolelens-tooltip');
      host.id = TOOLTIP_ID;
      host.setAttribute('role', 'tooltip');
      host.style.cssText = 'position: fixed; z-index: 2147483647; left: 0; top: 0; pointer-events: none;';
      host.hidden = true;
      const root = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = `:host([hidden]) { display: none !important; }
        .box { max-width: 340px; background: #1d1d1f; color: #fff; padding: 8px 10px; border-radius: 6px; border-left: 5px solid #888;
               font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
        strong { display: block; margin-bottom: 2px; } em { display: block; margin-top: 4px; opacity: .8; }`;
      const box = this.doc.createElement('div');
      box.className = 'box';
      root.append(style, box);
      this.doc.documentElement.append(host);
      return host;
    }
  }

  Highlighter.tooltipPosition = tooltipPosition;
  ns.Highlighter = Highlighter;
})();
