// Reads never hang, through the built command: a named pipe called like an
// input (pipe.yaml, pipe.docx, pipe.xlsx) is named in one line and the other
// files are still read. Reading a pipe waits for a writer forever, so each run
// is given a few seconds and killed after them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, spawnCliAsync, temporaryDir, type RunResult } from '../helpers/cli.js';

const pipeMessage = 'This is a named pipe, socket or device, not an ordinary file, and is not read; remove it or move it out of the folder.';

/** The built command, killed if it has not ended within `seconds`: a hang fails the test instead of stalling the suite. */
async function runWithin(seconds: number, args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult & { hung: boolean }> {
  let hung = false;
  const run = await spawnCliAsync(args, {
    cwd,
    env,
    started: (child) => {
      const timer = setTimeout(() => {
        hung = true;
        child.kill('SIGKILL');
      }, seconds * 1000);
      child.on('exit', () => clearTimeout(timer));
    },
  });
  return { ...run, hung };
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

function workspaceWithPipes(): string {
  const dir = temporaryDir();
  cpSync(path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml'), path.join(dir, 'plans', 'regional.yaml'));
  mkfifo(path.join(dir, 'plans', 'pipe.yaml'));
  return dir;
}

describe('a named pipe among the inputs', () => {
  it('validate and calendar: warned in a folder, the plan still checked; an error when named', async () => {
    const dir = workspaceWithPipes();
    const scanned = await runWithin(10, ['validate', '--format', 'short', 'plans'], dir);
    expect(scanned.hung).toBe(false);
    expect(scanned.code).toBe(0);
    expect(scanned.stdout).toBe(`${path.join('plans', 'pipe.yaml')}: warning: ${pipeMessage}\n`);
    const named = await runWithin(10, ['validate', '--format', 'short', 'plans/pipe.yaml'], dir, { LANG: 'ru_RU.UTF-8' });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('pipe.yaml: ошибка: Это именованный канал, сокет или устройство, а не обычный файл, — он не читается');
    const calendar = await runWithin(10, ['calendar', 'plans', '--from', '2023-09-01', '--to', '2023-09-30', '--format', 'json'], dir);
    expect(calendar.hung).toBe(false);
    expect(calendar.code).toBe(0);
    expect((JSON.parse(calendar.stdout) as unknown[]).length).toBeGreaterThan(0);
  }, 60_000);

  it('plan import: pipe.docx in a folder is named, the other document imported; named alone, an error', async () => {
    const dir = temporaryDir();
    copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'import', 'school-plan.html'), path.join(dir, 'school-plan.html'));
    mkfifo(path.join(dir, 'pipe.docx'));
    const scanned = await runWithin(20, ['plan', 'import', '.', '-o', 'out/'], dir);
    expect(scanned.hung).toBe(false);
    expect(scanned.code).toBe(0);
    expect(scanned.stderr).toBe(`pipe.docx  warning: ${pipeMessage}\n`);
    expect(existsSync(path.join(dir, 'out', 'school-plan.yaml'))).toBe(true);
    const named = await runWithin(20, ['plan', 'import', 'pipe.docx', '-o', 'out/'], dir);
    expect(named.hung).toBe(false);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain(`pipe.docx  error: ${pipeMessage}`);
    expect(named.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('report merge and compare: the pipe is named, nothing waits', async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'plans'));
    mkdirSync(path.join(dir, 'reports'));
    copyFileSync(path.join(repoRoot, 'plans', 'registry.yaml'), path.join(dir, 'plans', 'registry.yaml'));
    writeFileSync(path.join(dir, 'reports', 'notes.txt'), 'не отчёт');
    mkfifo(path.join(dir, 'reports', 'pipe.xlsx'));
    mkfifo(path.join(dir, 'reports', 'pipe.ods'));
    const form = path.join(repoRoot, 'templates', 'monitoring-form.yaml');
    const merged = await runWithin(20, ['report', 'merge', 'reports', '--form', form, '--registry', 'plans/registry.yaml', '-o', 'summary.xlsx'], dir);
    expect(merged.hung).toBe(false);
    expect(merged.stderr).toContain(`${path.join('reports', 'pipe.xlsx')}: ${pipeMessage}`);
    expect(merged.stderr).toContain(`${path.join('reports', 'pipe.ods')}: ${pipeMessage}`);
    mkfifo(path.join(dir, 'other.xlsx'));
    const compared = await runWithin(20, ['report', 'compare', 'other.xlsx', 'other.xlsx'], dir);
    expect(compared.hung).toBe(false);
    expect(compared.code).toBe(1);
    expect(compared.stderr).toContain('The file cannot be read: it is a named pipe, socket or device, not an ordinary file.');
  }, 60_000);

  it('done: a pipe standing for the record is refused, never waited on', async () => {
    const dir = workspaceWithPipes();
    const done = await runWithin(10, ['done', 'plans/regional.yaml', 'mentor-conference', '--record', 'plans/pipe.yaml'], dir);
    expect(done.hung).toBe(false);
    expect(done.code).toBe(1);
    expect(done.stderr).toContain(pipeMessage);
  }, 30_000);
});
