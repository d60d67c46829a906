// The generic fallback for pages on no supported board and without JobPosting JSON-LD: the element
// holding the largest block of prose, and how confident that guess is. Pure over DOM-shaped nodes.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.fallback) return;

  const PROSE_TAGS = new Set(['P', 'LI', 'DD', 'BLOCKQUOTE', 'PRE', 'H2', 'H3', 'H4']);
  const NOT_PROSE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM']);
  const LISTS = new Set(['UL', 'OL', 'DL']);
  /** Prose shorter than this is a label or a link, not part of a posting. */
  const MIN_PARAGRAPH = 25;
  /** A posting this long (characters of prose) is long enough to trust the length alone. */
  const FULL_LENGTH = 1200;

  // Lists are transparent: list items count for the element holding the list.
  function container(el) {
    let parent = el.parentNode;
    while (parent && parent.nodeType === 1 && LISTS.has(String(parent.tagName).toUpperCase())) parent = parent.parentNode;
    return parent && parent.nodeType === 1 ? parent : null;
  }

  function* elements(root) {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      if (node.nodeType !== 1) continue;
      if (NOT_PROSE.has(String(node.tagName).toUpperCase())) continue;
      yield node;
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    }
  }

  /**
   * {root, confidence, proseLength} for the element with the most paragraph text under it (each
   * paragraph counts fully for its parent, half for its grandparent), or null when the page has no
   * prose. Confidence in [0, 1] is the winner's share of all the page's prose, scaled down for short
   * texts.
   */
  function largestProse(body) {
    const scores = new Map();
    let total = 0;
    for (const el of elements(body)) {
      if (!PROSE_TAGS.has(String(el.tagName).toUpperCase())) continue;
      const length = el.textContent.replace(/\s+/g, ' ').trim().length;
      if (length < MIN_PARAGRAPH) continue;
      total += length;
      const parent = container(el);
      if (parent) {
        scores.set(parent, (scores.get(parent) ?? 0) + length);
        const grand = container(parent);
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
      }
    }
    let best = null;
    let bestScore = 0;
    for (const [el, score] of scores) {
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    if (!best) return null;
    const proseLength = best.textContent.replace(/\s+/g, ' ').trim().length;
    const share = Math.min(1, bestScore / total);
    const confidence = Math.round(share * Math.min(1, proseLength / FULL_LENGTH) * 100) / 100;
    return { root: best, confidence, proseLength };
  }

  ns.fallback = Object.freeze({ largestProse, MIN_PARAGRAPH, FULL_LENGTH });
})();
