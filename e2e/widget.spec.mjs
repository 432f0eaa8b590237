// The calculator end to end: graduate, recruiter and teacher flows, as-of
// date across a supersession, language switch, keyboard-only use, share
// link, accessibility, privacy (no request leaves the origin). The answer
// first, folded details, print, speed, hostile host CSS and the bugs of
// issue 10 have their own files beside this one.
import { test, expect, W, ready, complete, setDate, select, card, headline, fillSupersessionCase, axe, expectEngineAnswer, ARTIFACTS, SUPERSESSION } from './fixtures.mjs';
import { join } from 'node:path';

const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);

test.describe('served with the CSP', () => {
  test('every response carries the Content-Security-Policy; wasm is application/wasm; text is compressed', async ({ page }) => {
    const seen = [];
    page.on('response', (r) => seen.push(r));
    await page.goto('/');
    await ready(page);
    expect(seen.length).toBeGreaterThan(4);
    for (const r of seen) {
      expect(r.headers()['content-security-policy'], r.url()).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    }
    const wasm = seen.find((r) => r.url().endsWith('.wasm'));
    expect(wasm, 'the wasm module was fetched').toBeTruthy();
    expect(wasm.headers()['content-type']).toBe('application/wasm');
    for (const r of seen.filter((x) => /\.(js|css|wasm)$/.test(x.url()))) expect(['br', 'gzip'], r.url()).toContain(r.headers()['content-encoding']);
    // Inline style attributes would need 'unsafe-inline': none anywhere.
    const styled = await page.evaluate(() => {
      const all = [...document.querySelectorAll('[style]')];
      const root = document.querySelector('dengtong-calculator').shadowRoot;
      return all.length + root.querySelectorAll('[style]').length + document.querySelectorAll('script:not([src])').length;
    });
    expect(styled).toBe(0);
  });
});

test('graduate: fill the form, read the answer, an equivalence and its quote', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await select(page, 'dt-jur', 'CN');
  await select(page, 'dt-school', 'technicianCollege');
  await select(page, 'dt-class', 'preparatoryTechnician');
  await select(page, 'dt-study', 'fullTime');
  await setDate(page, 'dt-grad-date', '2023-07-01');
  await setDate(page, 'dt-asof', '2024-05-01');
  await calc(page, '#dt-add-cert').click();
  await select(page, 'dt-cert-0-level', 'technician');
  await select(page, 'dt-cert-0-field', 'engineering');
  await calc(page, '#dt-add-award').click();
  await select(page, 'dt-award-0-comp', 'nationalClass1');
  await calc(page, '#dt-award-0-rank').fill('8');
  await select(page, 'dt-award-0-team', '1');
  await calc(page, '#dt-honour-nationalTechnicalExpert').check();

  await expect(headline(page)).toContainText('职称评审');
  await expect(headline(page)).toContainText('本科');
  const title = card(page, 'professionalTitle');
  await expect(title.locator('.dt-level')).toHaveText('本科');
  await expect(title.locator('.dt-card-title')).toContainText('职称评审');
  // The clause: visible 文号 and article; the verbatim quote behind <details>.
  const first = title.locator('details.dt-cite').first();
  await expect(first.locator('.dt-cite-no')).toContainText('号');
  await expect(first.locator('.dt-quote')).toBeHidden();
  await first.locator('summary').click();
  await expect(first.locator('.dt-quote')).toBeVisible();
  await expect(first.locator('.dt-quote')).toContainText('本科');
  await expect(first.locator('.dt-doc-title')).toContainText('《');
  // Other sections render with citations.
  await expect(calc(page, '#dt-h-direct')).toBeVisible();
  await expect(calc(page, '#dt-h-ent')).toBeVisible();
  await expect(calc(page, '#dt-h-skill')).toBeVisible();
  await expect(calc(page, '.dt-resultsfor')).toContainText('2024年5月1日');
  await expect(calc(page, '.dt-status')).toHaveText(await headline(page).textContent());
  // The answer follows an input at once.
  await select(page, 'dt-class', 'senior');
  await expect(title.locator('.dt-level')).toHaveText('大专');
  await expect(headline(page)).toContainText('大专');
});

