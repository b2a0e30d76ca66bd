// The total of every school is named after whose registry it is: a region's,
// an okrug's or a district's — and the site's «Мониторинг» page finds it by
// that name at every level.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registryLevel } from '../../src/reports/summary-data.js';
import { copyOfExampleWorkspace, runCli, temporaryDir } from '../helpers/cli.js';
import { buildSiteOf } from '../site/helpers.js';
import { fillForm } from './helpers.js';

describe('registryLevel', () => {
  it('takes the level the registry states, else reads it from its region', () => {
    expect(registryLevel({ level: 'district', region: 'Оренбургская область' })).toBe('district');
    expect(registryLevel({ region: 'Оренбургская область' })).toBe('region');
    expect(registryLevel({ region: 'Пермский край' })).toBe('region');
    expect(registryLevel({ region: 'Республика Татарстан' })).toBe('region');
    expect(registryLevel({ region: 'Ханты-Мансийский автономный округ — Югра' })).toBe('region');
    expect(registryLevel({ region: 'Гайский городской округ' })).toBe('okrug');
    expect(registryLevel({ region: 'Бузулукский район' })).toBe('district');
    expect(registryLevel({})).toBe('region');
    expect(registryLevel(undefined)).toBe('region');
  });
});

/** A summary of two schools made with the example registry, its region line replaced. */
async function summaryWith(regionLines: string): Promise<{ workspace: string; summary: string }> {
  const workspace = copyOfExampleWorkspace();
  const registry = path.join(workspace, 'plans', 'registry.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace(/^region: .*$/m, regionLines));
  const made = await runCli(['report', 'template', '--period', 'interim', '--year', '2024-2025', '-o', 'forms'], { cwd: workspace });
  expect(made.code, made.stderr).toBe(0);
  const filled = temporaryDir();
  for (const id of ['gai-6', 'pon-1']) {
    await fillForm(
      path.join(workspace, 'forms', `${id}-interim-2024-2025.xlsx`),
      {
        class_teachers: 20,
        trained: 10,
        trained_online: 1,
        contest_participants: 4,
        contest_winners: 1,
        class_hours_visited: 30,
        recommendations: 'частично',
        roadmap_share: 50,
        local_act: 'да',
      },
      path.join(filled, `${id}.xlsx`),
    );
  }
  const summary = path.join(temporaryDir(), 'summary.xlsx');
  const merged = await runCli(['report', 'merge', filled, '-o', summary], { cwd: workspace });
  expect(merged.code, merged.stderr).toBe(0);
  return { workspace, summary };
}

async function labelsOf(summary: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(summary);
  return workbook
    .getWorksheet('Свод')!
    .getColumn(1)
    .values.map(String)
    .filter((value) => value.startsWith('Итого по'));
}

describe('the total of every school', () => {
  it.each([
    ['region: Оренбургская область', 'Итого по региону', 'по региону'],
    ['region: Гайский городской округ', 'Итого по округу', 'по округу'],
    ['region: Гайский городской округ\nlevel: district', 'Итого по району', 'по району'],
  ])(
    'with «%s» is «%s», and the site shows it',
    async (regionLines, label, scope) => {
      const { workspace, summary } = await summaryWith(regionLines);
      expect(await labelsOf(summary)).toEqual([label]);
      const { out, code, stderr } = await buildSiteOf(workspace, ['--monitoring', summary]);
      expect(code, stderr).toBe(0);
      const page = readFileSync(path.join(out, 'monitoring.html'), 'utf8');
      expect(page).toContain(`<caption>${label}</caption>`);
      expect(page).toContain(`Здесь только итоги ${scope}`);
      expect(page).toMatch(/Количество педагогических работников[^<]*<\/th><td class="num">40<\/td>/);
    },
    60_000,
  );

  it('refuses an unknown level with its line and what to write', async () => {
    const workspace = copyOfExampleWorkspace();
    const registry = path.join(workspace, 'plans', 'registry.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace(/^region: .*$/m, '$&\nlevel: city'));
    const result = await runCli(['validate', 'plans/registry.yaml'], { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(
      /plans\/registry\.yaml:6:8.*Unknown level «city»; use region, okrug \(a city or municipal okrug\) or district\./,
    );
  });
});
