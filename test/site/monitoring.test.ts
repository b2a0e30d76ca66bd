// The optional «Мониторинг» page: the region totals of a real summary workbook
// (template → filled forms → merge), never a school's row.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionTotals } from '../../src/site/monitoring.js';
import { runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { fillForm } from '../reports/helpers.js';
import { buildSiteOf, exampleSiteWorkspace, listFiles, testToday } from './helpers.js';

describe('the «Мониторинг» page', () => {
  it('is not built unless asked for', async () => {
    const { out } = await buildSiteOf(exampleSiteWorkspace());
    expect(listFiles(out)).not.toContain('monitoring.html');
    // no menu entry (the home page's coming events may name the monitoring form's deadline)
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toMatch(/href="monitoring\.html"|>Мониторинг</);
  });

  it('shows the region totals of a summary workbook, as a table and an SVG chart, and no school', async () => {
    const workspace = exampleSiteWorkspace();
    const made = await runCli(['report', 'template', '--registry', 'plans/registry.yaml', '--period', 'interim', '--year', '2024-2025', '-o', 'forms'], {
      cwd: workspace,
    });
    expect(made.code, made.stderr).toBe(0);
    const filled = temporaryDir();
    const teachers = [21, 34];
    for (const [index, id] of ['gai-6', 'pon-1'].entries()) {
      await fillForm(
        path.join(workspace, 'forms', `${id}-interim-2024-2025.xlsx`),
        {
          class_teachers: teachers[index]!,
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

    const { out, code, stderr } = await buildSiteOf(workspace, ['--monitoring', summary]);
    expect(code, stderr).toBe(0);
    const page = readFileSync(path.join(out, 'monitoring.html'), 'utf8');
    expect(page).toContain('<caption>Итого по региону</caption>');
    expect(page).toMatch(/Количество педагогических работников[^<]*<\/th><td class="num">55<\/td>/);
    expect(page).toContain('<svg role="img"');
    expect(page).not.toMatch(/gai-6|pon-1|СОШ № 6|Пономаревская/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('href="monitoring.html">Мониторинг</a>');

    // The installed command loads exceljs lazily for this page only: it once failed there alone
    // («A dynamic import callback was not specified»), while the sources in-process worked.
    const builtOut = path.join(temporaryDir(), 'site');
    const built = spawnCli(['site', 'build', '--monitoring', summary, '-o', builtOut], {
      cwd: workspace,
      env: { LANG: 'ru_RU.UTF-8', CENTRE_TODAY: testToday },
    });
    expect(built.stderr).not.toMatch(/Unexpected|import callback/);
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(path.join(builtOut, 'monitoring.html'), 'utf8')).toBe(page);
  }, 120_000);

  it('names a workbook that is not a summary', async () => {
    const workspace = exampleSiteWorkspace();
    const notSummary = path.join(temporaryDir(), 'other.xlsx');
    writeFileSync(notSummary, 'not a workbook');
    const result = await runCli(['site', 'build', '--monitoring', notSummary, '-o', path.join(temporaryDir(), 'site')], { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/other\.xlsx +error: The summary workbook cannot be read/);
    expect(existsSync(path.join(workspace, 'out'))).toBe(false);
  });

  it('takes only the region row of «Свод»', () => {
    const rows = [
      ['Мониторинг: промежуточный контроль'],
      ['Район', 'Код школы', 'Школа', 'Педагогов, чел.', 'Акт'],
      ['Гай', 'gai-6', 'СОШ № 6', 7, 'да'],
      ['Итого по региону', null, null, 7, 1],
    ];
    expect(regionTotals(rows)).toEqual({
      title: 'Мониторинг: промежуточный контроль',
      label: 'Итого по региону',
      figures: [
        { label: 'Педагогов, чел.', value: 7 },
        { label: 'Акт', value: 1 },
      ],
    });
    expect(regionTotals(rows.slice(0, 3))).toBeUndefined();
  });
});