test('language switch: English UI, Chinese quotes with English glosses', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await select(page, 'dt-class', 'preparatoryTechnician');
  await setDate(page, 'dt-grad-date', '2023-07-01');
  await setDate(page, 'dt-asof', '2024-05-01');
  await calc(page, '#dt-lang').click();
  await expect(calc(page, '.dt-title')).toHaveText('Technical-school graduates: education equivalence');
  await expect(page.locator('dengtong-calculator')).toHaveAttribute('lang', 'en');
  await expect(calc(page, '#dt-lang')).toBeFocused();
  // The engine's English headline and lines, as it wrote them.
  await expect(headline(page)).toHaveAttribute('data-code', /^headline\.countsAs/);
  await expect(headline(page)).toContainText('本科');
  const report = await expectEngineAnswer(page, 'graduate');
  expect(report.lang).toBe('en');
  expect(report.equivalences.find((e) => e.purpose === 'professionalTitle').level).toBe('bachelor');
  const title = card(page, 'professionalTitle');
  await expect(title.locator('.dt-card-title')).toContainText('Professional title evaluation');
  const cite = title.locator('details.dt-cite').first();
  await cite.locator('summary').click();
  const quote = cite.locator('.dt-quote');
  await expect(quote).toHaveAttribute('lang', 'zh-CN');
  expect(await quote.textContent()).toMatch(/[\u4e00-\u9fff]/);
  await expect(cite.locator('.dt-gloss')).toContainText('In short');
  await expect(calc(page, '.dt-resultsfor')).toContainText('1 May 2024');
  await calc(page, '#dt-lang').click();
  await expect(calc(page, '.dt-title')).toHaveText('技工院校毕业生学历等同查询');
});

test('as-of date across a supersession (CN-YN, 云人社发[2014]140号 第九条)', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await fillSupersessionCase(page);
  const title = card(page, 'professionalTitle');

  await setDate(page, 'dt-asof', '2020-01-01');
  await expect(title.locator('.dt-level')).toHaveText('大专');
  const cites = title.locator('.dt-cites').first();
  await expect(cites).toContainText('云人社发[2014]140号');
  await expect(cites).toContainText('第九条');
  await expect(title.locator('.dt-superseded')).toHaveCount(0);
  // The later change is on the card, with its date, and the part in force now is marked.
  const ptLine = title.locator('.dt-history-line', { hasText: '大专' });
  await expect(ptLine).toContainText('2021年6月30日起：本科');
  await expect(ptLine.locator('.dt-history-now')).toContainText('大专');

  await setDate(page, 'dt-asof', '2021-08-12');
  await expect(title.locator('.dt-level')).toHaveText('本科');
  const sup = title.locator('.dt-superseded');
  await expect(sup).toBeVisible();
  await expect(sup).toContainText('已失效');
  await expect(sup).toContainText('云人社发[2014]140号');
  await expect(sup).toContainText('第九条');
  await expect(sup).toContainText('2021年8月12日');
  const supCite = sup.locator('details.dt-cite').first();
  await supCite.locator('summary').click();
  await expect(supCite.locator('.dt-quote')).toContainText('可按大专学历参加专业技术职称申报评审');
  await expect(title.locator('.dt-history-line', { hasText: '大专' }).locator('.dt-history-now')).toContainText('本科');
});

