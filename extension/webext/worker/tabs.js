// Per-tab analysis state for the popup, kept in chrome.storage.session (the worker may be stopped at
// any moment, so nothing lives in its globals), and the toolbar badge that summarises it.
const key = (tabId) => `tab:${tabId}`;

const VERDICT_COLOURS = { mismatch: '#a4000f', mixed: '#7a4a00', consistent: '#00663a', unclear: '#5a5a60' };
/** The badge of a body with no role called: another job, or too little (or not English) to tell. */
const NO_ROLE_BADGE = { other_job: 'job' };
const TOP_EVIDENCE = 8;

/** The popup's view of an analysis: small enough for session storage, everything the popup shows. */
export function summarise(analysis) {
  const evidence = (analysis.profile?.evidence ?? [])
    .filter((e) => e.blockId !== undefined)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, TOP_EVIDENCE)
    .map(({ text, role, category, blockId, start, end, count, explanation }) => ({ text, role, category, blockId, start, end, count, explanation }));
  return {
    verdict: analysis.verdict,
    confusionScore: analysis.confusionScore,
    bodyRole: analysis.bodyRole,
    // A server from before the body status said only whether a role was called.
    bodyStatus: analysis.bodyStatus ?? (analysis.bodyRole ? 'ok' : 'thin'),
    otherJob: analysis.otherJob ?? null,
    suggestedTitle: analysis.suggestedTitle ?? null,
    titleRole: analysis.title?.role ?? null,
    titleText: analysis.title?.text ?? '',
    confidence: analysis.confidence,
    shares: {
      product_manager: analysis.profile?.product_manager ?? null,
      project_manager: analysis.profile?.project_manager ?? null,
      product_owner: analysis.profile?.product_owner ?? null,
    },
    summary: analysis.summary,
    // Absent (undefined) when the server has no index: the popup says so.
    market: analysis.market ?? null,
    evidence,
    mentionCount: analysis.mentions.filter((m) => m.field === 'body' && !m.negated).length,
  };
}

export async function read(tabId) {
  const stored = await chrome.storage.session.get(key(tabId));
  return stored[key(tabId)] ?? null;
}

export async function write(tabId, state) {
  await chrome.storage.session.set({ [key(tabId)]: { ...state, at: Date.now() } });
  await badge(tabId, state);
}

/** Drops the tab's analysis and its badge: the page it described is gone. */
export async function forget(tabId) {
  await chrome.storage.session.remove(key(tabId));
  await badge(tabId, { status: 'none' });
}

async function badge(tabId, state) {
  let text = '';
  let colour = VERDICT_COLOURS.unclear;
  let title = 'RoleLens';
  if (state.status === 'error') {
    text = '!';
    title = `RoleLens: ${state.error.message}`;
  } else if (state.status === 'done') {
    const { verdict, bodyRole, bodyStatus } = state.summary;
    text = state.legend.roles.find((r) => r.id === bodyRole)?.label ?? NO_ROLE_BADGE[bodyStatus] ?? '?';
    colour = VERDICT_COLOURS[verdict] ?? colour;
    const suggested = state.summary.suggestedTitle;
    const fits = suggested ? ` Title that fits the body: ${suggested.title ?? 'none of the three roles'}.` : '';
    title = `RoleLens: ${verdict}${state.summary.summary ? ` — ${state.summary.summary}` : ''}${fits}`;
  } else if (state.status === 'analysing') {
    text = '…';
  }
  try {
    await chrome.action.setBadgeText({ tabId, text });
    await chrome.action.setBadgeBackgroundColor({ tabId, color: colour });
    await chrome.action.setTitle({ tabId, title: title.slice(0, 500) });
  } catch {
    // the tab closed meanwhile
  }
}
