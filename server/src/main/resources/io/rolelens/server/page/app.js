// RoleLens paste-a-posting page. Builds every piece of posting text with textContent and DOM nodes,
// never by parsing markup, so nothing in a posting can run as markup. Offsets from the API are UTF-16
// [start, end), the same units as JavaScript string indexes.

const API = '/api/v1';
const ROLE_ORDER = ['product_manager', 'project_manager', 'product_owner'];

const $ = (id) => document.getElementById(id);

let legend = { roles: [], categories: [], sections: [] };
let examples = [];

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function roleInfo(id) {
  return legend.roles.find((r) => r.id === id) || { id, displayName: id, label: id, colour: '#555', underline: 'solid' };
}

/**
 * Whether a body mention counts toward the role profile, as the lexicon legend says: its category is
 * evidence and its section's weight is above 0 (io.rolelens.analyzer.section.SectionKind#weight, the
 * same test as FixHints; company blurbs, benefits and legal text count for nothing), and it is not negated.
 */
function counts(mention) {
  return !mention.negated
    && legend.categories.some((c) => c.id === mention.category && c.evidence)
    && sectionWeight(mention.section) > 0;
}

/** Whether a body mention stands in a section whose phrases count for nothing (weight 0 in the legend). */
function inUncountedSection(mention) {
  return sectionWeight(mention.section) === 0;
}

/** The weight the lexicon legend gives a section, or undefined for one it does not list. */
function sectionWeight(id) {
  return legend.sections.find((s) => s.id === id)?.weight;
}

function categoryName(id) {
  const found = legend.categories.find((c) => c.id === id);
  return found ? found.displayName : id;
}

function headers() {
  const h = { 'Content-Type': 'application/json' };
  const token = $('token').value.trim();
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

async function getJson(path) {
  const response = await fetch(path, { headers: headers() });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

function setStatus(message, isError = false) {
  $('status').textContent = message;
  $('status').classList.toggle('error', isError);
}

/** Says what went wrong and takes the previous result away, so it is not read as this text's. */
function showFailure(message) {
  setStatus(message, true);
  hideTooltip();
  $('result').hidden = true;
  $('posting-view').replaceChildren();
}

async function analyse(event) {
  event.preventDefault();
  const text = $('text').value;
  if (!text.trim()) {
    setStatus('Paste the posting text first.', true);
    $('text').focus();
    return;
  }
  $('analyse').disabled = true;
  setStatus('Analysing…');
  try {
    const response = await fetch(`${API}/analyze`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ title: $('title').value, text, ...($('date-posted').value ? { datePosted: $('date-posted').value } : {}) }),
    });
    const body = await response.json();
    if (!response.ok) {
      const message = body && body.error ? body.error.message : `HTTP ${response.status}`;
      if (response.status === 401) $('token').closest('details').open = true;
      showFailure(`The server could not analyse this: ${message}`);
      return;
    }
    if (legend.roles.length === 0) await loadLegend();
    const highlighted = render(body, text);
    setStatus(body.truncated ? truncationNote(body, highlighted) : 'Done.');
  } catch (error) {
    showFailure(`Could not reach the server: ${error.message}`);
  } finally {
    $('analyse').disabled = false;
  }
}

/**
 * For an answer that lists fewer mentions than it found: how many role phrases the body has and how
 * many of them are highlighted. mentionCount counts the title's mentions too, which are all listed
 * (first), so they are taken off both sides.
 */
function truncationNote(analysis, highlighted) {
  const inTitle = analysis.mentions.filter((m) => m.field === 'title').length;
  return `Done. This text has ${analysis.mentionCount - inTitle} role phrases; the first ${highlighted} are highlighted.`;
}

/** Shows an analysis of this text; returns how many phrases are highlighted in it. */
function render(analysis, text) {
  $('result').hidden = false;
  const verdict = $('verdict');
  verdict.textContent = analysis.verdict;
  verdict.className = `verdict ${analysis.verdict}`;
  $('confusion').textContent = analysis.confusionScore === null ? '—' : `${analysis.confusionScore} / 100`;
  $('body-role').textContent = bodyText(analysis);
  $('summary').textContent = analysis.summary;
  renderSuggestion(analysis.suggestedTitle);
  renderHints(analysis);
  renderOtherJob(analysis.otherJob);
  renderShares(analysis.profile);
  renderMarket(analysis.market, analysis.title.role);
  return renderPosting(text, analysis.mentions.filter((m) => m.field === 'body'));
}

/** What the body reads as: its role, another job, or why no role is called. */
function bodyText(analysis) {
  if (analysis.bodyRole) return roleInfo(analysis.bodyRole).displayName;
  if (analysis.bodyStatus === 'other_job' && analysis.otherJob) return `another job (${analysis.otherJob.jobs[0].name})`;
  return analysis.bodyStatus === 'not_english' ? 'not English' : 'not enough evidence';
}

