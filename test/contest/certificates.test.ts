// Participation certificates for an event of the plan through the built
// command: the list of who attended read by its headers (an XLSX written by
// exceljs, a CSV as Excel saves it), one page a person in LibreOffice, numbers
// from the register, and the count written into the item's record entry.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, runCli, spawnCli } from '../helpers/cli.js';
import { expectInOrder, normaliseText, standInSoffice } from '../helpers/libreoffice.js';

const plan = 'plans/2023-2024-regional-plan.yaml';
const fixtures = path.join(import.meta.dirname, '../fixtures/attendance');

async function attendanceXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Лист1');
  sheet.addRow(['Список участников конференции']);
  sheet.addRow([]);
  sheet.addRow(['№', 'Категория', 'Образовательная организация', 'ФИО участника']);
  sheet.addRow([1, 'классный руководитель', 'МБОУ «СОШ № 1»', 'Иванова Мария Петровна']);
  sheet.addRow([2, 'Классный руководитель', 'МБОУ «СОШ № 2»', 'Черных Игорь Павлович']);
  sheet.addRow([3, 'заместитель директора по ВР', 'МБОУ «СОШ № 2»', 'Мамедова Айтен Ильхам кызы']);
  sheet.addRow([4, 'родитель', 'МБОУ «СОШ № 1»', 'Smith John']);
  sheet.addRow([5, 'Классный руководитель', 'МБОУ «СОШ № 1»', 'Иванова  Мария Петровна']);
  sheet.addRow([6, 'методист', 'ИМЦ', 'Ковальчук Ольга Николаевна']);
  await workbook.xlsx.writeFile(file);
}

const entryOf = (dir: string) =>
  parse(readFileSync(path.join(dir, 'plans/2023-2024-regional-plan.record.yaml'), 'utf8')).entries.find(
    (entry: { item: string }) => entry.item === 'mentor-conference',
  );

