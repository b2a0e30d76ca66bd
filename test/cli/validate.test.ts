import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, repoRoot, runCli, temporaryDir } from '../helpers/cli.js';
import { diagnosticHeads, shippedWarningHeads, shippedWarnings } from '../helpers/shipped.js';

const invalid = path.join(repoRoot, 'test', 'fixtures', 'invalid');

// how validate sums up the shipped workspace: its warnings, if any
const shippedSummary = shippedWarnings.length === 0 ? 'no problems.' : `0 error(s), ${shippedWarnings.length} warning(s).`;

describe('centre validate', () => {
  it('accepts the shipped plans and templates by default, exit 0, saying only what their seeds leave unclear', async () => {
    const result = await runCli(['validate']);
    expect(result.stdout).toMatch(new RegExp(`^\\d+ file\\(s\\) checked: ${shippedSummary.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(Number(/^(\d+) file/m.exec(result.stdout)![1])).toBeGreaterThanOrEqual(4);
    expect(diagnosticHeads(result.stdout)).toEqual(shippedWarningHeads());
    expect(result.code).toBe(0);
    const json = await runCli(['validate', '--format', 'json']);
    const rows = JSON.parse(json.stdout) as { file: string; line: number; column: number; severity: string; code: string }[];
    expect(rows.map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code }))).toEqual(shippedWarnings);
    expect(json.code).toBe(0);
  });

  it('finds the workspace from a sub-folder', async () => {
    const workspace = copyOfExampleWorkspace();
    const result = await runCli(['validate'], { cwd: path.join(workspace, 'plans') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`checked: ${shippedSummary}`);
    expect(diagnosticHeads(result.stdout)).toEqual(shippedWarningHeads('plans/'));
  });

  it('reports every problem of a file at once, with the line, a caret and exit 1', async () => {
    const result = await runCli(['validate', path.join(invalid, 'wrong-types.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('wrong-types.yaml:4:14  error: Unknown orientation «wide»');
    expect(result.stdout).toContain('wrong-types.yaml:9:17  error: Expected text here, found a number');
    expect(result.stdout).toContain('wrong-types.yaml:10:22  error: Expected a list here, found text');
    // the source frame: the offending line, then a caret under the value
    expect(result.stdout).toMatch(/> +4 \| orientation: wide\n +\| +\^{4}/);
    expect(result.stdout).toContain('1 file(s) checked: 3 error(s), 0 warning(s).');
  });

  it('prints JSON for editors and CI', async () => {
    const result = await runCli(['validate', '--format', 'json', path.join(invalid, 'impossible-date.yaml')]);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(result.code).toBe(1);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!).sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'severity']);
    expect(rows[0]).toMatchObject({ line: 8, column: 11, severity: 'error', message: 'There is no such date: February 2023 has 28 days.' });
  });

  it('prints one line per problem in the short format', async () => {
    const result = await runCli(['validate', '-f', 'short', path.join(invalid, 'section-without-items.yaml')]);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${path.relative(repoRoot, invalid)}/section-without-items.yaml:6:12: error: This section has no items; add at least one item or delete the section.`,
    ]);
  });

  it('exits 0 when there are only warnings', async () => {
    const result = await runCli(['validate', path.join(invalid, 'name-format-warning.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: Write the name as initials before the surname');
    expect(result.stdout).toContain('0 error(s), 2 warning(s)');
  });

  it('says which paths do not exist or are not YAML, exit 1', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    const result = await runCli(['validate', 'missing.yaml', 'notes.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('missing.yaml  error: No such file or folder; check the path.');
    expect(result.stdout).toContain('notes.txt  error: Only .yaml and .yml files can be checked');
  });

  it('says so when a folder holds no YAML files', async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    const result = await runCli(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('No .yaml files found here');
  });

  it('speaks Russian when the locale is Russian', async () => {
    const result = await runCli(['validate', path.join(invalid, 'unknown-key.yaml')], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.stdout).toContain('ошибка: Неизвестный ключ «titel»; возможно, имелось в виду «title»?');
    expect(result.stdout).toContain('Проверено файлов: 1; ошибок: 2, предупреждений: 0.');
  });

  it('underlines a month range that leaves the plan, says what it read and what else may be meant, and still exits 0', async () => {
    const file = path.join(invalid, 'timing-months-backwards.yaml');
    const english = await runCli(['validate', file]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain(
      "timing-months-backwards.yaml:11:19  warning: These months run past the plan's year: read as 2025-05-01 – 2025-09-30, which ends after the plan's last day (2025-08-31); if you meant «сентябрь – май» (2024-09-01 – 2025-05-31), swap the months; if the dates read are right, write their years.",
    );
    // the caret under «мая по сентябрь», not under «с»
    expect(english.stdout).toMatch(/> 11 \|         timing: с мая по сентябрь\n {5}\| {19}\^{15}\n/);
    expect(english.stdout).toContain('1 file(s) checked: 0 error(s), 3 warning(s).');
    const russian = await runCli(['validate', file], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.stdout).toContain(
      'timing-months-backwards.yaml:8:17  предупреждение: Период начинается в месяце перед первым днём плана (01.09.2024): прочитано 01.08.2024 – 30.09.2024; если так и задумано, укажите год первого месяца: «август 2024 – сентябрь»; иначе проверьте месяцы.',
    );
  });

  it('treats an unknown option as a usage error, exit 2', async () => {
    const result = await runCli(['validate', '--formt', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--formt'");
    expect(result.stderr).toContain('(Did you mean --format?)');
  });

  it('rejects an unknown format value as a usage error', async () => {
    const result = await runCli(['validate', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are human, short, json/);
  });

  it('says where a file stops being UTF-8 (a Windows-1251 file from Notepad)', async () => {
    const dir = temporaryDir();
    // «План» in Windows-1251
    writeFileSync(path.join(dir, 'plan.yaml'), Buffer.concat([Buffer.from('kind: plan\ntitle: '), Buffer.from([0xcf, 0xeb, 0xe0, 0xed]), Buffer.from('\n')]));
    const result = await runCli(['validate', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('plan.yaml:2:8  error: The file is not saved as UTF-8');
  });

  it('accepts UTF-8 with a byte-order mark', async () => {
    const dir = temporaryDir();
    const plan = readFileSync(path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml'));
    writeFileSync(path.join(dir, 'plan.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plan]));
    const result = await runCli(['validate', 'plan.yaml'], { cwd: dir });
    expect(result.stdout).toContain('no problems');
    expect(result.code).toBe(0);
  });

  it('gives usage errors in Russian too', async () => {
    const result = await runCli(['validate', '--formt', 'json'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ошибка: неизвестный параметр «--formt»\n(Возможно, имелось в виду --format?)');
    expect(result.stderr).toContain('Справка: «centre validate --help».');
  });

  it('never modifies its inputs', async () => {
    const file = path.join(invalid, 'duplicate-key.yaml');
    const before = readFileSync(file);
    await runCli(['validate', file]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
