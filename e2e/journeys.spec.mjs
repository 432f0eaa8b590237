// The four journeys of issue 10, as a person takes them, with screenshots
// under e2e/artifacts/ (looked at by a person, not compared by a program):
// a parent on a phone opening a share link, a recruiter, a teacher, and the
// printed statement (also in print.spec.mjs).
import { test, expect, ready, complete, headline, card, select, setDate, link, SUPERSESSION, ARTIFACTS, axe } from './fixtures.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
const shot = (page, name, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `journey-${name}.png`), fullPage });

test('journey: a parent opens a share link on a phone', async ({ page, watch }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(SUPERSESSION('zh-CN', '2025-05-01'));
  await ready(page);
  await complete(page);
  const hb = await headline(page).evaluate((el) => el.getBoundingClientRect().toJSON());
  expect(hb.top).toBeGreaterThanOrEqual(0);
  expect(hb.bottom).toBeLessThanOrEqual(780);
  await shot(page, 'parent-phone-first-screen');
  // The details: one card, its history, a clause one tap away.
  const pt = card(page, 'professionalTitle');
  const cite = pt.locator('details.dt-cite').first();
  await cite.scrollIntoViewIfNeeded();
  await cite.locator('summary').click();
  await expect(cite.locator('.dt-quote')).toBeVisible();
  await pt.scrollIntoViewIfNeeded();
  await shot(page, 'parent-phone-card');
  await shot(page, 'parent-phone-full', true);
  expect(await axe(page, watch)).toEqual([]);
});

test('journey: a recruiter checks one applicant, then a spreadsheet', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await ready(page);
  await calc(page, 'label[for="dt-mode-recruiter"]').click();
  await select(page, 'dt-reqedu', 'bachelor');
  await select(page, 'dt-class', 'preparatoryTechnician');
  await setDate(page, 'dt-grad-date', '2023-07-01');
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.mayApply');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'recruiter-one');
  await shot(page, 'recruiter-one-full', true);
  await calc(page, 'label[for="dt-view-batch"]').click();
  await calc(page, '#dt-batch-file').setInputFiles(join(here, 'fixtures', 'applicants-mixed.csv'));
  await expect(calc(page, '.dt-count-all .dt-count-n')).toHaveText('8', { timeout: 20_000 });
  await shot(page, 'recruiter-batch', true);
});

for (const [lang, width] of [
  ['zh-CN', 1280],
  ['en', 360],
]) {
  test(`journey: a teacher asks when to apply for the next title (${lang}, ${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 600 ? 780 : 900 });
    await page.goto(link({ mode: 'teacher', lang, jur: 'CN-YN', asOf: '2024-05-01', track: 'practical', title: 'grade2Instructor', titleSince: '2021-09-01', teaching: '2016-09-01', probation: 'yes', tedu: 'none' }));
    await ready(page);
    await select(page, 'dt-education', 'class.preparatoryTechnician');
    await setDate(page, 'dt-teacher-grad', '2016-07-01');
    await select(page, 'dt-teacher-cert', 'senior');
    // Not yet: the certificate is what is missing, said under the headline.
    await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleNotYet');
    await expect(headline(page)).toContainText('一级实习指导教师');
    await expect(calc(page, '.dt-answer .dt-main .dt-toqualify')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `teacher-${lang}-${width}`);
    await shot(page, `teacher-${lang}-${width}-full`, true);
  });
}
