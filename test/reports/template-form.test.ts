// The form a school fills in, as the installed command writes it and as a
// person reads it: in a spreadsheet program (exceljs re-reading what Excel
// shows) and on paper (LibreOffice → PDF → pdftotext).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { wrappedLines } from '../../src/reports/template.js';
import { repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';
import { soffice } from '../helpers/libreoffice.js';

interface Indicator {
  readonly id: string;
  readonly label: string;
  readonly required?: boolean;
  readonly unit?: string;
}

const indicators = (parse(readFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), 'utf8')) as { indicators: Indicator[] }).indicators;
let forms: string;

beforeAll(() => {
  const workspace = temporaryDir('centre-form-');
  for (const folder of ['plans', 'templates']) mkdirSync(path.join(workspace, folder));
  copyFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), path.join(workspace, 'plans', 'registry.yaml'));
  copyFileSync(path.join(repoRoot, 'templates', 'monitoring-form.yaml'), path.join(workspace, 'templates', 'monitoring-form.yaml'));
  forms = path.join(workspace, 'forms');
  // no --registry: the workspace's registry is used, a form per school
  const made = spawnCli(['report', 'template', '--period', 'interim', '--year', '2024-2025', '-o', forms], { cwd: workspace });
  expect(made.code, made.stderr).toBe(0);
});

describe('report template', () => {
  it('makes a form per school of the workspace’s registry when no --registry is given', () => {
    expect(readdirSync(forms).sort()).toEqual(['buz-cvr', 'buz-elshanka-1', 'gai-1', 'gai-6', 'pon-1'].map((id) => `${id}-interim-2024-2025.xlsx`));
  });

  it('titles each input message with the indicator’s label, never its id, and gives each label the lines it takes', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(forms, 'gai-6-interim-2024-2025.xlsx'));
    const sheet = workbook.getWorksheet('Форма')!;
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    indicators.forEach((indicator, index) => {
      const title = validations[`D${6 + index}`]!.promptTitle!;
      expect(title.length).toBeLessThanOrEqual(32);
      expect(indicator.label.startsWith(title.replace(/…$/, ''))).toBe(true);
      expect(title).not.toContain(indicator.id);
      const row = sheet.getRow(6 + index);
      const label = String(row.getCell(2).value);
      expect(row.height).toBeGreaterThanOrEqual(15 * wrappedLines(label, 62));
    });
    const block = sheet.getRows(6 + indicators.length, 4)!.map((row) => row.getCell(2).value);
    expect(block).toEqual(expect.arrayContaining(['Исполнитель (ФИО, телефон)', 'Руководитель ОО (подпись)']));
  });

  it('shows every word of every label on paper, and the signature block', () => {
    const outDir = temporaryDir();
    const file = path.join(forms, 'gai-6-interim-2024-2025.xlsx');
    soffice(['--convert-to', 'pdf', '--outdir', outDir, file]);
    const text = execFileSync('pdftotext', ['-layout', path.join(outDir, 'gai-6-interim-2024-2025.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // the unit column sits beside a label's first line, so a wrapped label reads around it: «конкурсов профессионального чел. мастерства»
    const units = new Set(indicators.flatMap((indicator) => (indicator.unit ? [indicator.unit] : [])));
    const labels = text
      .split(' ')
      .filter((word) => !units.has(word))
      .join(' ');
    for (const indicator of indicators) {
      // the last word is the one a fixed row height hid
      const words = indicator.label.split(' ');
      expect(text, indicator.label).toContain(words.at(-1)!);
      expect(labels).toContain(words.slice(-3).join(' '));
    }
    expect(text).toContain('Исполнитель (ФИО, телефон)');
    expect(text).toContain('Руководитель ОО (подпись)');
  }, 120_000);
});

describe('wrappedLines', () => {
  it('wraps at word boundaries, a word longer than the line over several', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('один два три', 12)).toBe(1);
    expect(wrappedLines('один два три', 11)).toBe(2);
    expect(wrappedLines('Исполнение методических рекомендаций', 20)).toBe(3);
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
  });
});
