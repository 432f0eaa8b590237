// Details folded (issue 10): per section one card per distinct answer
// (purposes with the same level together), each clause listed once with
// its 文号, article and date, the verbatim text one tap away; caveats once
// where they apply; a one-line history where the answer changed within the
// rules' history, consistent with the answer on each side of the change.
import { test, expect, ready, complete, card, setDate, link, SUPERSESSION } from './fixtures.mjs';
import { v } from '../www/i18n.js';

const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
const SENIOR_2023 = (lang) => link({ mode: 'graduate', lang, jur: 'CN-YN', asOf: '2024-05-01', school: 'technicianCollege', class: 'senior', study: 'fullTime', grad: '2023-07-01' });

for (const lang of ['zh-CN', 'en']) {
  for (const width of [360, 1280]) {
    test(`one card per distinct answer, each clause once, caveats once (${lang}, ${width}px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(SENIOR_2023(lang));
      await ready(page);
      await complete(page);
      // Every purpose counts as 大专: one card names them all.
      const eq = calc(page, '#dt-h-eq').locator('xpath=..');
      const cards = eq.locator('.dt-card[data-purposes]');
      await expect(cards).toHaveCount(1);
      const purposes = (await cards.getAttribute('data-purposes')).split(' ');
      expect(purposes.length).toBeGreaterThanOrEqual(8);
      await expect(cards.locator('.dt-card-title')).toContainText(lang === 'en' ? 'Professional title evaluation' : '职称评审、事业单位公开招聘');
      await expect(cards.locator('.dt-level')).toHaveText(v(lang, 'education', 'associate'));
      // Each clause once, with 文号, article and date.
      const clauses = await cards.locator('details.dt-cite > summary').evaluateAll((els) =>
        els.map((s) => [s.querySelector('.dt-cite-no').textContent, s.querySelector('.dt-cite-art').textContent, s.querySelector('time')?.getAttribute('datetime') ?? '']),
      );
      expect(clauses.length).toBeGreaterThan(5);
      expect(new Set(clauses.map(([no, art]) => `${no} ${art}`)).size).toBe(clauses.length);
      for (const [no, art] of clauses) {
        expect(no.length).toBeGreaterThan(3);
        expect(art.length).toBeGreaterThan(0);
      }
      expect(clauses.filter(([, , date]) => date).length).toBeGreaterThan(3);
      // A clause covering only some of the card's purposes says which.
      await expect(cards.locator('.dt-cite-for').first()).toBeAttached();
      // The verbatim text is one tap away.
      const first = cards.locator('details.dt-cite').first();
      await expect(first.locator('.dt-quote')).toBeHidden();
      await first.locator('summary').click();
      await expect(first.locator('.dt-quote')).toBeVisible();
      // Caveats once: no caveat text is said twice in a section.
      for (const id of ['dt-h-eq', 'dt-h-direct', 'dt-h-ent']) {
        const said = await calc(page, `#${id}`)
          .locator('xpath=..')
          .evaluate((sec) => [...sec.querySelectorAll('.dt-caveats li')].map((li) => li.textContent.replace(/^[^：:]*[：:]\s*/, '')));
        expect(new Set(said).size, id).toBe(said.length);
      }
      // Entitlements with the same answer are one card too.
      const ent = await calc(page, '.dt-card[data-entitlements]').evaluateAll((els) => els.map((e) => e.dataset.entitlements.split(' ').length));
      expect(ent.reduce((a, b) => a + b, 0)).toBeGreaterThan(ent.length);
    });

    test(`history: the Yunnan certificate holder's answer changed on a date, said in one line (${lang}, ${width}px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(SUPERSESSION(lang, '2025-05-01'));
      await ready(page);
      await complete(page);
      const pt = card(page, 'professionalTitle');
      await expect(pt.locator('.dt-level')).toHaveText(v(lang, 'education', 'bachelor'));
      const line = pt.locator('.dt-history-line', { hasText: '140' });
      await expect(line).toHaveCount(1);
      if (lang === 'en') {
        await expect(line).toContainText(`until 29 June 2021: ${v('en', 'education', 'associate')} (云人社发[2014]140号 第九条)`);
        await expect(line).toContainText(`from 30 June 2021: ${v('en', 'education', 'bachelor')}`);
      } else {
        await expect(line).toContainText('至 2021年6月29日：大专（云人社发[2014]140号 第九条）');
        await expect(line).toContainText('2021年6月30日起：本科');
      }
      // One sentence: at 1280 px two or three lines, never a paragraph. (At 360 px the English line
      // takes 7: the engine's level names, "associate degree level (大专)", are longer than the
      // widget's former "associate (大专)"; the sentence itself is the same.)
      const lines = await line.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      expect(lines).toBeLessThanOrEqual(width > 1000 ? 3 : lang === 'en' ? 7 : 6);
      // The answer on each side of the change is the line's.
      await setDate(page, 'dt-asof', '2021-06-29');
      await expect(pt.locator('.dt-level')).toHaveText(v(lang, 'education', 'associate'));
      await setDate(page, 'dt-asof', '2021-06-30');
      await expect(pt.locator('.dt-level')).toHaveText(v(lang, 'education', 'bachelor'));
      // The supersession of 140号 第九条 itself is kept, with its clause.
      await setDate(page, 'dt-asof', '2021-08-12');
      await expect(pt.locator('.dt-superseded')).toContainText('第九条');
    });
  }
}

test('no history line for a graduate after every change of the rules', async ({ page }) => {
  await page.goto(SENIOR_2023('zh-CN'));
  await ready(page);
  await complete(page);
  await expect(calc(page, '.dt-history-line')).toHaveCount(0);
});
