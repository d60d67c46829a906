// Finds schema.org JobPosting objects in the texts of a page's application/ld+json scripts.
// Pure: takes strings, returns plain objects; the caller reads the scripts and parses HTML.
'use strict';
(() => {
  const ns = (globalThis.RoleLens ??= {});
  if (ns.jsonld) return;

  const MAX_DEPTH = 8;

  /** Whether a node's @type names JobPosting (plain, prefixed or full schema.org IRI, or in a list). */
  function isJobPosting(node) {
    const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
    return types.some((t) => typeof t === 'string' && /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?JobPosting$/.test(t.trim()));
  }

  function* walk(node, depth) {
    if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) yield* walk(item, depth + 1);
      return;
    }
    if (isJobPosting(node)) yield node;
    for (const [key, value] of Object.entries(node)) {
      if (key !== '@context' && value && typeof value === 'object') yield* walk(value, depth + 1);
    }
  }

  function text(value) {
    if (typeof value === 'string') return value.trim();
    if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('\n').trim();
    if (value && typeof value === 'object' && typeof value['@value'] === 'string') return value['@value'].trim();
    return '';
  }

  /**
   * Every JobPosting with a description, in page order, as {title, descriptionHtml, organisation,
   * datePosted} (datePosted as written, '' when absent).
   * Scripts that are not valid JSON are skipped: one broken block must not hide a good one.
   */
  function findJobPostings(scriptTexts) {
    const found = [];
    for (const source of scriptTexts) {
      let data;
      try {
        data = JSON.parse(String(source).replace(/^\s*<!--|-->\s*$/g, ''));
      } catch {
        continue;
      }
      for (const node of walk(data, 0)) {
        const descriptionHtml = text(node.description);
        if (!descriptionHtml) continue;
        const org = node.hiringOrganization;
        found.push({
          title: text(node.title) || text(node.name),
          descriptionHtml,
          organisation: org && typeof org === 'object' ? text(org.name) : text(org),
          datePosted: text(node.datePosted),
        });
      }
    }
    return found;
  }

  /** The first JobPosting with a description, or null. */
  function extractJobPosting(scriptTexts) {
    return findJobPostings(scriptTexts)[0] ?? null;
  }

  /** Whitespace runs folded to one space, trimmed: for comparing page text with JSON-LD text. */
  function squash(s) {
    return String(s).replace(/\s+/g, ' ').trim();
  }

  /**
   * The ISO date (YYYY-MM-DD) a JobPosting's datePosted starts with, or null: the server's market
   * context wants no other form, and a date that is no real day ("2026-02-30") is left out rather
   * than sent, so a board's bad date never costs the highlights.
   */
  function isoDate(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
    if (!m) return null;
    const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const real = day.getUTCFullYear() === Number(m[1]) && day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
    return real ? m[0] : null;
  }

  ns.jsonld = Object.freeze({ findJobPostings, extractJobPosting, isJobPosting, squash, isoDate });
})();
