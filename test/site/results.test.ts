// «Итоги года»: the example record read against its plan — planned and held by
// section, what was not held and why, participants by category — and the
// analysis DOCX of `centre analysis build` published beside it when the
// workspace has one (and only a real DOCX).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, runCli } from '../helpers/cli.js';
import { buildSiteOf } from './helpers.js';

/** The text of a page's <main>, tags dropped, spaces squashed. */
function mainText(file: string): string {
  const page = readFileSync(file, 'utf8');
  const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ');
}

describe('the «Итоги года» page', () => {
  it('shows planned and held by section, what was not held and why, and the participants', async () => {
    const workspace = copyOfExampleWorkspace();
    const built = await buildSiteOf(workspace);
    expect(built.code, built.stderr).toBe(0);
    const page = readFileSync(path.join(built.out, 'results.html'), 'utf8');
    const rows = [...page.matchAll(/<tr><th scope="row">([^<]+)<\/th><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td>/g)].map((match) => [
      match[1],
      Number(match[2]),
      Number(match[3]),
    ]);
    expect(rows).toContainEqual(['Научно-методическое сопровождение деятельности классного руководителя', 4, 4]);
    expect(rows.at(-1)).toEqual(['Всего', 17, 15]);
    const text = mainText(path.join(built.out, 'results.html'));
    expect(text).toContain('2023–2024 учебный год');
    expect(text).toContain('Проведено 15 из 17 запланированных мероприятий, участников — 18 976');
    expect(text).toContain('— перенесено. Причина: Апробация модели оценки компетенций перенесена министерством на 2024–2025 учебный год.');
    expect(text).toContain('Родители 14 200');
    expect(page).toContain('href="plans/2023-2024-regional-plan.html"');
    expect(readFileSync(path.join(built.out, 'index.html'), 'utf8')).toContain('<a href="results.html">Итоги года</a>');
    // no analysis written yet: no link to one
    expect(page).not.toContain('analysis.docx');
  });

  it('offers the analysis DOCX that centre analysis build wrote, and leaves out a file that is not one', async () => {
    const workspace = copyOfExampleWorkspace();
    const analysis = await runCli(['analysis', 'build'], { cwd: workspace });
    expect(analysis.code, analysis.stderr).toBe(0);
    const docx = path.join(workspace, 'out', '2023-2024-regional-plan-analysis.docx');
    expect(existsSync(docx)).toBe(true);
    const built = await buildSiteOf(workspace);
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(path.join(built.out, 'files', '2023-2024-regional-plan-analysis.docx'))).toEqual(readFileSync(docx));
    expect(readFileSync(path.join(built.out, 'results.html'), 'utf8')).toMatch(
      /<a href="files\/2023-2024-regional-plan-analysis\.docx" download>Анализ работы за год \(DOCX, \d+ КБ\)<\/a>/,
    );

    writeFileSync(docx, 'not a document');
    const refused = await buildSiteOf(workspace);
    expect(refused.code, refused.stderr).toBe(0);
    expect(refused.stderr).toContain('is not a DOCX file that can be read');
    expect(existsSync(path.join(refused.out, 'files', '2023-2024-regional-plan-analysis.docx'))).toBe(false);
  }, 120_000);

  it('has no page and no menu entry when the workspace has no record', async () => {
    const workspace = copyOfExampleWorkspace();
    rmSync(path.join(workspace, 'plans', '2023-2024-regional-plan.record.yaml'));
    const built = await buildSiteOf(workspace);
    expect(built.code, built.stderr).toBe(0);
    expect(existsSync(path.join(built.out, 'results.html'))).toBe(false);
    expect(readFileSync(path.join(built.out, 'index.html'), 'utf8')).not.toContain('Итоги года');
  });
});
