// Text blocks of a posting and the way back from block offsets to DOM text nodes. Pure: works on
// anything shaped like DOM nodes (nodeType, tagName, childNodes, data), so node tests need no browser.
//
// Offsets are UTF-16 code units, [start, end), into a block's text, as in the server's analysis.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.blocks) return;

  const TEXT_NODE = 3;
  const ELEMENT_NODE = 1;

  /** Elements that start and end a block, so no phrase runs from one paragraph into the next. */
  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
    'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
    'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY',
  ]);

  /** Elements whose text is not posting prose. */
  const SKIP_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT',
    'TEXTAREA', 'INPUT', 'HEAD', 'ROLELENS-TOOLTIP',
  ]);

  const defaultIsBlock = (el) => BLOCK_TAGS.has(el.tagName);
  const defaultIsHidden = (el) =>
    (typeof el.hasAttribute === 'function' && el.hasAttribute('hidden')) ||
    (typeof el.getAttribute === 'function' && el.getAttribute('aria-hidden') === 'true');

  /**
   * Collects the text blocks under the roots, in document order: [{id, text, segments}], where each
   * segment {node, start, end} says which text node holds text[start, end). Whitespace characters
   * become plain spaces one for one, so offsets still match the text nodes. Blank blocks are left out.
   */
  function collectBlocks(roots, { isBlock = defaultIsBlock, isHidden = defaultIsHidden, idPrefix = 'b' } = {}) {
    const blocks = [];
    let text = '';
    let segments = [];
    const flush = () => {
      if (text.trim()) blocks.push({ id: `${idPrefix}${blocks.length}`, text, segments });
      text = '';
      segments = [];
    };
    const visit = (node) => {
      if (node.nodeType === TEXT_NODE) {
        const data = node.data ?? '';
        if (data.length === 0) return;
        segments.push({ node, start: text.length, end: text.length + data.length });
        text += data.replace(/\s/g, ' ');
        return;
      }
      if (node.nodeType !== ELEMENT_NODE) return;
      const tag = String(node.tagName).toUpperCase();
      if (SKIP_TAGS.has(tag) || isHidden(node)) return;
      if (tag === 'BR') {
        flush();
        return;
      }
      const block = isBlock(node);
      if (block) flush();
      for (const child of node.childNodes) visit(child);
      if (block) flush();
    };
    for (const root of roots) {
      flush();
      visit(root);
    }
    flush();
    return blocks;
  }

  function segmentIndex(segments, offset, preferEnd) {
    // Binary search: the segment holding offset (as a start) or ending at it (as an end).
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = segments[mid];
      if (preferEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
      else if (preferEnd ? offset > s.end : offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /**
   * Maps block offsets [start, end) to DOM boundary points {startNode, startOffset, endNode,
   * endOffset} for a Range, or null when they fall outside the block or the span is empty.
   */
  function locate(segments, start, end) {
    if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end <= start) return null;
    const a = segmentIndex(segments, start, false);
    const b = segmentIndex(segments, end, true);
    if (a < 0 || b < 0) return null;
    return {
      startNode: segments[a].node,
      startOffset: start - segments[a].start,
      endNode: segments[b].node,
      endOffset: end - segments[b].start,
    };
  }

  /** The same span cut per text node, [{node, start, end}] with offsets into each node: for wrapping. */
  function pieces(segments, start, end) {
    if (!locate(segments, start, end)) return [];
    const out = [];
    for (const s of segments) {
      const from = Math.max(start, s.start);
      const to = Math.min(end, s.end);
      if (from < to) out.push({ node: s.node, start: from - s.start, end: to - s.start });
    }
    return out;
  }

  /** A short, stable fingerprint (FNV-1a, 32 bits, hex) of a string: to recognise text already analysed. */
  function fingerprint(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return `${s.length.toString(36)}-${h.toString(16).padStart(8, '0')}`;
  }

  /** The fingerprint of a posting as sent: title and blocks' text, whitespace folded. */
  function postingKey(title, blocks) {
    const squash = (s) => s.replace(/\s+/g, ' ').trim();
    return fingerprint(`${squash(title)}\u0000${blocks.map((b) => squash(b.text)).join('\u0001')}`);
  }

  ns.blocks = Object.freeze({ BLOCK_TAGS, SKIP_TAGS, collectBlocks, locate, pieces, fingerprint, postingKey });
})();
