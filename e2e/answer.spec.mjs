// The answer first (issue 10): the headline (part="headline") is the first
// thing of the results, in large type, with the summary lines under it; on
// a narrow widget the answer comes before the form, and a bar keeps the
// headline in view while the form is edited; a share link opened on a
// 360×780 phone shows the headline in the first screen. The headline and
// the lines are the engine's own (contract 0.2), verbatim; under them, what
// the main question still needs: missing fields (with the way to each),
// open points with their clauses.
import { test, expect, ready, complete, headline, card, select, axe, link, wordsOnly, engine, shownRequest, expectEngineAnswer, SUPERSESSION, ARTIFACTS } from './fixtures.mjs';
import { join } from 'node:path';
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

for (const lang of ['zh-CN', 'en']) {
  test(`the engine's headline and summary lines, verbatim, with their codes (${lang})`, async ({ page }) => {
    await page.goto(SUPERSESSION(lang, '2025-05-01'));
    await ready(page);
    await complete(page);
    const report = await expectEngineAnswer(page, 'graduate');
    expect(report.summary.headline.code).toMatch(/^headline\.countsAs/);
    await expect(headline(page)).toContainText('本科');
    // Every line of a graduate's report is shown (graduate mode shows every section).
    expect(await calc(page, '.dt-summary > li').count()).toBe(report.summary.lines.length);
    // The details: one card per level, each clause resolved from the report's tables.
    const levels = [...new Set(report.equivalences.map((e) => e.level))];
    await expect(calc(page, '.dt-card[data-purposes]')).toHaveCount(levels.length);
    const cite = card(page, 'professionalTitle').locator('details.dt-cite').first();
    await cite.locator('summary').click();
    await expect(cite.locator('.dt-quote')).toContainText('本科');
    const quotes = Object.values(report.clauses).map((c) => c.quote);
    expect(quotes).toContain(await cite.locator('.dt-quote p').first().textContent());
  });
}

test('undetermined: the headline names the missing field in words and leads to it', async ({ page, watch }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  // A university graduate, no 学历 stated, a post asking for 本科: the engine needs graduate.education.
  await page.goto(link({ mode: 'recruiter', lang: 'zh-CN', jur: 'CN', asOf: '2024-05-01', school: 'university', study: 'fullTime', grad: '2023-07-01', employer: 'publicInstitution', post: 'professional', req: 'bachelor', skill: '0' }));
  await ready(page);
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.postNeedsInformation');
  await expect(headline(page)).toHaveClass(/dt-headline-undetermined/);
  const report = await expectEngineAnswer(page, 'recruiter');
  expect(report.recruitment.missing).toEqual(['graduate.education']);
  const missing = calc(page, '.dt-answer .dt-missing');
  await expect(missing.locator('li')).toHaveText(['学历 去填写']);
  await expect(missing.locator('li')).toHaveAttribute('data-field', 'graduate.education');
  expect(await wordsOnly(page)).toEqual([]);
  await missing.locator('button').click();
  await expect(calc(page, '#dt-gedu')).toBeFocused();
  const inView = () => calc(page, '#dt-gedu').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
  await expect.poll(inView, { message: 'scrolled into view' }).toBe(true);
  expect(await axe(page, watch)).toEqual([]);
  // Given: the answer.
  await select(page, 'dt-gedu', 'bachelor');
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.mayApply');
  await expect(calc(page, '.dt-answer .dt-missing')).toHaveCount(0);
  expect((await shownRequest(page)).graduate.education).toBe('bachelor');
  // The link keeps it.
  expect(page.url()).toContain('gedu=bachelor');
});

test('undetermined on a placing: "placing 1: medal", and the way to that very control', async ({ page }) => {
  await page.goto(link({ mode: 'graduate', lang: 'en', jur: 'CN-YN', asOf: '2024-05-01', school: 'technicianCollege', class: 'senior', study: 'fullTime', grad: '2023-07-01', award: 'nationalSkillsCompetition.3...1' }));
  await ready(page);
  const report = engine(await shownRequest(page));
  const paths = [...new Set([...report.directRecruitment, ...report.entitlements].flatMap((e) => e.missing))];
  expect(paths).toContain('graduate.awards[0].medal');
  const item = calc(page, '.dt-details .dt-missing li[data-field="graduate.awards[0].medal"]').first();
  await expect(item.locator('.dt-missing-label')).toHaveText('Placing 1: medal');
  await item.locator('button').click();
  await expect(calc(page, '#dt-award-0-medal')).toBeFocused();
  expect(await wordsOnly(page)).toEqual([]);
});

test('unclear: the open point and the clause that leaves it open, under the headline', async ({ page }) => {
  // 公务员 post asking for 大专, a 预备技师班 graduate: whether 「参加机关事业单位招聘」 reaches 公务员录用 is open.
  await page.goto(link({ mode: 'recruiter', lang: 'zh-CN', jur: 'CN', asOf: '2024-05-01', school: 'technicianCollege', class: 'preparatoryTechnician', study: 'fullTime', grad: '2023-07-01', employer: 'governmentOrgan', post: 'civilServant', req: 'associate', skill: '0' }));
  await ready(page);
  const report = await expectEngineAnswer(page, 'recruiter');
  expect(report.recruitment.outcome).toBe('unclear');
  expect(report.recruitment.missing).toEqual([]);
  await expect(headline(page)).toHaveClass(/dt-headline-unclear/);
  const open = report.recruitment.reasons.filter((r) => r.code.startsWith('open.'));
  expect(open.length).toBeGreaterThan(0);
  const items = calc(page, '.dt-answer .dt-open li');
  for (const r of open) {
    const li = items.filter({ hasText: r.text });
    await expect(li).toHaveCount(1);
    const clause = report.clauses[r.citations[0].clauseId];
    const doc = report.documents[clause.documentId];
    await expect(li.locator('.dt-open-ref')).toContainText(`${doc.number || doc.title} ${clause.article}`);
  }
  // In the details, the open point's clause is one tap away.
  const rec = calc(page, '#dt-h-rec').locator('xpath=..');
  await expect(rec.locator('.dt-list-label').first()).toHaveText('规定未明确之处');
  await expect(calc(page, '.dt-answer .dt-missing')).toHaveCount(0);
});
