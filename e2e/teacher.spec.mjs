// Teacher mode asks what decides the answer (issue 10): the teacher's
// highest education and skill certificate are in the teacher's own
// fieldset, nothing is silently assumed, the answer says what is met and
// what is missing (the engine's reasons and what would qualify, under its
// headline), asks for the education in words where a rung turns on it and
// leads to the field, dates are in words, and no API field name is shown.
// Outcomes are asserted through the headline's code and the engine's own
// report for the request on screen.
import { test, expect, ready, headline, select, setDate, link, wordsOnly, axe, engine, shownRequest, expectEngineAnswer } from './fixtures.mjs';

const calc = (page, sel) => page.locator(`dengtong-calculator ${sel}`);
const TEACHER = (lang, extra = {}) =>
  link({ mode: 'teacher', lang, jur: 'CN-YN', asOf: '2024-09-02', track: 'practical', title: 'grade2Instructor', titleSince: '2021-09-01', teaching: '2016-09-01', probation: 'yes', ...extra });

/** The rung the headline names, in the engine's report for the request on screen. */
async function headlineRung(page) {
  const report = engine(await shownRequest(page));
  return { report, rung: report.titles.find((x) => x.title === report.summary.headline.params?.title) };
}

for (const lang of ['zh-CN', 'en']) {
  for (const width of [360, 1280]) {
    test(`teacher (${lang}, ${width}px): education and certificate in the teacher's fieldset, met and missing, dates in words`, async ({ page, watch }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(TEACHER(lang));
      await ready(page);
      // One fieldset holds the ladder facts, the education and the certificate; no graduate's school.
      const fs = calc(page, '#dt-track').locator('xpath=ancestor::fieldset[1]');
      for (const id of ['dt-title', 'dt-title-since', 'dt-teaching-since', 'dt-probation', 'dt-education', 'dt-teacher-cert']) await expect(fs.locator(`#${id}`)).toHaveCount(1);
      await expect(calc(page, '#dt-school')).toHaveCount(0);
      await expect(calc(page, '#dt-add-cert')).toHaveCount(0);
      // Nothing assumed: no education stated, none sent.
      await expect(calc(page, '#dt-education')).toHaveValue('');
      const req = await shownRequest(page);
      expect(req.teacher.education).toBeUndefined();
      expect(req.graduate.education).toBeUndefined();
      expect(req.graduate.classType).toBeUndefined();
      // 一级 needs a 技师 certificate whatever the education: not yet, and what would qualify.
      await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleNotYet');
      await expect(headline(page)).toContainText('一级实习指导教师');
      let { rung } = await headlineRung(page);
      expect(rung.title).toBe('grade1Instructor');
      await expectEngineAnswer(page, 'teacher');
      await expect(calc(page, '.dt-answer .dt-toqualify li')).toHaveText(rung.toQualify.map((x) => x.text));
      await expect(calc(page, '.dt-answer .dt-missing')).toHaveCount(0);

      // Where a rung turns on the education (讲师 after 助理讲师), the answer asks for it in words and leads to the field.
      await select(page, 'dt-track', 'theory');
      await select(page, 'dt-title', 'assistantLecturer');
      await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleNeedsInformation');
      await expect(headline(page)).toHaveClass(/dt-headline-undetermined/);
      ({ rung } = await headlineRung(page));
      expect(rung).toMatchObject({ title: 'lecturer', status: 'undetermined', missing: ['graduate.education'] });
      await expectEngineAnswer(page, 'teacher');
      const label = lang === 'en' ? 'Highest education' : '最高学历';
      const asked = calc(page, '.dt-answer .dt-missing li[data-field="graduate.education"]');
      await expect(asked.locator('.dt-missing-label')).toHaveText(label);
      await expect(calc(page, '.dt-rung[data-title="lecturer"] .dt-missing .dt-missing-label')).toHaveText(label);
      expect(await wordsOnly(page)).toEqual([]);
      await asked.locator('button').click();
      await expect(calc(page, '#dt-education')).toBeFocused();
      await select(page, 'dt-track', 'practical');
      await select(page, 'dt-title', 'grade2Instructor');

      // A 预备技师班 graduate with a 高级工 certificate: what is met (the years, with their date) and what is not (the certificate).
      await select(page, 'dt-education', 'class.preparatoryTechnician');
      await setDate(page, 'dt-teacher-grad', '2016-07-01');
      await select(page, 'dt-teacher-cert', 'senior');
      await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleNotYet');
      ({ rung } = await headlineRung(page));
      expect(rung).toMatchObject({ title: 'grade1Instructor', status: 'ineligible' });
      expect(rung.reasons.map((x) => x.code)).toContain('reason.routeWithYears');
      await expectEngineAnswer(page, 'teacher');
      await expect(calc(page, '.dt-answer .dt-met li')).toHaveText(rung.reasons.map((x) => x.text));
      await expect(calc(page, '.dt-answer .dt-met')).toContainText(lang === 'en' ? '1 September 2024' : '2024年9月1日');
      await expect(calc(page, '.dt-answer .dt-toqualify li')).toHaveText(rung.toQualify.map((x) => x.text));
      expect(await wordsOnly(page)).toEqual([]);
      // With the certificate: may apply now.
      await select(page, 'dt-teacher-cert', 'technician');
      await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleNow');
      await expect(headline(page)).toHaveClass(/dt-headline-eligible/);
      await expect(calc(page, '.dt-answer .dt-toqualify')).toHaveCount(0);
      // A stated level instead of a class.
      await select(page, 'dt-education', 'bachelor');
      await expect(calc(page, '#dt-teacher-grad')).toHaveCount(0);
      await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleNow');
      expect((await shownRequest(page)).teacher.education).toBe('bachelor');
      // Before the years are served: the date in words.
      await setDate(page, 'dt-asof', '2024-05-01');
      await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleFrom');
      await expect(headline(page)).toContainText(lang === 'en' ? '1 September 2024' : '2024年9月1日');
      await expectEngineAnswer(page, 'teacher');
      expect(await wordsOnly(page)).toEqual([]);
      if (width === 1280) expect(await axe(page, watch)).toEqual([]);
    });
  }
}

