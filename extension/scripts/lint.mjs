// `npm run lint`: ESLint over the extension's JavaScript with eslint.config.js, as the Maven build runs
// it. Exits 1 on any problem. Without `npm ci` ESLint is not installed: it says so and skips, as the
// browser tests skip without their browsers (CI installs both).
let ESLint;
try {
  ({ ESLint } = await import('eslint'));
} catch {
  console.log('ESLint skipped: it is not installed; run `npm ci` in extension/ to lint the JavaScript');
  process.exit(0);
}
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
if (problems > 0) {
  console.log(await formatter.format(results));
  process.exit(1);
}
console.log(`ESLint: ${results.length} files, no problems`);
