// A school's file is hostile input. Generated broken workbooks and CSV files go
// through merge's reader, the consolidation and the summary writer: nothing
// escapes as an exception, every problem says where it is (the file, or
// file!cell), messages render in both languages, and memory stays bounded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMessageCode, translator } from '../../src/i18n/messages.js';
import { entryOf, mergeReports, type FileProblem, type ReportEntry } from '../../src/reports/merge.js';
import { readReportBytes, type FileReading } from '../../src/reports/read-file.js';
import { buildSummary } from '../../src/reports/summary.js';
import { readNamedCells } from '../../src/reports/xlsx-cells.js';
import { quickValidate } from '../../src/kinds/quick-check.js';
import type { MonitoringForm, Registry } from '../../src/schema/reports.js';
import { repoRoot, temporaryDir } from '../helpers/cli.js';
import { expectNoSlips } from '../helpers/own-words.js';
import { fillForm, reportOf, reportWorkspace } from './helpers.js';

const form = quickValidate(readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8'))!.validated.value as MonitoringForm;
const registry = quickValidate(readFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), 'utf8'))!.validated.value as Registry;
const english = translator('en');
const russian = translator('ru');

let good: Uint8Array;
let parts: Record<string, Uint8Array>;
/** A part that unpacks to 30 MB, and far too many parts. */
const bombs: Uint8Array[] = [];