test('teacher: a 技工院校 class needs its graduation date, said as such', async ({ page }) => {
  await page.goto(TEACHER('zh-CN', { tedu: 'class.senior' }));
  await expect(headline(page)).toHaveText('请填写毕业日期');
  await expect(calc(page, '#dt-teacher-grad')).toHaveAttribute('aria-invalid', 'true');
  await setDate(page, 'dt-teacher-grad', '2015-07-01');
  await expect(headline(page)).not.toHaveText('请填写毕业日期');
  await expect(calc(page, '#dt-teacher-grad')).not.toHaveAttribute('aria-invalid', 'true');
});

test('teacher: a share link of the earlier widget keeps its meaning (class, date and certificates of the graduate fields)', async ({ page }) => {
  await page.goto(
    '/#dt=1&mode=teacher&lang=zh-CN&jur=CN-YN&asOf=2024-05-01&school=technicianCollege&class=preparatoryTechnician&study=fullTime&grad=2016-07-01&cert=senior~engineering&cert=technician~&track=practical&title=grade2Instructor&titleSince=2021-09-01&teaching=2016-09-01&probation=yes',
  );
  await ready(page);
  await expect(calc(page, '#dt-education')).toHaveValue('class.preparatoryTechnician');
  await expect(calc(page, '#dt-teacher-grad')).toHaveValue('2016-07-01');
  await expect(calc(page, '#dt-teacher-cert')).toHaveValue('technician');
  await expect(headline(page)).toHaveAttribute('data-code', 'headline.titleFrom');
  await expect(headline(page)).toContainText('2024年9月1日');
  const said = await headline(page).textContent();
  // The link is rewritten in the new form only once something is changed; it then round-trips.
  await select(page, 'dt-probation', 'yes');
  const url = page.url();
  expect(url).toContain('tedu=class.preparatoryTechnician');
  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
  await expect(headline(page)).toHaveText(said);
});
