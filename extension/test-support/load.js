// Loads the extension's shared and content scripts the way the browser does: they add to globalThis.RoleLens.
import '../webext/shared/messages.js';
import '../webext/shared/settings.js';
import '../webext/content/jsonld.js';
import '../webext/content/blocks.js';
import '../webext/content/adapters.js';
import '../webext/content/fallback.js';

export const RoleLens = globalThis.RoleLens;
