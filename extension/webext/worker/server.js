// The only code that talks to the RoleLens server. Every call has a timeout; failures become
// {kind, message} errors whose message tells the user what to do.
const START_HINT = 'Start it in the RoleLens folder with: ./rolelens serve';
const TOKEN_HINT = 'the token the server was started with (its --token option, or the ROLELENS_TOKEN environment variable)';

/**
 * Thrown for every failed call; kind is down | slow | auth (no token sent) | bad_token (the token sent
 * is not the server's) | refused.
 */
export class ServerError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

async function call(settings, path, init = {}) {
  const url = `${settings.serverUrl}${path}`;
  const headers = { ...(init.headers ?? {}) };
  if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutSeconds * 1000);
  let response;
  try {
    response = await fetch(url, { ...init, headers, signal: controller.signal, credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    if (controller.signal.aborted) {
      throw new ServerError('slow', `The RoleLens server at ${settings.serverUrl} did not answer within ${settings.timeoutSeconds} s. It may still be starting; try again in a moment. If it stays slow, restart it. ${START_HINT}`);
    }
    throw new ServerError('down', `The RoleLens server is not running at ${settings.serverUrl}. ${START_HINT} (or set another address in RoleLens options), then analyse the page again.`);
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 401) {
    // The server says which in WWW-Authenticate, but only the token we sent tells it for sure.
    if (!settings.token) throw new ServerError('auth', `The RoleLens server at ${settings.serverUrl} needs a token: set ${TOKEN_HINT} in RoleLens options.`);
    throw new ServerError('bad_token', `The RoleLens server at ${settings.serverUrl} refused the token: the token is wrong. Set ${TOKEN_HINT} in RoleLens options.`);
  }
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try {
      detail = (await response.json())?.error?.message ?? detail;
    } catch {
      // not JSON: keep the status
    }
    throw new ServerError('refused', `The RoleLens server could not analyse this page: ${detail}`);
  }
  return init.method === 'HEAD' ? {} : response.json();
}

/** POST /api/v1/analyze with the posting's blocks, and its date (ISO) when the page gives one. */
export function analyze(settings, title, blocks, datePosted) {
  return call(settings, '/api/v1/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(datePosted ? { title, blocks, datePosted } : { title, blocks }),
  });
}

/**
 * GET /api/v1/lexicon, reduced to what highlights and the popup need: roles, category names, and each
 * section's weight (what a phrase in it counts for: 0, nothing).
 */
export async function legend(settings) {
  const lexicon = await call(settings, '/api/v1/lexicon');
  return {
    lexiconVersion: lexicon.lexiconVersion,
    roles: lexicon.roles.map(({ id, displayName, colour, underline, label }) => ({ id, displayName, colour, underline, label })),
    categories: Object.fromEntries(lexicon.categories.map((c) => [c.id, c.displayName])),
    sections: Object.fromEntries(lexicon.sections.map((s) => [s.id, s.weight])),
  };
}

/**
 * GET /health, then HEAD /api/v1/lexicon with the token (/health needs none, the API does when the
 * server has one): {up: true} or {up: false, kind, problem}.
 */
export async function health(settings) {
  const quick = { ...settings, timeoutSeconds: Math.min(settings.timeoutSeconds, 3) };
  try {
    await call(quick, '/health');
    await call(quick, '/api/v1/lexicon', { method: 'HEAD' });
    return { up: true };
  } catch (error) {
    return { up: false, kind: error.kind ?? 'down', problem: error.message };
  }
}
