// Shared fixtures: every test's page is watched for console errors, page
// errors, CSP violations and requests that leave the origin; any of them
// fails the test. Helpers drive the widget (its shadow DOM is open, and
// Playwright's CSS locators pierce it).
import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { initSync, evaluate } from '../pkg/dengtong.js';
import { sectionsOf } from '../www/report-view-model.js';

export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const test = base.extend({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const problems = { console: [], pageErrors: [], csp: [], offsite: [], requests: [] };
      await page.addInitScript(() => {
        // Every request the widget asked the engine (its public dengtong-result event).
        window.__requests = [];
        document.addEventListener('dengtong-result', (e) => window.__requests.push(JSON.parse(JSON.stringify(e.detail.request))));
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
        if (/Content Security Policy/i.test(m.text())) problems.csp.push(m.text());
      });
      page.on('pageerror', (e) => problems.pageErrors.push(e.message));
      page.on('request', (r) => {
        problems.requests.push(r.url());
        const u = r.url();
        if (!u.startsWith(origin + '/')) problems.offsite.push(u);
      });
      await use(problems);
      const csp = await page.evaluate(() => window.__csp ?? []).catch(() => []);
      expect(problems.pageErrors, 'page errors').toEqual([]);
      expect(problems.console, 'console errors/warnings').toEqual([]);
      expect([...problems.csp, ...csp], 'CSP violations').toEqual([]);
      expect(problems.offsite, 'requests leaving the origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The widget root inside the shadow DOM. */
export const W = (page) => page.locator('dengtong-calculator .dt');

/** The headline (the answer, first). */
export const headline = (page) => page.locator('dengtong-calculator [part="headline"]');

/** Waits until the widget shows an answer and its details. */
export async function ready(page) {
  await expect(page.locator('dengtong-calculator .dt-headline:not(.dt-headline-loading)')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('dengtong-calculator .dt-details .dt-section').first()).toBeAttached({ timeout: 15_000 });
}

/** Waits until every clause body is built and the history computed (idle work done). */
export async function complete(page) {
  await expect(page.locator('dengtong-calculator[data-complete]')).toBeAttached({ timeout: 15_000 });
}

/** A share link (#dt=1&…) for a state given as parameters. */
export const link = (params) => `/#dt=1&${new URLSearchParams(params).toString()}`;

/** The supersession case as a share link: CN-YN 技师学院 预备技师班, 2019 graduate, engineering 预备技师 certificate. */
export const SUPERSESSION = (lang = 'zh-CN', asOf = '2021-08-12') =>
  link({ mode: 'graduate', lang, jur: 'CN-YN', asOf, school: 'technicianCollege', class: 'preparatoryTechnician', study: 'fullTime', grad: '2019-07-01', cert: 'preparatoryTechnician.engineering' });

/** No part of a shown text names an API field or an ISO date inside a sentence. */
export async function wordsOnly(page) {
  return page.evaluate(() => {
    const root = document.querySelector('dengtong-calculator').shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const bad = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('.dt-url, option, script, style, [hidden]')) continue;
      const text = n.textContent;
      if (/\b(?:graduate|teacher|post)\.[a-z][a-zA-Z]+/.test(text)) bad.push(`field name: ${text.trim().slice(0, 80)}`);
      if (/\d{4}-\d{2}-\d{2}/.test(text)) bad.push(`ISO date: ${text.trim().slice(0, 80)}`);
    }
    return bad;
  });
}

/** Sets a date input and waits for the answer to follow. */
export async function setDate(page, id, iso) {
  await page.locator(`dengtong-calculator #${id}`).fill(iso);
}

export async function select(page, id, value) {
  await page.locator(`dengtong-calculator #${id}`).selectOption(value);
}

/** The equivalence card holding a purpose (one card per distinct answer). */
export const card = (page, purpose) => page.locator(`dengtong-calculator .dt-card[data-purposes~="${purpose}"]`);

/** The supersession scenario of the brief (CN-YN 技师学院 预备技师班, 2019 graduate, engineering 预备技师 certificate). */
export async function fillSupersessionCase(page) {
  await select(page, 'dt-jur', 'CN-YN');
  await select(page, 'dt-school', 'technicianCollege');
  await select(page, 'dt-class', 'preparatoryTechnician');
  await select(page, 'dt-study', 'fullTime');
  await setDate(page, 'dt-grad-date', '2019-07-01');
  await page.locator('dengtong-calculator #dt-add-cert').click();
  await select(page, 'dt-cert-0-level', 'preparatoryTechnician');
  await select(page, 'dt-cert-0-field', 'engineering');
}

/** Runs axe-core over the page (it walks open shadow roots). Injected
 *  through the DevTools protocol: a <script> tag would (rightly) be refused
 *  by the page's CSP. */
export async function axe(page, watch) {
  const before = watch ? watch.console.length : 0;
  const beforeCsp = watch ? watch.csp.length : 0;
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const n = window.__csp.length;
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    // axe itself applies an inline style while measuring (the page's CSP
    // refuses it, as it should); that report is the tool's, not the page's.
    window.__csp.splice(n, window.__csp.length - n, ...window.__csp.slice(n).filter((x) => !/^style-src/.test(x)));
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  if (watch) {
    const noise = (m) => /Applying inline style violates/.test(m);
    watch.console.splice(before, watch.console.length - before, ...watch.console.slice(before).filter((m) => !noise(m)));
    watch.csp.splice(beforeCsp, watch.csp.length - beforeCsp, ...watch.csp.slice(beforeCsp).filter((m) => !noise(m)));
  }
  return violations;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let engineReady = false;
/** The engine itself (pkg/, in Node): the report for a request. */
export function engine(request) {
  if (!engineReady) {
    initSync({ module: readFileSync(join(root, 'pkg', 'dengtong_bg.wasm')) });
    engineReady = true;
  }
  return evaluate(request);
}

/** The request behind the answer on screen (the last one the widget asked). */
export async function shownRequest(page) {
  return page.evaluate(() => window.__requests.at(-1) ?? null);
}

/** The answer on screen is the engine's own: the headline and its code,
 *  and the summary lines of the sections the mode shows, verbatim and in
 *  order, each with its code. Returns the engine's report. */
export async function expectEngineAnswer(page, mode) {
  let report = null;
  await expect
    .poll(async () => {
      const req = await shownRequest(page);
      if (!req) return 'no answer yet';
      report = engine(req);
      const shown = await headline(page).evaluate((el) => ({ text: el.textContent, code: el.dataset.code }));
      return shown.text === report.summary.headline.text && shown.code === report.summary.headline.code ? 'same' : `${shown.code}: ${shown.text}`;
    })
    .toBe('same');
  const want = report.summary.lines.filter((l) => sectionsOf(mode).includes(l.section));
  const lines = page.locator('dengtong-calculator .dt-summary > li');
  await expect(lines).toHaveText(want.map((l) => l.text));
  expect(await lines.evaluateAll((els) => els.map((el) => [el.dataset.code, el.dataset.section]))).toEqual(want.map((l) => [l.code, l.section]));
  return report;
}