describe('centre certificates', () => {
  it.each([
    ['ru_RU.UTF-8', 'kill -TERM $$', 'PDF не сделан: LibreOffice остановлен сигналом SIGTERM; распечатайте DOCX.'],
    ['C', 'exit 0', 'No PDF was made: LibreOffice wrote nothing; print the DOCX.'],
  ])(
    'with LANG=%s and a LibreOffice that fails (%s), writes the certificates as DOCX, counts them and says why there is no PDF',
    async (LANG, script, said) => {
      const dir = copyOfExampleWorkspace();
      await attendanceXlsx(path.join(dir, 'attendance.xlsx'));
      const result = spawnCli(['certificates', plan, 'mentor-conference', 'attendance.xlsx', '--date', '12.10.2023'], {
        cwd: dir,
        env: { LANG, PATH: `${standInSoffice(script)}:${process.env.PATH}` },
      });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain(said);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(dir, 'out/certificates/2023-2024-regional-plan-mentor-conference.docx'))).toBe(true);
      expect(existsSync(path.join(dir, 'out/certificates/2023-2024-regional-plan-mentor-conference.pdf'))).toBe(false);
      expect(entryOf(dir)).toMatchObject({ dates: ['2023-10-12'], participants: { total: 5 } });
    },
  );

  it('writes a numbered certificate per person who attended, and counts them in the record', async () => {
    const dir = copyOfExampleWorkspace();
    await attendanceXlsx(path.join(dir, 'attendance.xlsx'));
    const result = spawnCli(['certificates', plan, 'mentor-conference', 'attendance.xlsx', '--date', '12.10.2023'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'attendance.xlsx!D8: warning: Иванова Мария Петровна is listed already (D4); counted once.',
      'attendance.xlsx!D9: warning: «методист» is not a category the record counts (классные руководители, заместители директоров, родители, обучающиеся); this person is counted in the total only.',
      'attendance.xlsx: warning: «Smith John»: the dative case cannot be told for certain (no patronymic, Latin letters, or an unusual name); the document has it as written: check it before printing.',
    ]);
    expect(result.stdout).toContain('wrote 5 certificate(s), numbers 1/2023–5/2023, to out/certificates/2023-2024-regional-plan-mentor-conference.docx');
    const pdf = path.join(dir, 'out/certificates/2023-2024-regional-plan-mentor-conference.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+5\n/u);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map(normaliseText);
    expectInOrder(pages[0]!, [
      'СЕРТИФИКАТ',
      'участника',
      'вручается',
      'Ивановой Марии Петровне',
      'МБОУ «СОШ № 1»',
      'за участие в мероприятии',
      'Региональная конференция «Я – педагог-наставник»',
      '№ 1/2023',
      '12 октября 2023 г.',
    ]);
    expectInOrder(pages[1]!, ['Черных Игорю Павловичу', '№ 2/2023']);
    expectInOrder(pages[2]!, ['Мамедовой Айтен Ильхам кызы', '№ 3/2023']);
    expectInOrder(pages[3]!, ['Smith John', '№ 4/2023']);
    expectInOrder(pages[4]!, ['Ковальчук Ольге Николаевне', 'ИМЦ', '№ 5/2023']);
    expect(entryOf(dir)).toMatchObject({
      dates: ['2023-10-12'],
      participants: { total: 5, classTeachers: 2, deputyDirectors: 1, parents: 1, pupils: 0, schools: 3 },
    });
    // the analysis reads the record as it is now
    expect(spawnCli(['validate', 'plans/2023-2024-regional-plan.record.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('reads a CSV as a Russian Excel saves it (with «;»), in Russian, and keeps the numbers when run again', async () => {
    const dir = copyOfExampleWorkspace();
    writeFileSync(
      path.join(dir, 'list.csv'),
      '\uFEFFФамилия, имя, отчество;Школа;Категория\nПетров Сергей Иванович;МБОУ «СОШ № 6»;классный руководитель\n"Гоголь Анастасия Сергеевна";МБОУ «СОШ № 6»;родитель\n',
    );
    const first = await runCli(['certificates', plan, 'mentor-conference', 'list.csv', '--date', '2023-10-12', '--no-pdf'], {
      cwd: dir,
      env: { LANG: 'ru_RU.UTF-8' },
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('сертификатов: 2, номера 1/2023, 2/2023; записано в out/certificates/2023-2024-regional-plan-mentor-conference.docx');
    expect(entryOf(dir).participants).toMatchObject({ total: 2, classTeachers: 1, parents: 1, schools: 1 });
    const again = await runCli(['certificates', plan, 'mentor-conference', 'list.csv', '--date', '2023-10-12', '--no-pdf'], { cwd: dir });
    expect(again.stdout).toContain('numbers 1/2023, 2/2023');
    expect(parse(readFileSync(path.join(dir, 'plans/register.yaml'), 'utf8')).issued).toHaveLength(2);
  });

  for (const locale of ['en', 'ru'] as const) {
    it(`refuses a list with no column of names, at its place (${locale})`, async () => {
      const dir = copyOfExampleWorkspace();
      copyFileSync(path.join(fixtures, 'no-names.csv'), path.join(dir, 'no-names.csv'));
      const before = readFileSync(path.join(dir, 'plans/2023-2024-regional-plan.record.yaml'), 'utf8');
      const result = await runCli(['certificates', plan, 'mentor-conference', 'no-names.csv', '--no-pdf'], {
        cwd: dir,
        env: locale === 'ru' ? { LANG: 'ru_RU.UTF-8' } : {},
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(readFileSync(path.join(fixtures, locale === 'en' ? 'no-names.expected' : 'no-names.expected.ru'), 'utf8'));
      expect(readFileSync(path.join(dir, 'plans/2023-2024-regional-plan.record.yaml'), 'utf8')).toBe(before);
    });
  }

  it('refuses a list that is neither .xlsx nor .csv', async () => {
    const dir = copyOfExampleWorkspace();
    writeFileSync(path.join(dir, 'list.docx'), 'x');
    const result = await runCli(['certificates', plan, 'mentor-conference', 'list.docx'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Only .xlsx and .csv lists are read');
  });
});