beforeAll(async () => {
  const { formOf } = await reportWorkspace();
  const file = path.join(temporaryDir(), 'gai-6.xlsx');
  await fillForm(formOf('gai-6'), { ...reportOf(1), roadmap_share: 0.5 }, file, { numFmt: { roadmap_share: '0.0%' } });
  good = readFileSync(file);
  parts = unzipSync(good);
  bombs.push(withPart('xl/sharedStrings.xml', new Uint8Array(30 * 1024 * 1024)));
  bombs.push(zipSync(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x/${i}.xml`, strToU8('<x/>')]))));
});

/** Every problem of a reading names its file, and a cell as Sheet!A1 when it names one; its message renders in English and Russian. */
function expectLocated(reading: FileReading, shown: string, input: Uint8Array): void {
  const problems: FileProblem[] =
    'reports' in reading ? reading.reports.flatMap((report) => report.problems.map((problem) => ({ ...problem, source: report.source }))) : [reading];
  if ('reports' in reading) for (const report of reading.reports) expect(report.source.startsWith(shown)).toBe(true);
  for (const problem of problems) {
    expect(problem.source.startsWith(shown)).toBe(true);
    expect(isMessageCode(problem.code)).toBe(true);
    if (problem.where !== undefined) expect(problem.where).toMatch(/^(.+![A-Z]{1,3}\d+|[A-Z]{1,3}\d+)$/);
    for (const translate of [english, russian]) {
      const text = translate(problem.code, problem.params);
      expectNoSlips(text, input);
      expect(text.length).toBeGreaterThan(10);
    }
  }
}

/** The summary of whatever was read: a workbook whose every XML part is well-formed and that our reader knows for a summary. */
function expectSummaryWellFormed(readings: readonly FileReading[]): void {
  const entries: ReportEntry[] = [];
  const unreadable: FileProblem[] = [];
  for (const reading of readings) {
    if ('reports' in reading) entries.push(...reading.reports.map((report) => entryOf(report, form, 0)));
    else unreadable.push(reading);
  }
  const result = mergeReports(entries, unreadable, { form, registry, year: '2024-2025' });
  const bytes = buildSummary({ form, registry, result, describe: russian });
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const parser = new SaxesParser();
    parser.on('error', (error) => {
      throw new Error(`${name}: ${error.message}`);
    });
    parser.write(strFromU8(data)).close();
  }
  expect(readNamedCells(bytes).cells.has('centre__summary')).toBe(true);
}

/** The peak of the process's memory while `run` runs, above what it was before (sampled after each case). */
function peakGrowth(run: (sample: () => void) => void): number {
  const before = process.memoryUsage().rss;
  let peak = before;
  run(() => (peak = Math.max(peak, process.memoryUsage().rss)));
  return (peak - before) / 1024 / 1024;
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('<', '&', ']]>', '&#0;', '&#xD800;', '\u0000\u0007\u001b', '=HYPERLINK("x")', '9'.repeat(400), '-1', '1e309', 'NaN', '<v>1</v>'),
);

function withPart(name: string, text: string | Uint8Array): Uint8Array {
  const files: Zippable = { ...parts, [name]: typeof text === 'string' ? strToU8(text) : text };
  return zipSync(files);
}

const brokenWorkbook: fc.Arbitrary<Uint8Array> = fc.oneof(
  // truncated anywhere
  fc.nat().map((at) => good.subarray(0, at % good.length)),
  // random bytes, sometimes behind a zip signature
  fc.uint8Array({ maxLength: 4000 }).map((bytes) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes])),
  fc.uint8Array({ maxLength: 4000 }),
  // a few bytes flipped
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
    const copy = Uint8Array.from(good);
    for (const [at, byte] of flips) copy[at % copy.length] = byte;
    return copy;
  }),
  // bad XML in any part the reader opens
  fc
    .tuple(
      fc.constantFrom(
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'docProps/core.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ),
      hostileText,
      fc.nat(),
    )
    .map(([name, text, at]) => {
      const xml = parts[name] ? strFromU8(parts[name]!) : '';
      const cut = at % (xml.length + 1);
      return withPart(name, xml.slice(0, cut) + text + xml.slice(cut));
    }),
  // shared-string indexes out of range, negative or not numbers
  fc
    .constantFrom('-1', '99999999', 'abc', '', '1.5', '1e3')
    .map((index) =>
      withPart(
        'xl/worksheets/sheet1.xml',
        strFromU8(parts['xl/worksheets/sheet1.xml']!).replace(/(<c r="D\d+"[^>]*?)(?: t="\w+")?>(?:<v>[^<]*<\/v>)?/g, `$1 t="s"><v>${index}</v>`),
      ),
    ),
  // style indexes nobody defined, and number formats that lie
  fc
    .constantFrom('99999', '-3', 'x')
    .map((style) => withPart('xl/worksheets/sheet1.xml', strFromU8(parts['xl/worksheets/sheet1.xml']!).replace(/ s="\d+"/g, ` s="${style}"`))),
  // defined names pointing nowhere, at ranges, at other sheets
  fc
    .constantFrom("'Нет'!$A$1", 'Форма!$D$6:$D$9', '#REF!', "'Форма'!$ZZZZ$1", '')
    .map((reference) =>
      withPart('xl/workbook.xml', strFromU8(parts['xl/workbook.xml']!).replace(/(<definedName name="centre_class_teachers">)[^<]*/, `$1${reference}`)),
    ),
  // a huge part (a zip bomb), and far too many parts
  fc.constant(0).map(() => bombs[0]!),
  fc.constant(0).map(() => bombs[1]!),
);

describe('merge’s reader on broken workbooks', () => {
  it('never throws, locates every problem, and stays within bounded memory', () => {
    const readings: FileReading[] = [];
    const growth = peakGrowth((sample) => {
      fc.assert(
        fc.property(brokenWorkbook, (bytes) => {
          const reading = readReportBytes(bytes, 'incoming/school.xlsx', '.xlsx', form, undefined);
          expectLocated(reading, 'incoming/school.xlsx', bytes);
          if (readings.length < 60) readings.push(reading);
          sample();
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
      );
    });
    expect(growth).toBeLessThan(300);
    expectSummaryWellFormed(readings);
  });

  it('refuses a zip bomb before inflating it', () => {
    const bomb = withPart('xl/sharedStrings.xml', new Uint8Array(200 * 1024 * 1024));
    const before = process.memoryUsage().arrayBuffers;
    const reading = readReportBytes(bomb, 'bomb.xlsx', '.xlsx', form, undefined);
    expect((process.memoryUsage().arrayBuffers - before) / 1024 / 1024).toBeLessThan(20);
    expect(reading).toEqual({ source: 'bomb.xlsx', code: 'xlsx-zip-bomb' });
  });
});

const csvCell = fc.oneof(
  { arbitrary: fc.constantFrom('pon-1', 'gai-6', '12', '6', '0', '25,5', 'частично', 'да', 'нет', '', '2024-2025'), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.constantFrom('"', '""', '"a;b"', '"мно\nго\rстрочно"', '"незакрытая', ';', ',', '\r', '\uFEFF', '=1+1'), weight: 2 },
);
const columns = ['school', 'year', 'period', ...form.indicators.map((indicator) => indicator.id)];
const csvText = fc
  .tuple(
    fc.shuffledSubarray(columns, { minLength: 0 }),
    fc.array(fc.array(csvCell, { maxLength: 16 }), { maxLength: 8 }),
    fc.constantFrom(';', ','),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(
    ([header, rows, delimiter, newline, finalNewline]) =>
      [header.join(delimiter), ...rows.map((row) => row.join(delimiter))].join(newline) + (finalNewline ? newline : ''),
  );
const brokenCsv: fc.Arbitrary<Uint8Array> = fc.oneof(
  csvText.map((text) => strToU8(text)),
  // the same as Windows-1251 would come out, or any bytes at all (not UTF-8)
  csvText.map((text) => Uint8Array.from([...text].map((char) => char.charCodeAt(0) & 0xff))),
  fc.uint8Array({ maxLength: 3000 }),
);

describe('merge’s reader on broken CSV', () => {
  it('never throws, gives every row its line, and every problem its place', () => {
    const readings: FileReading[] = [];
    const growth = peakGrowth((sample) => {
      fc.assert(
        fc.property(brokenCsv, (bytes) => {
          const reading = readReportBytes(bytes, 'incoming/school.csv', '.csv', form, 'interim');
          expectLocated(reading, 'incoming/school.csv', bytes);
          if ('reports' in reading) for (const report of reading.reports) expect(report.source).toMatch(/^incoming\/school\.csv(:\d+)?$/);
          if (readings.length < 60) readings.push(reading);
          sample();
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
      );
    });
    expect(growth).toBeLessThan(200);
    expectSummaryWellFormed(readings);
  });
});
