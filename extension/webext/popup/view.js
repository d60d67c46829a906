// Pure helpers for the popup's text: role names, shares, where the posting was found.

const TITLE_ROLE_NAMES = {
  product_manager: 'Product Manager', project_manager: 'Project Manager', product_owner: 'Product Owner',
  program_manager: 'Program Manager', technical_program_manager: 'Technical Program Manager', scrum_master: 'Scrum Master',
  business_analyst: 'Business Analyst', delivery_manager: 'Delivery Manager', other: 'another role',
};

/** A role id as people say it, from the server's legend when it knows the role. */
export function roleName(id, legend) {
  if (!id) return 'not enough evidence';
  return legend?.roles?.find((r) => r.id === id)?.displayName ?? TITLE_ROLE_NAMES[id] ?? id.replace(/_/g, ' ');
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
