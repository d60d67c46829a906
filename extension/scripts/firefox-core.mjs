// The core browser cases in Debian's firefox-esr through puppeteer-core (WebDriver BiDi), the extension
// installed as a temporary add-on: a JSON-LD page, an adapter page, a single-page board followed
// through clicks and history, and a server that is down. Run by FirefoxCoreTest, which serves the
// fixtures and the RoleLens server, builds the add-on twice (WebDriver BiDi cannot open
// moz-extension:// pages, so no options page here): WEBEXT with that server as its default, and
// WEBEXT_DOWN with a port where nothing listens. Prints one "ok <case>" line per case passed.
// Exit 0 passed, 1 failed.
import puppeteer from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const { WEBEXT, WEBEXT_DOWN, JSONLD_URL, ADAPTER_URL, SPA_URL, SCREENSHOTS, FIREFOX = '/usr/bin/firefox-esr' } = process.env;

function fail(message) {
  console.error(`firefox-core: ${message}`);
  process.exitCode = 1;
}

/** The viewport point at the start of the first text node under rootSelector holding phrase, or null. */
async function pointAt(page, rootSelector, phrase) {
  return page.evaluate((selector, wanted) => {
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(wanted);
        if (at < 0 || !node.parentElement.checkVisibility()) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        node.parentElement.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0];
        return { x: box.left + 4, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, rootSelector, phrase);
}

/** Hovers the phrase until RoleLens explains it, and checks that the tooltip names the role. */
async function expectExplained(page, rootSelector, phrase, role) {
  const deadline = Date.now() + 30_000;
  let tooltip = null;
  while (Date.now() < deadline) {
    const point = await pointAt(page, rootSelector, phrase);
    if (point) {
      await page.mouse.move(point.x, point.y);
      tooltip = await page.waitForFunction(() => {
        const t = document.querySelector('rolelens-tooltip');
        return t && !t.hidden ? t.shadowRoot.querySelector('.box').textContent : null;
      }, { timeout: 1_000 }).then((h) => h.jsonValue(), () => null);
      if (tooltip && tooltip.startsWith(`${role} · `)) return tooltip;
      await page.mouse.move(1, 1); // off the phrase, so the next hover shows a fresh tooltip
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`"${phrase}" was not explained as ${role} (last tooltip: ${tooltip})`);
}

async function screenshot(page, name) {
  if (!SCREENSHOTS) return;
  try {
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `firefox-${name}.png`) });
  } catch (error) {
    console.log(`firefox-core: warning: screenshot ${name} not saved: ${error.message ?? error}`);
  }
}

const cases = {
  async jsonld(page) {
    await page.goto(JSONLD_URL);
    const tooltip = await expectExplained(page, '.rich-text', 'Own the product backlog', 'Product Owner');
    await screenshot(page, 'jsonld');
    return `highlighted and explained "Own the product backlog" (${tooltip.slice(0, 60)}…)`;
  },
  async adapter(page) {
    await page.goto(ADAPTER_URL);
    await expectExplained(page, '.job__description', 'customer interviews', 'Product Manager');
    return 'Greenhouse layout: "customer interviews" explained as Product Manager';
  },
  async spa(page) {
    await page.goto(SPA_URL);
    await expectExplained(page, '#job-details', 'Own the product backlog', 'Product Owner');
    await page.click('#card-2');
    await expectExplained(page, '#job-details', 'Deliver projects on time', 'Project Manager');
    await page.goBack();
    await expectExplained(page, '#job-details', 'Own the product backlog', 'Product Owner');
    return 'followed card clicks and history.back() on the LinkedIn layout';
  },
  async serverDown(page) {
    await page.goto(ADAPTER_URL);
    // Long enough for the content script to run, fail to reach the server and give up.
    await new Promise((r) => setTimeout(r, 4_000));
    const touched = await page.evaluate(() => document.querySelectorAll('style[data-rolelens], rolelens-mark, rolelens-tooltip').length);
    if (touched) throw new Error(`the page was changed though the server is down (${touched} RoleLens elements)`);
    return 'server down: the page is left untouched (FirefoxCoreTest checks the add-on did try the server)';
  },
};

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
  let id = await browser.installExtension(WEBEXT);
  const page = await browser.newPage();
  for (const name of ['jsonld', 'adapter', 'spa', 'serverDown']) {
    if (name === 'serverDown') {
      await browser.uninstallExtension(id);
      id = await browser.installExtension(WEBEXT_DOWN);
    }
    const started = Date.now();
    try {
      console.log(`ok ${name}: ${await cases[name](page)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      await screenshot(page, `failed-${name}`);
      fail(`${name}: ${error.stack ?? error}`);
    }
  }
} catch (error) {
  fail(error.stack ?? String(error));
} finally {
  await browser.close();
}
