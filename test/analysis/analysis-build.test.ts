// `centre analysis build` on the shipped example, opened in LibreOffice: every
// section and every total (counted here straight from the YAML, independently
// of src/analysis), the charts present and decodable, page numbers.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfExampleWorkspace, repoRoot, runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { docxToPdf, expectInOrder, normaliseText, pdfToText } from '../helpers/libreoffice.js';

interface YamlItem {
  id?: string;
  activity: string;
}
interface YamlEntry {
  item: string;
  status?: string;
  dates?: string[];
  participants?: Record<string, number>;
  comment?: string;
}

const planYaml = parse(readFileSync(path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml'), 'utf8')) as {
  sections: { title: string; items: YamlItem[] }[];
};
const recordYaml = parse(readFileSync(path.join(repoRoot, 'plans', '2023-2024-regional-plan.record.yaml'), 'utf8')) as {
  entries: YamlEntry[];
  analysis: { title: string }[];
};
const entryOf = new Map(recordYaml.entries.map((entry) => [entry.item, entry]));
const held = (item: YamlItem) => {
  const entry = item.id === undefined ? undefined : entryOf.get(item.id);
  return entry !== undefined && ((entry.status ?? 'held') === 'held' || (entry.status === 'moved' && (entry.dates?.length ?? 0) > 0));
};
const spaced = (n: number) => (String(n).length < 5 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
/** Per cent to one decimal place with a comma, «,0» left out: 15 of 17 → «88,2». */
const perCent = (part: number, whole: number) => String(Math.round((part * 1000) / whole) / 10).replace('.', ',');

let dir: string;
let docx: Uint8Array;
let text: string;
let pages: string[];
let pdf: string;

beforeAll(async () => {
  const workspace = copyOfExampleWorkspace();
  dir = temporaryDir();
  const target = path.join(dir, 'analysis.docx');
  const result = await runCli(['analysis', 'build', '--year', '2023-2024', '-o', target], { cwd: workspace });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  docx = readFileSync(target);
  pdf = docxToPdf(target, dir);
  const raw = await pdfToText(pdf, 'raw');
  pages = raw.split('\f');
  text = normaliseText(raw);
}, 120_000);

describe('the «Анализ работы» of the example, read back from LibreOffice', () => {
  it('has the title, the parts and every section of the plan, in order', () => {
    expectInOrder(text, [
      'Анализ работы регионального центра поддержки и научно-методического сопровождения деятельности классного руководителя за 2023–2024 учебный год',
      '1. Общие сведения',
      '2. Выполнение плана по разделам',
      ...planYaml.sections.map((section, index) => `Таблица ${index + 1} – ${['I', 'II', 'III', 'IV', 'V'][index]}. ${section.title}`),
      '3. Итоги выполнения плана',
      'Рисунок 1 – Запланировано и проведено мероприятий по разделам плана',
      '4. Участники мероприятий',
      '5. Не проведённые мероприятия',
      ...recordYaml.analysis.map((part, index) => `${index + 6}. ${part.title}`),
    ]);
  });

  it('states the totals, each counted here from the YAML', () => {
    const items = planYaml.sections.flatMap((section) => section.items);
    const heldCount = items.filter(held).length;
    const participants = items.filter(held).reduce((sum, item) => sum + (entryOf.get(item.id!)?.participants?.total ?? 0), 0);
    expect(text).toContain(`Проведено ${heldCount} из ${items.length} (${perCent(heldCount, items.length)} %)`);
    expect(text).toContain(`Всего участников проведённых мероприятий: ${spaced(participants)}.`);
    // the totals table: per section planned, held, per cent, participants; then the overall row
    const rows = planYaml.sections.map((section) => {
      const sectionHeld = section.items.filter(held);
      const people = sectionHeld.reduce((sum, item) => sum + (entryOf.get(item.id!)?.participants?.total ?? 0), 0);
      return `${section.items.length} ${sectionHeld.length} ${perCent(sectionHeld.length, section.items.length)} % ${spaced(people)}`;
    });
    const totals = text.slice(text.indexOf('Таблица 6'));
    expectInOrder(totals, [...rows, `Итого ${items.length} ${heldCount} ${perCent(heldCount, items.length)} % ${spaced(participants)}`]);
  });

  it('sums the participants by category, leaving out a category no one was counted in', () => {
    const heldEntries = planYaml.sections
      .flatMap((s) => s.items)
      .filter(held)
      .map((item) => entryOf.get(item.id!)!);
    const sum = (key: string) => heldEntries.reduce((total, entry) => total + (entry.participants?.[key] ?? 0), 0);
    expectInOrder(text.slice(text.indexOf('Таблица 7')), [
      `Классные руководители ${spaced(sum('classTeachers'))}`,
      `Заместители директоров ${spaced(sum('deputyDirectors'))}`,
      `Родители ${spaced(sum('parents'))}`,
      `Образовательные организации ${spaced(sum('schools'))}`,
      `Муниципальные районы ${spaced(sum('districts'))}`,
    ]);
  });

  it('lists what was not held, with the reasons', () => {
    const notHeld = planYaml.sections.flatMap((s) => s.items).filter((item) => !held(item));
    expect(notHeld.length).toBeGreaterThan(0);
    const part = text.slice(text.indexOf('5. Не проведённые мероприятия'));
    for (const item of notHeld) expect(part).toContain(normaliseText(entryOf.get(item.id!)!.comment!));
  });

  it('holds three charts as PNG images that decode to their stated size', () => {
    const files = unzipSync(docx);
    const images = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(images).toHaveLength(3);
    for (const name of images) {
      const png = files[name]!;
      expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
      const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
      const [width, height, bitDepth, colourType] = [view.getUint32(16), view.getUint32(20), png[24], png[25]];
      expect([bitDepth, colourType]).toEqual([8, 6]);
      // inflate the image data: one filter byte and four bytes per pixel on every row
      const chunks: Uint8Array[] = [];
      for (let at = 8; at < png.length;) {
        const length = view.getUint32(at);
        const type = Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1');
        if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
        at += 12 + length;
      }
      expect(inflateSync(Buffer.concat(chunks)).length).toBe(height * (1 + width * 4));
      expect(width).toBeGreaterThan(400);
    }
    // and LibreOffice placed all three in the PDF
    const listed = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
    expect(listed).toHaveLength(3);
  });

  it('numbers the pages from the second on, at the top', () => {
    expect(pages.filter((page) => page.trim() !== '').length).toBeGreaterThanOrEqual(3);
    expect(pages[0]!.trim().startsWith('Анализ работы')).toBe(true);
    pages
      .slice(1)
      .filter((page) => page.trim() !== '')
      .forEach((page, index) => expect(page.trim().split('\n')[0]!.trim()).toBe(String(index + 2)));
  });
});

describe('centre analysis build: the record and its options', () => {
  it('reads the narrative from a Markdown file beside the record when the record has none', async () => {
    const workspace = copyOfExampleWorkspace();
    const record = path.join(workspace, 'plans', '2023-2024-regional-plan.record.yaml');
    const approval =
      'approvals:\n  - stamp: УТВЕРЖДАЮ\n    position: Директор центра\n    name: И.И. Иванова\n    date: 2024-06-20\nsignature: {position: Методист, name: П.П. Петров}\n';
    writeFileSync(
      record,
      readFileSync(record, 'utf8')
        .replace(/\nanalysis:[\s\S]*$/, '\n')
        .replace('\nentries:', `\n${approval}entries:`),
    );
    writeFileSync(record.replace(/\.yaml$/, '.md'), '# Итоги года\n\nЦентр работал по плану.\n');
    const result = await runCli(['analysis', 'build'], { cwd: workspace });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('wrote out/2023-2024-regional-plan-analysis.docx (17 item(s) planned, 15 held, 3 chart(s))\n');
    const xml = new TextDecoder().decode(unzipSync(readFileSync(path.join(workspace, 'out', '2023-2024-regional-plan-analysis.docx')))['word/document.xml']);
    expect(xml).toContain('6. Итоги года');
    expect(xml).toContain('Центр работал по плану.');
    // the stamp above the title, the signature at the end
    const text = xml.replace(/<[^>]+>/g, '').replace(/\u00A0/g, ' ');
    expect(text.indexOf('УТВЕРЖДАЮ')).toBeLessThan(text.indexOf('Анализ работы'));
    expect(text).toContain('И.И. Иванова');
    expect(text).toContain('20 июня 2024 г.');
    // the signatory, then the day the analysis was made
    expect(text.trimEnd()).toMatch(/П\.П\. Петров\d{1,2} [а-я]+ \d{4} г\.$/);
  });

  it('draws the charts in a worker thread when run from the built bin', () => {
    const workspace = copyOfExampleWorkspace();
    const result = spawnCli(['analysis', 'build', '-o', 'analysis.docx'], { cwd: workspace });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const files = unzipSync(readFileSync(path.join(workspace, 'analysis.docx')));
    const images = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(images.map((name) => Buffer.from(files[name]!.subarray(1, 4)).toString('latin1'))).toEqual(['PNG', 'PNG', 'PNG']);
  });

  it('reports a broken file beside the record and still builds the analysis, exit 1', async () => {
    const workspace = copyOfExampleWorkspace();
    writeFileSync(path.join(workspace, 'plans', 'broken.yaml'), 'title: [unclosed\n');
    const result = await runCli(['analysis', 'build', '-o', 'a.docx'], { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/broken.yaml:');
    expect(result.stdout).toContain('wrote a.docx');
  });

  it('never writes over its inputs: the record, the plan', async () => {
    const workspace = copyOfExampleWorkspace();
    for (const input of ['plans/2023-2024-regional-plan.yaml', 'plans/2023-2024-regional-plan.record.yaml']) {
      const before = readFileSync(path.join(workspace, input), 'utf8');
      const result = await runCli(['analysis', 'build', '-o', input], { cwd: workspace });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(input);
      expect(readFileSync(path.join(workspace, input), 'utf8')).toBe(before);
    }
  });

  it('names a record whose plan is missing, and asks which record when there are several', async () => {
    const workspace = copyOfExampleWorkspace();
    const second = path.join(workspace, 'plans', 'second.record.yaml');
    writeFileSync(second, 'kind: record\nplan: gone.yaml\n');
    const several = await runCli(['analysis', 'build'], { cwd: workspace });
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('Several records found (');
    const missing = await runCli(['analysis', 'build', second], { cwd: workspace });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("plans/second.record.yaml  error: The record's plan «gone.yaml» cannot be read (no such file)");
  });

  it('takes the plan for its record when a methodist names the plan, through the built command', () => {
    const workspace = copyOfExampleWorkspace();
    const byPlan = spawnCli(['analysis', 'build', 'plans/2023-2024-regional-plan.yaml', '-o', 'by-plan.docx'], { cwd: workspace });
    expect(byPlan).toMatchObject({ code: 0, stderr: '' });
    const byRecord = spawnCli(['analysis', 'build', 'plans/2023-2024-regional-plan.record.yaml', '-o', 'by-record.docx'], { cwd: workspace });
    expect(byRecord.code).toBe(0);
    // the same counts, so the same record
    expect(byPlan.stdout.replace('by-plan', 'X')).toBe(byRecord.stdout.replace('by-record', 'X'));
    // a plan with no record beside it is still said as no record, at the plan
    writeFileSync(path.join(workspace, 'plans', 'lone.yaml'), readFileSync(path.join(workspace, 'plans', '2023-2024-regional-plan.yaml')));
    const lone = spawnCli(['analysis', 'build', 'plans/lone.yaml'], { cwd: workspace });
    expect(lone.code).toBe(1);
    expect(lone.stderr).toContain('plans/lone.yaml  error: No record found here');
  });

  it('says when no record is found, in Russian too, exit 1, with no stack trace', async () => {
    const workspace = copyOfExampleWorkspace();
    const result = spawnCli(['analysis', 'build', '--year', '2020-2021'], { cwd: workspace, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Отчёт о выполнении плана за 2020–2021 не найден; начните его командой «centre done <план> <мероприятие>».');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const bad = await runCli(['analysis', 'build', '--year', '2023'], { cwd: workspace });
    expect(bad.code).toBe(2);
  });
});
