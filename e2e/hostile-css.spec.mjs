// Bug 4 of issue 10: a host page's inherited properties must not reach
// into the widget through its Shadow DOM. A hostile stylesheet (served from
// the page's own origin, as a school site's own CSS would be) sets every
// inherited property it can on every element, and the root font size; the
// widget's text must look exactly as without it.
import { test, expect, ready, headline, SUPERSESSION, ARTIFACTS } from './fixtures.mjs';
import { join } from 'node:path';

const HOSTILE = `
* {
  font-size: 30px !important;
  letter-spacing: 0.3em !important;
  word-spacing: 1em !important;
  line-height: 3 !important;
  text-transform: uppercase !important;
  direction: rtl !important;
  text-align: right !important;
  font-style: italic !important;
  font-weight: 900 !important;
  text-indent: 3em !important;
  white-space: pre !important;
  color: rgb(255, 0, 255) !important;
  font-family: serif !important;
}`;
const TINY_ROOT = 'html { font-size: 62.5% !important; }';

/** The styles that matter to a reader, of a few elements inside the widget, and its size. */
function look(page) {
  return page.evaluate(() => {
    const host = document.querySelector('dengtong-calculator');
    const root = host.shadowRoot;
    const pick = (sel) => {
      const el = root.querySelector(sel);
      const cs = getComputedStyle(el);
      return [sel, cs.fontSize, cs.letterSpacing, cs.wordSpacing, cs.lineHeight, cs.textTransform, cs.direction, cs.fontStyle, cs.fontWeight, cs.textIndent, cs.whiteSpace, cs.color, cs.fontFamily].join(' | ');
    };
    const r = root.querySelector('.dt').getBoundingClientRect();
    return {
      styles: ['.dt', '.dt-title', '[part="headline"]', '.dt-summary li', '.dt-form label', '.dt-form select', '.dt-card-title', '.dt-cite-summary', '.dt-btn'].map(pick),
      width: Math.round(r.width),
      headline: Math.round(root.querySelector('[part="headline"]').getBoundingClientRect().height),
    };
  });
}

async function addSheet(page, path, css) {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/css', body: css }));
  await page.evaluate(async (href) => {
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = href;
    const loaded = new Promise((ok) => l.addEventListener('load', ok, { once: true }));
    document.head.append(l);
    await loaded;
  }, path);
}

for (const lang of ['zh-CN', 'en']) {
  for (const width of [360, 1280]) {
    test(`hostile host CSS changes nothing inside the widget (${lang}, ${width}px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/embed.html${SUPERSESSION(lang).slice(1)}`);
      await ready(page);
      const before = await look(page);
      await addSheet(page, '/hostile.css', HOSTILE);
      // The host page itself is hostile now …
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      // … the widget is not.
      const after = await look(page);
      expect(after.styles).toEqual(before.styles);
      expect(Math.abs(after.width - before.width)).toBeLessThanOrEqual(2);
      expect(after.headline).toBe(before.headline);
      await expect(headline(page)).toHaveCSS('text-transform', 'none');
      await expect(headline(page)).toHaveCSS('direction', 'ltr');
      await page.screenshot({ path: join(ARTIFACTS, `hostile-css-${lang}-${width}.png`) });
    });
  }
}

test('a host page with a small root font size (html { font-size: 62.5% }) does not shrink the widget', async ({ page }) => {
  await page.goto(SUPERSESSION('zh-CN'));
  await ready(page);
  const before = await look(page);
  await addSheet(page, '/tiny-root.css', TINY_ROOT);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
  const after = await look(page);
  expect(after.styles).toEqual(before.styles);
  expect(after.headline).toBe(before.headline);
});