/** The title that fits a flagged posting's body, or that no role title does, with the reason. */
function renderSuggestion(suggested) {
  const line = $('suggestion');
  line.hidden = !suggested;
  if (!suggested) return;
  $('suggested-title').textContent = suggested.title ?? 'none of the three roles';
  $('suggested-reason').textContent = suggested.reason;
}

/** The roles a title names, as the analyzer expects the body to read (program and delivery managers as Project Manager). */
function titleRoles(title) {
  const named = title.families.filter((f) => ROLE_ORDER.includes(f));
  if (named.length > 0) return [...new Set(named)];
  return ['program_manager', 'technical_program_manager', 'delivery_manager'].includes(title.role) ? ['project_manager'] : [];
}

/**
 * For a mixed or mismatched posting, what would make it agree keeping its title (as `rolelens lint`
 * hints, io.rolelens.analyzer.hint.FixHints): the body's counted phrases of other roles by role and
 * section, and the title's duties with no counted phrase, in the seed's words from the lexicon legend.
 */
function renderHints(analysis) {
  const box = $('hints');
  const roles = titleRoles(analysis.title);
  const flagged = analysis.verdict === 'mixed' || analysis.verdict === 'mismatch';
  box.hidden = !flagged || roles.length === 0 || analysis.bodyStatus === 'other_job';
  const phrases = $('hint-phrases');
  const duties = $('hint-duties');
  phrases.replaceChildren();
  duties.replaceChildren();
  if (box.hidden) return;
  $('hint-title').textContent = analysis.title.text;
  const counted = analysis.mentions.filter((m) => m.field === 'body' && counts(m) && !roles.includes(m.role));
  for (const role of ROLE_ORDER.filter((r) => counted.some((m) => m.role === r))) {
    const bySection = new Map();
    for (const m of counted.filter((c) => c.role === role)) {
      if (!bySection.has(m.section)) bySection.set(m.section, []);
      bySection.get(m.section).push(`“${m.text}”`);
    }
    const sections = [...bySection].map(([section, texts]) => `${section.replace(/_/g, ' ')}: ${texts.join(', ')}`);
    phrases.append(el('li', {}, el('strong', { text: `${roleInfo(role).displayName} phrases to move or drop` }),
      ` (${sections.join('; ')})`));
  }
  const present = new Set(analysis.profile.evidence.filter((e) => e.contribution > 0).map((e) => e.category));
  for (const role of roles) {
    for (const duty of roleInfo(role).duties || []) {
      if (!duty.categories.some((c) => present.has(c))) {
        duties.append(el('li', {}, el('strong', { text: `Missing ${roleInfo(role).displayName} duty: ` }), duty.definition));
      }
    }
  }
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st (as the extension's popup/view.js writes them). */
function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Fewer indexed postings than this are too few to compare with (as the extension's popup/view.js says). */
const MIN_MARKET_POSTINGS = 20;

/**
 * How postings with the same title role read this quarter, in a sentence or two and a bar at this
 * posting's percentile; or, plainly, that there is no index or too few postings to compare with.
 */
function renderMarket(market, titleRole) {
  const bar = $('market-bar');
  const similar = $('market-similar');
  bar.hidden = true;
  similar.replaceChildren();
  similar.hidden = true;
  if (!market) {
    $('market-text').textContent = 'No market to compare with: this server has no index of postings. Start it with ./rolelens serve --index DIR (an index from ./rolelens index).';
    return;
  }
  const role = ROLE_ORDER.includes(titleRole) ? roleInfo(titleRole).displayName : titleRole.replace(/_/g, ' ');
  const pct = (share) => `${Math.round(share * 100)}%`;
  if (!market.quarter) {
    $('market-text').textContent = `The index holds no dated posting titled ${role}: nothing to compare this one with.`;
    return;
  }
  if (market.postings < MIN_MARKET_POSTINGS) {
    const n = market.postings === 0 ? 'no posting' : market.postings === 1 ? 'only 1 posting' : `only ${market.postings} postings`;
    $('market-text').textContent = `The index holds ${n} titled ${role} in ${market.quarter}: too few to compare this one with.`;
    return;
  }
  let text = `Of ${market.postings} postings titled ${role} in ${market.quarter}, ${pct(market.readAsAnotherRole)} read as another role and ${pct(market.flagged)} were flagged mixed or mismatch.`;
  if (market.percentile !== null) {
    text += ` Its confusion score is at the ${ordinal(market.percentile)} percentile of theirs (the 50th is a typical one).`;
    bar.hidden = false;
    bar.firstElementChild.style.width = `${market.percentile}%`;
    bar.setAttribute('aria-label', `Confusion score at the ${ordinal(market.percentile)} percentile of theirs`);
  }
  $('market-text').textContent = text;
  for (const p of market.similar) {
    const where = [p.quarter, p.verdict].filter(Boolean).join(', ');
    similar.append(el('li', { text: `${p.title}${p.company ? ` — ${p.company}` : ''}${where ? ` (${where})` : ''}` }));
  }
  similar.hidden = market.similar.length === 0;
}

/** The other jobs' tools and duties a body names, when they make it another job. */
function renderOtherJob(otherJob) {
  const line = $('other-job');
  line.hidden = !otherJob;
  const list = $('other-job-cues');
  list.replaceChildren();
  if (!otherJob) return;
  for (const job of otherJob.jobs) {
    list.append(el('li', {}, el('strong', { text: `${job.name}: ` }), job.cues.join(', ')));
  }
}

function renderShares(profile) {
  const bar = $('share-bar');
  const list = $('share-legend');
  bar.replaceChildren();
  list.replaceChildren();
  const parts = [];
  for (const id of ROLE_ORDER) {
    const share = profile[id];
    const role = roleInfo(id);
    const percent = share === null ? null : Math.round(share * 100);
    if (percent) {
      const seg = el('span', { className: `bg-${id}`, title: `${role.displayName} ${percent}%` });
      seg.style.width = `${share * 100}%`;
      bar.append(seg);
    }
    parts.push(`${role.displayName} ${percent === null ? '—' : percent + '%'}`);
    list.append(el('li', {}, el('span', { className: `swatch bg-${id}`, 'aria-hidden': 'true' }),
      `${role.label} ${role.displayName}: ${percent === null ? 'not enough evidence' : percent + '%'}`));
  }
  bar.setAttribute('aria-label', `Role shares: ${parts.join(', ')}`);
}

/** Draws the text with its mentions highlighted; returns how many are. */
function renderPosting(text, mentions) {
  const view = $('posting-view');
  view.replaceChildren();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let cursor = 0;
  let marks = 0;
  for (const m of sorted) {
    if (m.start < cursor || m.end > text.length) continue; // overlapping or stale: skip
    view.append(document.createTextNode(text.slice(cursor, m.start)));
    view.append(highlight(text.slice(m.start, m.end), m));
    cursor = m.end;
    marks += 1;
  }
  view.append(document.createTextNode(text.slice(cursor)));
  return marks;
}

function highlight(phrase, mention) {
  const role = roleInfo(mention.role);
  const weaker = mention.negated ? ' negated' : inUncountedSection(mention) ? ' uncounted' : '';
  const mark = el('mark', {
    className: `hl role-${mention.role}${weaker}`,
    tabindex: '0',
    'aria-describedby': 'tooltip',
    dataset: {
      role: mention.role,
      category: mention.category,
      explanation: mention.explanation,
      negated: String(mention.negated),
      section: mention.section ?? '',
    },
  });
  mark.append(document.createTextNode(phrase));
  mark.append(el('span', { className: 'tag', 'aria-label': `, ${role.displayName}`, text: role.label }));
  return mark;
}

function showTooltip(mark) {
  const tip = $('tooltip');
  const role = roleInfo(mark.dataset.role);
  const heading = `${role.displayName} · ${categoryName(mark.dataset.category)}`;
  tip.replaceChildren(el('strong', { text: heading }),
    el('span', { text: mark.dataset.explanation }));
  if (mark.dataset.negated === 'true') tip.append(el('em', { text: ' (negated: does not count)' }));
  else if (mark.classList.contains('uncounted')) {
    tip.append(el('em', { text: ` (in the ${mark.dataset.section.replace(/_/g, ' ')} section, which counts for nothing)` }));
  }
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  tip.style.left = `${window.scrollX + box.left}px`;
  tip.style.top = `${window.scrollY + box.bottom + 6}px`;
}

function hideTooltip() {
  $('tooltip').hidden = true;
}

async function loadLegend() {
  legend = await getJson(`${API}/lexicon`);
  const list = $('legend');
  list.replaceChildren();
  for (const role of legend.roles) {
    const sample = el('span', { className: `hl sample role-${role.id}` }, 'phrase', el('span', { className: 'tag', text: role.label }));
    list.append(el('li', {}, sample, ` ${role.displayName} (${role.underline} underline)`));
  }
}

async function loadExamples() {
  const data = await getJson('/examples.json');
  examples = data.examples;
  const select = $('example');
  for (const example of examples) {
    select.append(el('option', { value: example.id, text: example.label }));
  }
}

function pickExample() {
  const chosen = examples.find((e) => e.id === $('example').value);
  if (!chosen) return;
  $('title').value = chosen.title;
  $('text').value = chosen.text;
}

function wire() {
  $('posting-form').addEventListener('submit', analyse);
  $('example').addEventListener('change', pickExample);
  const view = $('posting-view');
  for (const type of ['mouseover', 'focusin']) {
    view.addEventListener(type, (event) => {
      const mark = event.target.closest('mark.hl');
      if (mark) showTooltip(mark);
    });
  }
  for (const type of ['mouseout', 'focusout']) {
    view.addEventListener(type, (event) => {
      if (event.target.closest('mark.hl')) hideTooltip();
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTooltip();
  });
  loadExamples().catch((error) => setStatus(`Examples unavailable: ${error.message}`, true));
  loadLegend().catch(() => { /* retried after the first analysis, with the token if one is needed */ });
}

wire();