test('recruiter: a post and one applicant → outcome first, reasons, clauses', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await calc(page, 'label[for="dt-mode-recruiter"]').click();
  await expect(page.locator('dengtong-calculator')).toHaveAttribute('mode', 'recruiter');
  await setDate(page, 'dt-asof', '2024-05-01');
  await select(page, 'dt-jur', 'CN-YN');
  await select(page, 'dt-employer', 'publicInstitution');
  await select(page, 'dt-posttype', 'professional');
  await select(page, 'dt-reqedu', 'bachelor');
  await select(page, 'dt-class', 'preparatoryTechnician');
  await setDate(page, 'dt-grad-date', '2023-07-01');
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.mayApply');
  await expect(headline(page)).toHaveClass(/dt-headline-eligible/);
  await expectEngineAnswer(page, 'recruiter');
  const verdict = calc(page, '.dt-verdict');
  await expect(verdict).toHaveClass(/dt-verdict-eligible/);
  await expect(verdict).toContainText('本科');
  const reasons = calc(page, '.dt-reasons > li');
  expect(await reasons.count()).toBeGreaterThan(0);
  await expect(reasons.first().locator('.dt-cite-no').first()).toContainText('号');

  // A senior-class applicant for a bachelor post: not eligible, with a way to qualify.
  await select(page, 'dt-class', 'senior');
  await expect(headline(page)).toHaveAttribute('data-code', /^headline\.mayNotApply/);
  await expect(headline(page)).toHaveClass(/dt-headline-ineligible/);
  await expect(verdict).toHaveClass(/dt-verdict-ineligible/);
  // Under the headline: what would qualify, in the engine's words.
  const report = await expectEngineAnswer(page, 'recruiter');
  expect(report.recruitment.toQualify.length).toBeGreaterThan(0);
  await expect(calc(page, '.dt-answer .dt-main .dt-toqualify li')).toHaveText(report.recruitment.toQualify.map((x) => x.text));
  await expect(calc(page, '#dt-h-rec')).toBeVisible();
});

test('teacher: each rung with status and earliest date to apply', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await calc(page, 'label[for="dt-mode-teacher"]').click();
  await setDate(page, 'dt-asof', '2024-05-01');
  await select(page, 'dt-track', 'practical');
  await select(page, 'dt-title', 'grade2Instructor');
  await setDate(page, 'dt-title-since', '2021-09-01');
  await setDate(page, 'dt-teaching-since', '2016-09-01');
  await select(page, 'dt-probation', 'yes');
  await select(page, 'dt-education', 'class.preparatoryTechnician');
  await setDate(page, 'dt-teacher-grad', '2016-07-01');
  await select(page, 'dt-teacher-cert', 'technician');
  const rungs = calc(page, '.dt-rung');
  await expect(rungs).toHaveCount(5);
  const g1 = calc(page, '.dt-rung[data-title="grade1Instructor"]');
  await expect(g1.locator('.dt-badge-notYet')).toHaveText('尚未到期');
  await expect(g1.locator('.dt-when')).toContainText('2024年9月1日');
  await expect(g1.locator('.dt-cite-no').first()).toContainText('号');
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleFrom');
  await expect(headline(page)).toContainText('2024年9月1日');
  await expect(headline(page)).toContainText('一级实习指导教师');
  await expect(headline(page)).toHaveClass(/dt-headline-notYet/);
  await expectEngineAnswer(page, 'teacher');
  await expect(calc(page, '.dt-rung[data-title="grade2Instructor"] .dt-badge-current')).toBeVisible();
  await setDate(page, 'dt-asof', '2024-09-01');
  await expect(g1.locator('.dt-badge-eligible')).toBeVisible();
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleNow');
  await expect(headline(page)).toContainText('一级实习指导教师');
  await expect(headline(page)).toHaveClass(/dt-headline-eligible/);
  await select(page, 'dt-track', 'theory');
  await expect(calc(page, '.dt-rung')).toHaveCount(4);
});

