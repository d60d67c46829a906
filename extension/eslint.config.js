// ESLint (flat config) for the extension's JavaScript: `npm run lint`, which the Maven build runs
// before the unit tests. Content and shared scripts are classic scripts that add to
// globalThis.RoleLens (the browser loads them in order); the popup, options page and background are
// ES modules; tests and scripts run on Node.
import js from '@eslint/js';
import globals from 'globals';

const browser = { ...globals.browser, ...globals.webextensions };

export default [
  { ignores: ['node_modules/', 'target/'] },
  js.configs.recommended,
  {
    files: ['webext/content/**/*.js', 'webext/shared/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: browser },
  },
  {
    files: ['webext/background.js', 'webext/popup/**/*.js', 'webext/options/**/*.js', 'webext/worker/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: browser },
  },
  {
    files: ['test/**/*.js', 'test-support/**/*.js', 'eslint.config.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Puppeteer scripts: Node, plus the page's globals in the functions they evaluate in the page.
    files: ['scripts/**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
];
