// A district centre's own year, as a methodist runs it, through the installed
// command and in both languages: a new workspace, the centre's own Word plan
// imported, checked and printed; what was held recorded; the calendar
// exported; the two monitoring rounds sent by the schools, merged and
// compared; the year's analysis; the web section built with the monitoring
// and served. Every step reads what the step before it wrote.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { binPath, spawnCli, temporaryDir } from '../helpers/cli.js';
import { convertToPdf, normaliseText, pdfToText, soffice } from '../helpers/libreoffice.js';
import { fillForm, reportOf } from '../reports/helpers.js';

/** The centre's plan as a school keeps it: typed in Word (here: a page saved by Word, opened and saved as DOCX by LibreOffice). */
const wordPlan = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>План</title></head><body>
<table border="0" width="100%"><tr>
<td>СОГЛАСОВАНО<br>Начальник отдела образования<br>администрации Тестового района<br>________ А.А. Петрова<br>«___» ________ 2025 г.</td>
<td>УТВЕРЖДАЮ<br>Директор МБУ «Центр развития образования»<br>________ Б.Б. Сидорова<br>29 августа 2025 г.<br>Приказ № 112-од от 29.08.2025</td>
</tr></table>
<p align="center"><b>План работы муниципального центра поддержки классных руководителей на 2025-2026 учебный год</b></p>
<p><b>Цель:</b> методическое сопровождение классных руководителей района.</p>
<table border="1" cellspacing="0">
<tr><th>№ п/п</th><th>Мероприятие</th><th>Сроки</th><th>Ответственные</th></tr>
<tr><td colspan="4"><b>I. Методическая работа</b></td></tr>
<tr><td>1.</td><td>Вебинар для классных руководителей</td><td>каждый третий понедельник месяца</td><td>Методист центра</td></tr>
<tr><td>2.</td><td>Семинар «Классный час: новые формы»</td><td>23 октября 2025 г.</td><td>Руководитель центра</td></tr>
<tr><td colspan="4"><b>II. Работа с родителями</b></td></tr>
<tr><td>3.</td><td>Районное родительское собрание</td><td>последняя среда месяца</td><td>Методист центра</td></tr>
<tr><td>4.</td><td>Мониторинг деятельности классных руководителей</td><td>до 15 декабря, до 15 мая</td><td>Руководитель центра</td></tr>
</table>
<p>Руководитель центра ________ Б.Б. Сидорова</p>
</body></html>`;

/** The district's own registry: four schools and their coordinators. */
const registry = `kind: registry
region: Тестовый район
level: district
districts:
  - id: test
    name: Тестовый район
    coordinator: {name: А.А. Петрова, position: Начальник отдела образования}
schools:
${['sosh-1', 'sosh-2', 'sosh-3', 'oosh-4']
  .map(
    (id, index) =>
      `  - id: ${id}\n    district: test\n    name: МБОУ «Школа № ${index + 1}»\n    coordinator: {name: В.В. Иванова, position: Заместитель директора по ВР}`,
  )
  .join('\n')}