test('keyboard only: switch mode, add a certificate, open a clause, visible focus', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const active = () => page.evaluate(() => document.querySelector('dengtong-calculator').shadowRoot.activeElement?.id ?? '');
  async function tabTo(id, max = 80) {
    for (let i = 0; i < max; i++) {
      if ((await active()) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}; at #${await active()}`);
  }
  const outline = () =>
    page.evaluate(() => {
      const el = document.querySelector('dengtong-calculator').shadowRoot.activeElement;
      const target = el.matches('.dt-seg-input') ? el.nextElementSibling : el;
      const cs = getComputedStyle(target);
      return `${cs.outlineStyle} ${cs.outlineWidth}`;
    });

  await tabTo('dt-lang');
  expect(await outline()).toMatch(/^solid [23]px$/);
  // The answer comes before the form: its actions first.
  await tabTo('dt-copy');
  await tabTo('dt-mode-graduate');
  expect(await outline()).toMatch(/^solid [23]px$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('dengtong-calculator')).toHaveAttribute('mode', 'recruiter');
  expect(await active()).toBe('dt-mode-recruiter');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('dengtong-calculator')).toHaveAttribute('mode', 'graduate');

  await tabTo('dt-class');
  await page.keyboard.press('ArrowDown'); // senior → preparatoryTechnician
  await expect(calc(page, '#dt-class')).toHaveValue('preparatoryTechnician');
  await expect(card(page, 'professionalTitle').locator('.dt-level')).toHaveText('本科');

  await tabTo('dt-add-cert');
  await page.keyboard.press('Enter');
  expect(await active()).toBe('dt-cert-0-level');
  await expect(calc(page, '#dt-cert-0-level')).toHaveValue('senior');
  await page.keyboard.press('Tab');
  expect(await active()).toBe('dt-cert-0-field');
  await page.keyboard.press('Tab');
  expect(await active()).toBe('dt-cert-0-remove');
  await page.keyboard.press('Enter');
  expect(await active()).toBe('dt-add-cert');
  await expect(calc(page, '#dt-cert-0-level')).toHaveCount(0);

  // Into the details: the first clause of the first card.
  const summary = card(page, 'professionalTitle').locator('details.dt-cite summary').first();
  for (let i = 0; i < 80 && !(await summary.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  expect(await summary.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(card(page, 'professionalTitle').locator('.dt-quote').first()).toBeVisible();
});

test('share link: the URL fragment reproduces the answer, and nothing reaches the server', async ({ page, watch }) => {
  await page.goto('/');
  await ready(page);
  await fillSupersessionCase(page);
  await setDate(page, 'dt-asof', '2021-08-12');
  await calc(page, '#dt-lang').click();
  await expect(card(page, 'professionalTitle').locator('.dt-level')).toHaveText("bachelor's level (本科)");
  const url = page.url();
  expect(url).toContain('#dt=1');
  expect(url).toContain('asOf=2021-08-12');
  const before = await calc(page, '.dt-card[data-purposes] .dt-level').allTextContents();
  const said = await headline(page).textContent();
  for (const r of watch.requests) expect(r).not.toContain('2019-07-01');

  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
  await expect(calc(page, '#dt-asof')).toHaveValue('2021-08-12');
  await expect(calc(page, '#dt-jur')).toHaveValue('CN-YN');
  await expect(calc(page, '#dt-class')).toHaveValue('preparatoryTechnician');
  await expect(calc(page, '#dt-cert-0-field')).toHaveValue('engineering');
  await expect(page.locator('dengtong-calculator')).toHaveAttribute('lang', 'en');
  await expect(headline(page)).toHaveText(said);
  expect(await calc(page, '.dt-card[data-purposes] .dt-level').allTextContents()).toEqual(before);
  await expect(card(page, 'professionalTitle').locator('.dt-superseded')).toBeVisible();
  for (const r of watch.requests) expect(new URL(r).search).toBe('');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await calc(page, '#dt-copy').click();
  await expect(calc(page, '.dt-share-out')).toContainText(/Link copied|copy the link/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(url);
});

for (const lang of ['zh-CN', 'en']) {
  test(`axe-core: zero violations (${lang}, every mode, clauses open)`, async ({ page, watch }) => {
    await page.goto(`${SUPERSESSION(lang)}&award=nationalClass1.8...1`);
    await ready(page);
    await card(page, 'professionalTitle').locator('details.dt-cite summary').first().click();
    expect(await axe(page, watch), 'graduate mode').toEqual([]);
    await calc(page, 'label[for="dt-mode-recruiter"]').click();
    await expect(calc(page, '.dt-verdict')).toBeVisible();
    expect(await axe(page, watch), 'recruiter mode').toEqual([]);
    await calc(page, 'label[for="dt-mode-teacher"]').click();
    await expect(calc(page, '.dt-rung').first()).toBeVisible();
    await calc(page, '.dt-rung details.dt-fold summary').first().click();
    expect(await axe(page, watch), 'teacher mode').toEqual([]);
  });
}

test('axe-core: embed guide and dark mode', async ({ page, watch }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/');
  await ready(page);
  const bg = await calc(page, '.dt').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  expect(await axe(page, watch), 'dark mode').toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, 'dark-zh-CN-1280.png'), fullPage: true });
  await page.goto('/embed-guide.html');
  await expect(page.locator('h1')).toBeVisible();
  expect(await axe(page, watch), 'embed guide').toEqual([]);
});

