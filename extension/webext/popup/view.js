// Pure helpers for the popup's text: role names, shares, where the posting was found.

// The three roles' names come from the server's legend; these are the other titles a title can name.
const TITLE_ROLE_NAMES = {
  program_manager: 'Program Manager', technical_program_manager: 'Technical Program Manager', scrum_master: 'Scrum Master',
  business_analyst: 'Business Analyst', delivery_manager: 'Delivery Manager', other: 'another role',
};

/** A role id as people say it, from the server's legend when it knows the role. */
export function roleName(id, legend) {
  if (!id) return 'not enough evidence';
  return legend?.roles?.find((r) => r.id === id)?.displayName ?? TITLE_ROLE_NAMES[id] ?? id.replace(/_/g, ' ');
}

/** What the body reads as: its role, another job (named), or why no role is called. */
export function bodyText(summary, legend) {
  if (summary.bodyRole) return roleName(summary.bodyRole, legend);
  if (summary.bodyStatus === 'other_job' && summary.otherJob) return `another job (${summary.otherJob.jobs[0].name})`;
  return summary.bodyStatus === 'not_english' ? 'not English' : roleName(null, legend);
}

/** The title that fits a flagged posting's body (or that none does) and why; '' when there is none. */
export function suggestionText(suggested) {
  if (!suggested) return '';
  return `${suggested.title ? `Title that fits the body: ${suggested.title}.` : 'No role title fits the body.'} ${suggested.reason}`;
}

/** Another job's tools and duties named in the body, as "data analysis and data science: SQL, Python"; '' without. */
export function otherJobText(otherJob) {
  if (!otherJob) return '';
  return otherJob.jobs.map((job) => `${job.name}: ${job.cues.join(', ')}`).join('; ');
}

/** [{id, name, percent}] in the legend's role order; percent is null when evidence is thin. */
export function shareParts(shares, legend) {
  return (legend?.roles ?? []).map((r) => ({
    id: r.id,
    name: r.displayName,
    label: r.label,
    colour: r.colour,
    percent: shares?.[r.id] === null || shares?.[r.id] === undefined ? null : Math.round(shares[r.id] * 100),
  }));
}

/** How the posting was found, in a sentence; the generic fallback says how sure it is. */
export function sourceText(source) {
  if (!source) return '';
  if (source.method === 'jsonld') {
    return source.textOnly
      ? 'Found through the page\'s JobPosting data; its text is not on the page, so nothing is highlighted.'
      : 'Found through the page\'s JobPosting data (schema.org).';
  }
  if (source.method === 'adapter') return `Found through the ${source.name ?? source.adapter} page layout.`;
  if (source.method === 'fallback') return `Guessed as the largest block of text on the page — confidence ${Math.round((source.confidence ?? 0) * 100)}%.`;
  return '';
}

/** Fewer indexed postings than this are too few to compare a posting with. */
export const MIN_MARKET_POSTINGS = 20;

const percent = (share) => `${Math.round(share * 100)}%`;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Where a confusion score stands among theirs: the percentile counts equal scores as half below. */
function percentileText(percentile) {
  return `Its confusion score is at the ${ordinal(percentile)} percentile of theirs (the 50th is a typical one).`;
}

/**
 * The market context in one or two plain sentences: {sentences, percentile} where percentile
 * (0–100 or null) is for the bar; when there is nothing to compare with, the sentence says why and
 * percentile is null. market is the answer's market, null when the server has no index.
 */
export function marketText(market, legend) {
  if (!market) {
    return {
      sentences: 'No market to compare with: the RoleLens server has no index of postings. Start it with ./rolelens serve --index DIR (an index from ./rolelens index).',
      percentile: null,
    };
  }
  const titled = `titled ${roleName(market.titleRole, legend)}`;
  if (!market.quarter) {
    return { sentences: `The index holds no dated posting ${titled}: nothing to compare this one with.`, percentile: null };
  }
  if (market.postings < MIN_MARKET_POSTINGS) {
    const n = market.postings === 0 ? 'no posting' : market.postings === 1 ? 'only 1 posting' : `only ${market.postings} postings`;
    return { sentences: `The index holds ${n} ${titled} in ${market.quarter}: too few to compare this one with.`, percentile: null };
  }
  let sentences = `Of ${market.postings} postings ${titled} in ${market.quarter}, ${percent(market.readAsAnotherRole)} read as another role and ${percent(market.flagged)} were flagged mixed or mismatch.`;
  if (market.percentile !== null) sentences += ` ${percentileText(market.percentile)}`;
  return { sentences, percentile: market.percentile };
}

/** A similar indexed posting in a line: "Product Owner — Loomwork (2025Q2, consistent)". */
export function similarText(posting) {
  const where = [posting.quarter, posting.verdict].filter(Boolean).join(', ');
  return `${posting.title}${posting.company ? ` — ${posting.company}` : ''}${where ? ` (${where})` : ''}`;
}
