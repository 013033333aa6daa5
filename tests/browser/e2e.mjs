#!/usr/bin/env node
// End-to-end test of a built onrecord site in a real browser, from disk.
//
//   node e2e.mjs SITE_DIR        (e.g. node tests/browser/e2e.mjs public)
//
// A reader's path through the example dossier, as file:// pages in Debian's
// headless Chromium (CHROMIUM=... to use another binary):
// home -> Russia's dossier -> the article behind one of its statements ->
// back -> a search from disk, following a result. Any console error, page
// error, failed load or request that is not file:// fails the run: the site
// must work offline. Ends with "N passed, N failed"; exit 1 on any failure.

import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const SITE = process.argv[2];
const WORD = process.env.E2E_SEARCH_WORD || 'Ryabkov';
const DOSSIER = 'actors/russia/index.html';
const TIMEOUT = 10_000;

if (!SITE || !existsSync(join(SITE, 'index.html'))) {
  console.error('usage: node e2e.mjs SITE_DIR (a built site with index.html)');
  console.log('0 passed, 1 failed');
  process.exit(2);
}
const home = pathToFileURL(join(resolve(SITE), 'index.html')).href;

let passed = 0;
let failed = 0;
const offences = []; // console errors, page errors, failed or network requests

async function step(name, body) {
  const before = offences.length;
  try {
    const detail = await body();
    if (offences.length > before) {
      throw new Error(offences.slice(before).join('; '));
    }
    passed++;
    console.log(`ok      ${name}${detail ? ` (${detail})` : ''}`);
  } catch (e) {
    failed++;
    console.log(`FAILED  ${name}: ${String(e.message || e).split('\n')[0]}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/// Clicks `link` and waits until the page at `urlPattern` has loaded.
async function follow(page, link, urlPattern) {
  await Promise.all([
    page.waitForURL(urlPattern, { timeout: TIMEOUT, waitUntil: 'load' }),
    link.click({ timeout: TIMEOUT }),
  ]);
}

/// The site-relative path of a file:// URL, without the fragment.
function sitePath(url) {
  const root = home.slice(0, -'index.html'.length);
  return decodeURIComponent(url.split('#')[0]).replace(decodeURIComponent(root), '');
}

/// Visible links on the page: [{href, text, item}], `item` being the text of
/// the list item or block around the link (a result may show the speaker
/// beside the link rather than in it).
async function visibleLinks(page) {
  return page.$$eval('a[href]', (as) =>
    as
      .filter((a) => a.getClientRects().length > 0)
      .map((a) => ({
        href: a.href,
        text: (a.textContent || '').trim(),
        item: ((a.closest('li, article, p, tr, dd, blockquote') || a).textContent || '').trim(),
      })),
  );
}

/// Polls for up to `ms` until `find()` returns a non-empty list.
async function waitForList(page, find, ms) {
  let found = await find();
  for (let waited = 0; found.length === 0 && waited < ms; waited += 100) {
    await page.waitForTimeout(100);
    found = await find();
  }
  return found;
}

const profile = mkdtempSync(join(tmpdir(), 'onrecord-e2e-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
} catch (e) {
  console.log(`FAILED  launch Chromium: ${String(e.message).split('\n')[0]}`);
  console.log('0 passed, 1 failed');
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}

// Block and record anything that would leave the disk.
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('file://')) return route.continue();
  offences.push(`network request: ${url}`);
  return route.abort('blockedbyclient');
});
const page = context.pages()[0] || (await context.newPage());
page.on('console', (m) => {
  if (m.type() === 'error') offences.push(`console error on ${sitePath(page.url())}: ${m.text()}`);
});
page.on('pageerror', (e) => offences.push(`page error on ${sitePath(page.url())}: ${e.message}`));
page.on('requestfailed', (r) => {
  if (r.url().startsWith('file://')) {
    offences.push(`failed to load ${sitePath(r.url())}: ${r.failure()?.errorText || ''}`);
  }
});
page.setDefaultTimeout(TIMEOUT);

try {
  await step('home page opens from disk', async () => {
    await page.goto(home, { waitUntil: 'load' });
    expect((await page.title()).trim() !== '', 'the home page has no <title>');
    expect((await page.locator('h1').count()) > 0, 'the home page has no <h1>');
  });

  await step(`home -> dossier (${DOSSIER})`, async () => {
    const link = page.locator(`a[href$="${DOSSIER}"]:visible`).first();
    expect((await link.count()) === 1, `no visible link to ${DOSSIER} on the home page`);
    await follow(page, link, (url) => sitePath(url.href) === DOSSIER);
    const text = await page.locator('body').innerText();
    expect(text.includes('Ryabkov'), 'the dossier does not mention Ryabkov');
  });

  let articleUrl = '';
  await step('dossier -> the article of a statement (outlet link)', async () => {
    const link = page.locator('a[href*="articles/"][href*="/index.html"]:visible').first();
    expect((await link.count()) === 1, 'no link to an article page on the dossier');
    await follow(page, link, (url) => /^articles\/[^/]+\/index\.html$/.test(sitePath(url.href)));
    articleUrl = page.url();
    expect((await page.locator('h1').count()) > 0, 'the article page has no <h1>');
    const fragment = new URL(articleUrl).hash.slice(1);
    if (fragment) {
      expect((await page.locator(`[id="${fragment}"]`).count()) === 1, `no element #${fragment}`);
    }
    return sitePath(articleUrl);
  });

  await step('back to the dossier', async () => {
    await page.goBack({ waitUntil: 'load' });
    expect(sitePath(page.url()) === DOSSIER, `back went to ${sitePath(page.url())}`);
  });

  await step(`search "${WORD}" from disk and follow a result`, async () => {
    await page.goto(home, { waitUntil: 'load' });
    const box = page.locator('input[type=search]:visible').first();
    expect((await box.count()) === 1, 'no visible search box (input[type=search])');
    const before = new Set((await visibleLinks(page)).map((l) => l.href));
    const word = WORD.toLowerCase();
    const mentions = (l) => l.text.toLowerCase().includes(word) || l.item.toLowerCase().includes(word);
    await box.fill(WORD);
    let how = 'live results';
    let results = await waitForList(
      page,
      async () => (await visibleLinks(page)).filter((l) => !before.has(l.href) && mentions(l)),
      2000,
    );
    if (results.length === 0) {
      // No live results: submit the form and read the results page.
      how = 'results page';
      const from = page.url();
      await box.press('Enter');
      await page.waitForURL((url) => url.href !== from, { timeout: TIMEOUT });
      await page.waitForLoadState('load');
      results = await waitForList(
        page,
        async () =>
          (await visibleLinks(page)).filter(
            (l) => mentions(l) && !sitePath(l.href).startsWith('search/') && !before.has(l.href),
          ),
        2000,
      );
    }
    expect(results.length > 0, `no result mentioning ${WORD} appeared`);
    const target = results[0].href;
    await page.$$eval(
      'a[href]',
      (as, href) => as.find((a) => a.href === href && a.getClientRects().length > 0).setAttribute('data-e2e-target', ''),
      target,
    );
    await follow(page, page.locator('a[data-e2e-target]'), (url) => url.href === target);
    const fragment = new URL(target).hash.slice(1);
    if (fragment) {
      const anchor = page.locator(`[id="${decodeURIComponent(fragment)}"]`);
      expect((await anchor.count()) === 1, `the result's anchor #${fragment} is not on ${sitePath(target)}`);
    }
    const text = await page.locator('body').innerText();
    expect(text.toLowerCase().includes(WORD.toLowerCase()), `${sitePath(target)} does not mention ${WORD}`);
    return `${how}, ${results.length} results; followed ${sitePath(target)}${new URL(target).hash}`;
  });

  await step('no console errors, page errors or network requests', async () => {
    expect(offences.length === 0, `${offences.length} seen (listed above)`);
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