test('iframe page: query parameters set language, jurisdiction and mode', async ({ page }) => {
  await page.goto('/embed.html?lang=en&jurisdiction=CN-YN&mode=teacher');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(calc(page, '#dt-jur')).toHaveValue('CN-YN');
  await expect(calc(page, '#dt-mode-teacher')).toBeChecked();
  await expect(calc(page, '#dt-h-titles')).toHaveText('Title ladder');
});

test.describe('layout', () => {
  for (const lang of ['zh-CN', 'en']) {
    for (const width of [1280, 360, 320]) {
      test(`${lang} at ${width}px: no horizontal scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(SUPERSESSION(lang));
        await ready(page);
        await complete(page);
        await card(page, 'professionalTitle').locator('details.dt-cite summary').first().click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(ARTIFACTS, `${lang}-${width}.png`), fullPage: true });
      });
    }
  }

  test('200% zoom (640 CSS px at 2× scale) reflows without horizontal scrolling', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await ready(page);
    for (const mode of ['recruiter', 'teacher', 'graduate']) {
      await calc(page, `label[for="dt-mode-${mode}"]`).click();
      await expect(page.locator('dengtong-calculator')).toHaveAttribute('mode', mode);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, mode).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'zh-CN-zoom200.png') });
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

test('i18n: every UI string and vocabulary name exists in both languages', async ({ page }) => {
  const { TABLES, LANGS } = await import('../www/i18n.js');
  expect(LANGS).toEqual(['zh-CN', 'en']);
  const bad = [];
  for (const [k, pair] of Object.entries(TABLES.UI)) if (!Array.isArray(pair) || pair.length !== 2 || !pair[0] || !pair[1]) bad.push(k);
  for (const [group, vals] of Object.entries(TABLES.VOCAB))
    for (const [k, pair] of Object.entries(vals)) if (!Array.isArray(pair) || pair.length !== 2 || !pair[0] || !pair[1]) bad.push(`${group}.${k}`);
  expect(bad).toEqual([]);
  const need = {
    purpose: ['professionalTitle', 'publicInstitutionRecruitment', 'governmentRecruitment', 'enterpriseRecruitment', 'enlistment', 'ncoRecruitment', 'startingWage', 'rankPromotion', 'employmentPolicies', 'instructorRecruitment'],
    entitlement: ['internshipSubsidy', 'jobSeekingStartupSubsidy', 'socialInsuranceSubsidy', 'startupGuaranteedLoan', 'taxRelief', 'startupSubsidy', 'rentSubsidy', 'trainingSubsidy', 'skillAssessmentSubsidy', 'collegeGraduatePolicies', 'competitionCashAward', 'skillLevelPromotion'],
    route: ['publicInstitution', 'technicalSchoolTeaching', 'vocationalSchoolTeaching'],
    education: ['secondaryVocational', 'associate', 'bachelor', 'master', 'doctorate'],
  };
  for (const [group, vals] of Object.entries(need)) for (const v of vals) expect(TABLES.VOCAB[group][v], `${group}.${v}`).toBeTruthy();
  for (const s of ['eligible', 'ineligible', 'undetermined', 'notYet', 'unclear']) expect(TABLES.UI[`status.${s}`]).toBeTruthy();
  // Values are named as the engine names them: www/vocabulary.js is what pkg/rules.json gives.
  const { vocabularySource } = await import('../scripts/widget-vocabulary.mjs');
  const { readFileSync } = await import('node:fs');
  const registry = JSON.parse(readFileSync(new URL('../pkg/rules.json', import.meta.url), 'utf8'));
  expect(readFileSync(new URL('../www/vocabulary.js', import.meta.url), 'utf8'), 'run node scripts/widget-vocabulary.mjs').toBe(vocabularySource(registry));
  const engineNames = Object.fromEntries(registry.vocabulary.map((g) => [g.name, g.values]));
  for (const x of engineNames.title) expect(TABLES.VOCAB.title[x.value]).toEqual([x['zh-CN'], x.en.charAt(0).toUpperCase() + x.en.slice(1)]);
  for (const x of engineNames.education) expect(TABLES.VOCAB.education[x.value]).toEqual([x['zh-CN'], x.en]);
  void page;
  void W;
});
