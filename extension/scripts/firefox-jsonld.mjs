// One Firefox run of the JSON-LD case: Debian's firefox-esr through puppeteer-core (WebDriver BiDi),
// the extension installed as a temporary add-on. Run by FirefoxJsonLdTest, which serves the fixture
// and the RoleLens server, builds the add-on with that server as its default, and passes the paths
// in the environment (WebDriver BiDi cannot open moz-extension:// pages, so no options page here). Exit 0 passed, 1 failed.
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const { WEBEXT, FIXTURE_URL, SCREENSHOT, FIREFOX = '/usr/bin/firefox-esr' } = process.env;
const PHRASE = 'Own the product backlog';

function fail(message) {
  console.error(`firefox-jsonld: ${message}`);
  process.exitCode = 1;
}

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  // A first start on a busy CI machine can outlast puppeteer's 30 s default.
  timeout: 90_000,
  acceptInsecureCerts: true,
  extraPrefsFirefox: {
    'network.dns.forceResolve': '127.0.0.1',
    'network.proxy.type': 0,
    'extensions.originControls.grantByDefault': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.enabled': false,
  },
});
try {
  await browser.installExtension(WEBEXT);
  const page = await browser.newPage();
  page.on('console', async (m) => console.log(`console: ${m.text()} ${await Promise.all(m.args().map((a) => a.evaluate((v) => (v && v.stack ? `${v}\n${v.stack}` : String(v))).catch((e) => `?${e}`)))}`));
  await page.goto(FIXTURE_URL);
  console.log(`firefox-jsonld: loaded "${await page.title()}"`);
  await page.waitForSelector('style[data-rolelens]', { timeout: 60_000 });
  const point = await page.evaluate((phrase) => {
    const root = document.querySelector('.rich-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const box = range.getClientRects()[0];
      return { x: box.left + 4, y: box.top + box.height / 2 };
    }
    return null;
  }, PHRASE);
  if (!point) throw new Error(`"${PHRASE}" is not on the page`);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => {
    const t = document.querySelector('rolelens-tooltip');
    return t && !t.hidden;
  }, { timeout: 5_000 });
  const tooltip = await page.evaluate(() => document.querySelector('rolelens-tooltip').shadowRoot.querySelector('.box').textContent);
  if (!tooltip.startsWith('Product Owner · ')) fail(`the tooltip reads "${tooltip}"`);
  if (SCREENSHOT) {
    // Best effort: the screenshot is a kept artifact, not what this run checks.
    try {
      await mkdir(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    } catch (error) {
      console.log(`firefox-jsonld: warning: screenshot not saved: ${error.message ?? error}`);
    }
  }
  if (!process.exitCode) console.log(`firefox-jsonld: highlighted and explained "${PHRASE}" (${tooltip.slice(0, 60)}…)`);
} catch (error) {
  fail(error.stack ?? String(error));
} finally {
  await browser.close();
}
