// `centre plan build` as a user runs it: the built bin, real files.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';

const regional = path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml');
const invalid = path.join(repoRoot, 'test', 'fixtures', 'invalid');

function workspaceWith(...files: string[]): string {
  const dir = temporaryDir();
  mkdirSync(path.join(dir, 'plans'));
  for (const file of files) copyFileSync(file, path.join(dir, 'plans', path.basename(file)));
  return dir;
}

async function pageSize(docx: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  const xml = await zip.file('word/document.xml')!.async('string');
  return /<w:pgSz [^>]*\/>/.exec(xml)![0];
}

describe('centre plan build', () => {
  it('writes to a named .docx file and creates missing folders', () => {
    const dir = temporaryDir();
    const result = spawnCli(['plan', 'build', regional, '-o', 'deep/new/plan.docx'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('wrote deep/new/plan.docx (5 section(s), 17 item(s), 3 approval block(s))\n');
    expect(readFileSync(path.join(dir, 'deep/new/plan.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes into a folder when -o names one, leaving no temporary files', () => {
    const dir = workspaceWith(regional, path.join(repoRoot, 'plans', '2020-2021-ponomarevka-cyclogram.yaml'));
    const result = spawnCli(['plan', 'build', 'plans', '-o', 'print'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(dir, 'print')).sort()).toEqual(['2020-2021-ponomarevka-cyclogram.docx', '2023-2024-regional-plan.docx']);
  });

  it('replaces an existing output whole', () => {
    const dir = workspaceWith(regional);
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', '2023-2024-regional-plan.docx'), 'old contents');
    expect(spawnCli(['plan', 'build', 'plans/2023-2024-regional-plan.yaml'], { cwd: dir }).code).toBe(0);
    expect(
      readFileSync(path.join(dir, 'out', '2023-2024-regional-plan.docx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['2023-2024-regional-plan.docx']);
  });

  it('refuses to write over its input file', () => {
    const dir = workspaceWith(regional);
    const input = path.join(dir, 'plans', '2023-2024-regional-plan.yaml');
    const before = readFileSync(input);
    const result = spawnCli(['plan', 'build', 'plans/2023-2024-regional-plan.yaml', '-o', 'plans/2023-2024-regional-plan.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Refusing to write over the input file plans/2023-2024-regional-plan.yaml; choose another --output.');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('builds nothing from a file with errors, says why with file:line:col, exit 1', () => {
    const dir = workspaceWith(path.join(invalid, 'section-without-items.yaml'), regional);
    const result = spawnCli(['plan', 'build', 'plans/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/section-without-items.yaml:6:12  error: This section has no items');
    expect(result.stderr).toContain('1 file(s) not built because of the problems above.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // the valid plan next to it is still built
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['2023-2024-regional-plan.docx']);
  });

  it('answers a missing file with exit 1 and no stack trace', () => {
    const result = spawnCli(['plan', 'build', 'plans/nope.yaml'], { cwd: temporaryDir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/nope.yaml  error: No such file or folder; check the path.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says when an output cannot be written', () => {
    const dir = workspaceWith(regional);
    writeFileSync(path.join(dir, 'blocker'), 'a file where a folder should be');
    const result = spawnCli(['plan', 'build', 'plans/', '-o', 'blocker/sub/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/blocker\/sub\/2023-2024-regional-plan\.docx  error: Cannot write .*: a file stands where a folder of the path should be\./);
  });

  it('turns pages to landscape on request', async () => {
    const dir = temporaryDir();
    expect(spawnCli(['plan', 'build', regional, '-o', 'a.docx', '--orientation', 'landscape'], { cwd: dir }).code).toBe(0);
    expect(await pageSize(path.join(dir, 'a.docx'))).toContain('w:orient="landscape"');
  });

  it('rejects an unknown orientation as a usage error', () => {
    const result = spawnCli(['plan', 'build', regional, '--orientation', 'sideways'], { cwd: temporaryDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Allowed choices are portrait, landscape');
  });

  it('speaks Russian when the locale is Russian', () => {
    const dir = temporaryDir();
    const result = spawnCli(['plan', 'build', regional, '-o', 'plan.docx'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.stdout).toBe('записан plan.docx (разделов: 5, мероприятий: 17, грифов: 3)\n');
    expect(existsSync(path.join(dir, 'plan.docx'))).toBe(true);
  });
});