`;

let word: string | undefined;
/** The Word plan as a DOCX, made by LibreOffice once for both languages. */
function wordFile(): string {
  if (word === undefined) {
    const folder = temporaryDir('centre-year-word-');
    writeFileSync(path.join(folder, 'plan.html'), wordPlan);
    soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', folder, path.join(folder, 'plan.html')]);
    word = path.join(folder, 'plan.docx');
  }
  return word;
}

const locales = {
  ru: { LANG: 'ru_RU.UTF-8', says: { imported: /перенесён .*plan\.docx/, checked: /Проверено файлов: \d+/, done: /Отмечено/, wrote: /записан/ } },
  en: { LANG: 'en_US.UTF-8', says: { imported: /imported .*plan\.docx/, checked: /\d+ file\(s\) checked/, done: /recorded/, wrote: /wrote/ } },
} as const;

for (const [locale, { LANG, says }] of Object.entries(locales)) {
  describe(`a centre's year in ${locale === 'ru' ? 'Russian' : 'English'}, through the installed command`, () => {
    it('runs from init to the site', async () => {
      const home = temporaryDir('centre-year-');
      const run = (args: string[], today = '2026-05-25') => {
        const result = spawnCli(args, { cwd: workspace, env: { LANG, CENTRE_TODAY: today } });
        expect(result.stderr, `centre ${args.join(' ')}`).not.toMatch(/Unexpected|Непредвиденный|at .*\.cjs:\d+/);
        return result;
      };
      // 1. a new workspace
      expect(spawnCli(['init', 'centre'], { cwd: home, env: { LANG } }).code).toBe(0);
      const workspace = path.join(home, 'centre');

      // 2. the centre's own Word plan, imported
      copyFileSync(wordFile(), path.join(home, 'plan.docx'));
      const imported = run(['plan', 'import', path.join(home, 'plan.docx')]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(says.imported);
      const planFile = path.join(workspace, 'plans', 'plan.yaml');
      const plan = parse(readFileSync(planFile, 'utf8'));
      expect(plan).toMatchObject({ kind: 'plan', academicYear: '2025-2026', goal: 'методическое сопровождение классных руководителей района.' });
      expect(plan.title).toBe('План работы муниципального центра поддержки классных руководителей');
      expect(plan.approvals[1]).toMatchObject({ stamp: 'УТВЕРЖДАЮ', orderNumber: '112-од', orderDate: '2025-08-29' });
      expect(plan.sections.flatMap((section: { items: { id: unknown }[] }) => section.items.map((item) => item.id))).toEqual([1, 2, 3, 4]);

      // 3. checked, and printed ready to sign
      writeFileSync(path.join(workspace, 'plans', 'district-registry.yaml'), registry);
      const checked = run(['validate']);
      expect(checked.code, checked.stdout + checked.stderr).toBe(0);
      expect(checked.stdout).toMatch(says.checked);
      const built = run(['plan', 'build', 'plans/plan.yaml', '-o', 'out/']);
      expect(built.code, built.stderr).toBe(0);
      // read in LibreOffice with the analysis (step 7): one start of LibreOffice for both
      const printedPlan = path.join(home, 'printed-plan.docx');
      copyFileSync(path.join(workspace, 'out', 'plan.docx'), printedPlan);

      // 4. what was held, by the number printed in the plan
      const done = run(['done', 'plans/plan.yaml', '2', '--date', '2025-10-23', '--category', 'классные руководители=32,родители=8']);
      expect(done.code, done.stderr).toBe(0);
      expect(done.stdout).toMatch(says.done);
      expect(run(['done', 'plans/plan.yaml', '3', '--date', '2025-09-24', '--participants', '120']).code).toBe(0);
      const record = parse(readFileSync(path.join(workspace, 'plans', 'plan.record.yaml'), 'utf8'));
      expect(record.entries.map((entry: { item: unknown }) => entry.item)).toEqual([2, 3]);

      // 5. the calendar, for a calendar program
      const ics = run(['calendar', '--from', '2025-09-01', '--to', '2026-05-31', '--format', 'ics', '-o', 'year.ics']);
      expect(ics.code, ics.stderr).toBe(0);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(workspace, 'year.ics'), 'utf8')));
      expect(calendar.getFirstPropertyValue('x-wr-calname')).not.toBe('centre');
      const events = calendar.getAllSubcomponents('vevent');
      const webinar = events.find((event) => String(event.getFirstPropertyValue('summary')).startsWith('Вебинар'))!;
      const rule = webinar.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rule.toString()).toMatch(/FREQ=MONTHLY/);
      expect(rule.toString()).toMatch(/BYDAY=3MO/);
      const seminar = events.find((event) => String(event.getFirstPropertyValue('summary')).startsWith('Семинар'))!;
      expect(String(seminar.getFirstPropertyValue('dtstart'))).toBe('2025-10-23');
      for (const event of events) expect(String(event.getFirstPropertyValue('description') ?? '')).not.toMatch(/plans\/.*\.yaml/);

      // 6. the two monitoring rounds: forms for the district's schools, filled and sent back, merged and compared
      const summaries: string[] = [];
      for (const [period, sent] of [
        ['interim', ['sosh-1', 'sosh-2', 'sosh-3']],
        ['final', ['sosh-1', 'sosh-2', 'sosh-3', 'oosh-4']],
      ] as const) {
        const forms = path.join(workspace, 'out', `forms-${period}`);
        const made = run(['report', 'template', '--period', period, '--year', '2025-2026', '-o', forms]);
        expect(made.code, made.stderr).toBe(0);
        expect(readdirSync(forms).sort()).toEqual(['oosh-4', 'sosh-1', 'sosh-2', 'sosh-3'].map((id) => `${id}-${period}-2025-2026.xlsx`));
        const inbox = path.join(workspace, 'incoming', period);
        mkdirSync(inbox, { recursive: true });
        for (const [index, id] of sent.entries()) {
          await fillForm(path.join(forms, `${id}-${period}-2025-2026.xlsx`), reportOf(index + (period === 'final' ? 1 : 0)), path.join(inbox, `${id}.xlsx`));
        }
        const summary = path.join(workspace, 'out', `summary-${period}.xlsx`);
        const merged = run(['report', 'merge', inbox, '-o', summary]);
        expect(merged.code, merged.stderr).toBe(0);
        summaries.push(summary);
      }
      const before = readFileSync(path.join(workspace, 'incoming', 'final', 'sosh-1.xlsx'));
      const compared = run(['report', 'compare', summaries[0]!, summaries[1]!, '-o', 'out/compare.xlsx']);
      expect(compared.code, compared.stderr).toBe(0);
      // like with like: the school that sent only the final report is named, not counted into the change
      expect(compared.stdout + compared.stderr).toMatch(/oosh-4|Школа № 4/);
      expect(readFileSync(path.join(workspace, 'incoming', 'final', 'sosh-1.xlsx'))).toEqual(before);

      // 7. the year's analysis
      const analysis = run(['analysis', 'build', 'plans/plan.record.yaml', '-o', 'out/analysis.docx']);
      expect(analysis.code, analysis.stderr).toBe(0);
      const [planPdf, analysisPdf] = convertToPdf([printedPlan, path.join(workspace, 'out', 'analysis.docx')]);
      const planText = normaliseText(await pdfToText(planPdf!));
      for (const text of [
        'УТВЕРЖДАЮ',
        'Приказ № 112-од от 29.08.2025 г.',
        'на 2025–2026 учебный год',
        'Цель:',
        'Вебинар для классных руководителей',
        'Б.Б. Сидорова',
      ]) {
        expect(planText).toContain(normaliseText(text));
      }
      const analysisText = normaliseText(await pdfToText(analysisPdf!));
      expect(analysisText).toContain(normaliseText('Семинар «Классный час: новые формы»'));
      // numbers as a person writes them: no «80.47945205479452»
      expect(analysisText).not.toMatch(/\d[.,]\d{5,}/);

      // 8. the web section, with the monitoring, and served
      const site = run(['site', 'build', '--monitoring', summaries[1]!, '-o', 'out/site']);
      expect(site.code, site.stderr).toBe(0);
      const siteDir = path.join(workspace, 'out', 'site');
      const planPages = readdirSync(path.join(siteDir, 'plans')).filter((name) => name.endsWith('.html') && !name.startsWith('index'));
      expect(planPages.length).toBeGreaterThan(0);
      expect(
        planPages.some((name) => readFileSync(path.join(siteDir, 'plans', name), 'utf8').includes('Вебинар для классных руководителей')),
        planPages.join(', '),
      ).toBe(true);
      expect(readFileSync(path.join(siteDir, 'monitoring.html'), 'utf8')).toContain('Итого по району');
      expect(existsSync(path.join(siteDir, 'index.html'))).toBe(true);
      await expectServed(workspace, LANG);
    }, 300_000);
  });
}

/** `site serve` answers on 127.0.0.1 and stops on Ctrl+C. */
async function expectServed(workspace: string, LANG: string): Promise<void> {
  const child = spawn(process.execPath, [binPath, 'site', 'serve', '--port', '0'], { cwd: workspace, env: { ...process.env, LANG, NO_COLOR: '1' } });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    for (let attempt = 0; attempt < 300 && !/http:\/\/127\.0\.0\.1:\d+\//.test(stdout); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)![0];
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="ru">');
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
}
