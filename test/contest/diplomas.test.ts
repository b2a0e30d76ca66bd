// Diplomas and certificates through the built command: one page each in
// LibreOffice, names in the dative, places, numbers from the register; the
// register never gives one number twice, even to two runs at once.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, runCli, spawnCli, spawnCliAsync, temporaryDir } from '../helpers/cli.js';
import { docxToPdf, expectInOrder, normaliseText, pdfToText, standInSoffice } from '../helpers/libreoffice.js';
import { contestFile } from './example-sheets.js';
import { fillFinal, filledFinal, finalFolder } from './final-sheets.js';

const diplomas = 'out/contest/samyj-klassnyj-2025-final-diplomas.docx';

describe('centre contest diplomas', () => {
  it('writes a page per participant with the name in the dative, the place and a number from the register, and the PDF', () => {
    const dir = filledFinal();
    // two places a nomination: the third of the young teachers gets a participation certificate
    const file = path.join(dir, contestFile);
    writeFileSync(file, readFileSync(file, 'utf8').replace('places:\n  count: 3', 'places:\n  count: 2'));
    const result = spawnCli(['contest', 'diplomas', contestFile, finalFolder], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote 4 diploma(s) and 1 certificate(s), numbers 1/2025–5/2025, to out/contest/samyj-klassnyj-2025-final-diplomas.docx');
    expect(result.stdout).toContain('registered 5 new number(s) in plans/register.yaml');
    const pdf = path.join(dir, diplomas.replace(/docx$/u, 'pdf'));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+5\n/u);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map(normaliseText);
    expectInOrder(pages[0]!, [
      'Муниципальный центр поддержки классных руководителей',
      'ДИПЛОМ',
      'I степени',
      'вручается',
      'Андреевой Марии Сергеевне',
      'МБОУ «СОШ № 6»',
      'за I место в номинации «Молодой классный руководитель»',
      'Муниципальный конкурс профессионального мастерства «Самый классный классный»',
      'Руководитель центра',
      'Л.А. Варламова',
      '№ 1/2025',
      '14 марта 2025 г.',
    ]);
    expectInOrder(pages[1]!, ['ДИПЛОМ', 'II степени', 'Борисову Илье Андреевичу', 'за II место', '№ 2/2025']);
    expectInOrder(pages[2]!, ['СЕРТИФИКАТ', 'участника', 'Васильевой Анне Петровне', 'за участие в номинации «Молодой классный руководитель»', '№ 3/2025']);
    expectInOrder(pages[3]!, ['ДИПЛОМ', 'I степени', 'Григорьевой Елене Викторовне', 'за I место в номинации «Классный руководитель-мастер»', '№ 4/2025']);
    expectInOrder(pages[4]!, ['ДИПЛОМ', 'II степени', 'Дмитриеву Олегу Николаевичу', '№ 5/2025']);
    const register = parse(readFileSync(path.join(dir, 'plans/register.yaml'), 'utf8'));
    expect(register.issued.map((entry: { number: string; name: string }) => `${entry.number} ${entry.name}`)).toEqual([
      '1/2025 Андреева Мария Сергеевна',
      '2/2025 Борисов Илья Андреевич',
      '3/2025 Васильева Анна Петровна',
      '4/2025 Григорьева Елена Викторовна',
      '5/2025 Дмитриев Олег Николаевич',
    ]);
    // printed again, the diplomas keep their numbers and the register stays as it is
    const before = readFileSync(path.join(dir, 'plans/register.yaml'), 'utf8');
    const again = spawnCli(['contest', 'diplomas', contestFile, finalFolder, '--no-pdf'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('numbers 1/2025–5/2025');
    expect(readFileSync(path.join(dir, 'plans/register.yaml'), 'utf8')).toBe(before);
  });

  it.each([
    [
      'ru_RU.UTF-8',
      'no LibreOffice',
      '/nonexistent',
      'PDF не сделан: не установлен LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui); распечатайте DOCX.',
    ],
    ['C', 'a LibreOffice that fails', standInSoffice('exit 7'), 'No PDF was made: LibreOffice stopped with exit code 7; print the DOCX.'],
  ])('with %s and %s, writes the DOCX and says there is no PDF and why', (LANG, _what, PATH, said) => {
    const dir = filledFinal();
    const result = spawnCli(['contest', 'diplomas', contestFile, finalFolder], { cwd: dir, env: { LANG, PATH } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(said);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, diplomas))).toBe(true);
    expect(existsSync(path.join(dir, diplomas.replace(/docx$/u, 'pdf')))).toBe(false);
  });

  it('says, in Russian, which names could not be declined, and keeps them as written', async () => {
    const dir = filledFinal();
    const file = path.join(dir, contestFile);
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Борисов Илья Андреевич', 'name: Smith John'));
    const result = await runCli(['contest', 'diplomas', contestFile, finalFolder, '--no-pdf'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('plans/2024-2025-contest-example.yaml: предупреждение: «Smith John»: дательный падеж не определить наверняка');
    expect(result.stdout).toContain('дипломов: 5, сертификатов: 0, номера 1/2025–5/2025');
  });

  it('gives two runs at once numbers that never repeat', async () => {
    const dir = filledFinal();
    const other = path.join(dir, 'plans/other-contest.yaml');
    writeFileSync(other, readFileSync(path.join(dir, contestFile), 'utf8').replace('id: samyj-klassnyj-2025', 'id: drugoj-2025'));
    const otherFolder = fillFinal(dir, 'plans/other-contest.yaml', 'drugoj-2025');
    const runs = await Promise.all([
      spawnCliAsync(['contest', 'diplomas', contestFile, finalFolder, '--no-pdf', '-o', 'a.docx'], { cwd: dir }),
      spawnCliAsync(['contest', 'diplomas', 'plans/other-contest.yaml', otherFolder, '--no-pdf', '-o', 'b.docx'], { cwd: dir }),
    ]);
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const numbers = parse(readFileSync(path.join(dir, 'plans/register.yaml'), 'utf8')).issued.map((entry: { number: string }) => entry.number);
    expect([...numbers].sort((a: string, b: string) => parseInt(a) - parseInt(b))).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}/2025`));
    expect(existsSync(path.join(dir, 'a.docx')) && existsSync(path.join(dir, 'b.docx'))).toBe(true);
  });

  it('refuses a register with a number given twice, at its line', async () => {
    const dir = filledFinal();
    writeFileSync(path.join(dir, 'plans/register.yaml'), readFileSync(path.join(import.meta.dirname, '../fixtures/invalid/register-twice.yaml')));
    const result = await runCli(['contest', 'diplomas', contestFile, finalFolder, '--no-pdf'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The number «2/2025» was already given in entry 1');
    expect(existsSync(path.join(dir, diplomas))).toBe(false);
  });
});

describe('centre contest order', () => {
  it('drafts the order on the results, with its approval stamp, the winners per nomination and the signature', async () => {
    const dir = filledFinal();
    const result = spawnCli(['contest', 'order', contestFile, finalFolder], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote the draft order to out/contest/samyj-klassnyj-2025-order.docx');
    const text = normaliseText(await pdfToText(docxToPdf(path.join(dir, 'out/contest/samyj-klassnyj-2025-order.docx'), temporaryDir('centre-order-'))));
    expectInOrder(text, [
      'ПРОЕКТ',
      'УТВЕРЖДАЮ',
      'Руководитель центра',
      'Л.А. Варламова',
      'ПРИКАЗ',
      'Об итогах конкурса «Самый классный классный»',
      'На основании протокола заседания жюри от 14 марта 2025 г.',
      'ПРИКАЗЫВАЮ:',
      'Признать победителями и призёрами конкурса:',
      'в номинации «Молодой классный руководитель»: I место — Андреева Мария Сергеевна (МБОУ «СОШ № 6»); II место — Борисов Илья Андреевич',
      'в номинации «Классный руководитель-мастер»: I место — Григорьева Елена Викторовна',
      'Наградить победителей и призёров дипломами',
    ]);
  });

  it('refuses provisional results, in Russian', async () => {
    const dir = copyOfExampleWorkspace();
    fillFinal(dir);
    rmSync(path.join(dir, finalFolder, 'samyj-klassnyj-2025-final-orlov.xlsx'));
    const result = await runCli(['contest', 'order', contestFile, finalFolder], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Приказ готовится только по полным итогам');
    expect(existsSync(path.join(dir, 'out/contest/samyj-klassnyj-2025-order.docx'))).toBe(false);
  });
});
