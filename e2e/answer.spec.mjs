// The answer first (issue 10): the headline (part="headline") is the first
// thing of the results, in large type, with the summary lines under it; on
// a narrow widget the answer comes before the form, and a bar keeps the
// headline in view while the form is edited; a share link opened on a
// 360×780 phone shows the headline in the first screen. With a report of
// contract 0.2 the widget shows the engine's own headline, and the same
// details as with 0.1.
import { test, expect, ready, complete, headline, card, select, axe, SUPERSESSION, ARTIFACTS } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
const box = (loc) => loc.evaluate((el) => el.getBoundingClientRect().toJSON());

for (const lang of ['zh-CN', 'en']) {
  for (const [width, height] of [
    [360, 780],
    [1280, 900],
  ]) {
    test(`answer first (${lang}, ${width}px): headline, in large type, then the summary lines`, async ({ page, watch }) => {
      await page.setViewportSize({ width, height });
      await page.goto(SUPERSESSION(lang, '2024-05-01'));
      await ready(page);
      const answer = calc(page, '.dt-answer');
      // The headline is the answer's first element, and the part a host page can style.
      expect(await answer.evaluate((el) => el.firstElementChild.getAttribute('part'))).toBe('headline');
      await expect(headline(page)).toHaveCount(1);
      await expect(headline(page)).toContainText(lang === 'en' ? 'bachelor' : '本科');
      const [hs, body] = await Promise.all([
        headline(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
        calc(page, '.dt-form label').first().evaluate((el) => parseFloat(getComputedStyle(el.closest('.dt')).fontSize)),
      ]);
      expect(hs / body, 'headline in large type').toBeGreaterThanOrEqual(1.35);
      const lines = calc(page, '.dt-summary > li');
      expect(await lines.count()).toBeGreaterThanOrEqual(2);
      const hb = await box(headline(page));
      const lb = await box(lines.first());
      expect(lb.top).toBeGreaterThanOrEqual(hb.bottom - 1);
      const form = await box(calc(page, '.dt-form'));
      const details = await box(calc(page, '.dt-details'));
      const ab = await box(answer);
      if (width <= 640) {
        // Narrow: the answer before the form, the details after it.
        expect(ab.bottom).toBeLessThanOrEqual(form.top);
        expect(details.top).toBeGreaterThanOrEqual(form.bottom);
        // A share link opened on a phone: the headline in the first screen.
        expect(hb.top).toBeGreaterThanOrEqual(0);
        expect(hb.bottom).toBeLessThanOrEqual(height);
        await page.screenshot({ path: join(ARTIFACTS, `answer-first-${lang}-${width}.png`) });
        expect(await axe(page, watch)).toEqual([]);
      } else {
        // Wide: the form on the left, the answer above the details on the right.
        expect(ab.left).toBeGreaterThanOrEqual(form.right);
        expect(ab.bottom).toBeLessThanOrEqual(details.top);
        expect(ab.top).toBeLessThan(form.top + 40);
      }
    });
  }

  test(`a bar keeps the headline in view while the form is edited on a phone (${lang})`, async ({ page, watch }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/embed.html?lang=${lang}&jurisdiction=CN-YN`);
    await ready(page);
    const bar = calc(page, '.dt-answerbar');
    await expect(bar).not.toHaveAttribute('data-show');
    // Scroll to the class select: the headline is out of view above.
    await calc(page, '#dt-class').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(bar).toHaveAttribute('data-show', '');
    const inner = calc(page, '.dt-answerbar-inner');
    await expect(inner).toBeVisible();
    expect((await box(inner)).top).toBeLessThanOrEqual(1);
    await expect(inner).toHaveText(await headline(page).textContent());
    // It follows the answer.
    await select(page, 'dt-class', 'preparatoryTechnician');
    await expect(inner).toContainText(lang === 'en' ? 'bachelor' : '本科');
    await page.screenshot({ path: join(ARTIFACTS, `answer-bar-${lang}-360.png`) });
    expect(await axe(page, watch)).toEqual([]);
    // Hidden for screen readers (the headline itself is the live answer), gone over the details.
    await expect(bar).toHaveAttribute('aria-hidden', 'true');
    await calc(page, '#dt-details-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(bar).not.toHaveAttribute('data-show');
    // Back at the top: no bar over the answer itself.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(bar).not.toHaveAttribute('data-show');
  });
}

test('the headline is announced, and a host page may style it through ::part', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(calc(page, '#dt-status')).toHaveAttribute('aria-live', 'polite');
  await expect(calc(page, '#dt-status')).toHaveText(await headline(page).textContent());
  const host = page.locator('dengtong-calculator');
  const before = await headline(page).evaluate((el) => getComputedStyle(el).color);
  // A host stylesheet (same origin, as a school site's own) styles the part.
  await page.route('**/host-part.css', (route) => route.fulfill({ contentType: 'text/css', body: 'dengtong-calculator::part(headline) { color: rgb(140, 29, 29); }' }));
  await page.evaluate(() => {
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = '/host-part.css';
    document.head.append(l);
  });
  await expect(headline(page)).toHaveCSS('color', 'rgb(140, 29, 29)');
  expect(before).not.toBe('rgb(140, 29, 29)');
  void host;
});

/** Serves pkg/dengtong.js as today's module with reports rewritten into the 0.2 shape. */
async function engine02(page) {
  const converter = readFileSync(join(here, 'contract-0.2.mjs'), 'utf8');
  await page.route(/\/pkg\/contract-0\.2\.mjs$/, (route) => route.fulfill({ contentType: 'text/javascript', body: converter }));
  await page.route(/\/pkg\/dengtong\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `import * as real from './dengtong.js?real';
import { to02 } from './contract-0.2.mjs';
export default real.default;
export const initSync = real.initSync;
export const rules = real.rules;
export function version() { return { ...real.version(), version: '0.2.0-test' }; }
export function evaluate(req) {
  const r = real.evaluate(req);
  const n = (r.equivalences ?? []).length;
  return to02(r, {
    headline: { code: 'summary.test', text: 'ENGINE HEADLINE ' + n + ' 2021-08-12' },
    lines: [{ code: 'summary.line.test', text: 'ENGINE LINE', section: 'equivalences' }],
  });
}`,
    }),
  );
}

for (const lang of ['zh-CN', 'en']) {
  test(`with a 0.2 report: the engine's headline and lines, the same details (${lang})`, async ({ page, watch }) => {
    await page.goto(SUPERSESSION(lang, '2025-05-01'));
    await ready(page);
    await complete(page);
    const details = await calc(page, '.dt-details').evaluate((el) => el.innerText);
    const cards = await calc(page, '.dt-card[data-purposes]').count();
    const fallback = await headline(page).textContent();

    await engine02(page);
    await page.goto('about:blank');
    await page.goto(SUPERSESSION(lang, '2025-05-01'));
    await ready(page);
    await complete(page);
    await expect(headline(page)).toHaveText(`ENGINE HEADLINE 10 ${lang === 'en' ? '12 August 2021' : '2021年8月12日'}`);
    await expect(headline(page)).toHaveAttribute('data-code', 'summary.test');
    await expect(calc(page, '.dt-summary > li')).toHaveText(['ENGINE LINE']);
    expect(fallback).not.toContain('ENGINE');
    expect(await calc(page, '.dt-card[data-purposes]').count()).toBe(cards);
    expect(await calc(page, '.dt-details').evaluate((el) => el.innerText)).toBe(details);
    // A clause's text is still one tap away, resolved from the report's tables.
    const cite = card(page, 'professionalTitle').locator('details.dt-cite').first();
    await cite.locator('summary').click();
    await expect(cite.locator('.dt-quote')).toContainText('本科');
    // The ?real module is this page's own file.
    watch.requests.splice(0, watch.requests.length);
  });
}
