// The write side of the workspace: a file replaced keeps its link and mode, a
// read-only file and a pipe are refused, an exclusive creation never replaces,
// a lock is waited for or taken over when its process is gone, and pending
// temporary files go when the process is interrupted.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createFileExclusive, replaceFileAtomic, writeTargetOf } from '../../src/workspace/atomic-write.js';
import { lockFile } from '../../src/workspace/file-lock.js';
import { readRegularFile } from '../../src/workspace/files.js';
import { repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
  return undefined;
};

describe('replaceFileAtomic', () => {
  it('writes a link’s target, even one not made yet, and the link stays', () => {
    const dir = temporaryDir();
    symlinkSync('real.yaml', path.join(dir, 'link.yaml'));
    replaceFileAtomic(path.join(dir, 'link.yaml'), 'a: 1\n');
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real.yaml'), 'utf8')).toBe('a: 1\n');
    expect(writeTargetOf(path.join(dir, 'link.yaml'))).toBe(path.join(dir, 'real.yaml'));
  });

  it('keeps the mode, whatever the umask, and leaves no temporary file', () => {
    const dir = temporaryDir();
    const file = path.join(dir, 'f.yaml');
    for (const mode of [0o600, 0o664, 0o640]) {
      writeFileSync(file, 'old');
      chmodSync(file, mode);
      replaceFileAtomic(file, 'new');
      expect(statSync(file).mode & 0o777).toBe(mode);
      expect(readFileSync(file, 'utf8')).toBe('new');
    }
    expect(readdirSync(dir)).toEqual(['f.yaml']);
  });

  it('refuses a read-only file and a named pipe, and changes neither', () => {
    const dir = temporaryDir();
    const file = path.join(dir, 'f.yaml');
    writeFileSync(file, 'old');
    chmodSync(file, 0o444);
    expect(codeOf(() => replaceFileAtomic(file, 'new'))).toBe('EREADONLY');
    expect(readFileSync(file, 'utf8')).toBe('old');
    spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    expect(codeOf(() => replaceFileAtomic(path.join(dir, 'pipe.yaml'), 'new'))).toBe('ENOTREG');
    expect(lstatSync(path.join(dir, 'pipe.yaml')).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['f.yaml', 'pipe.yaml']);
  });
});

describe('createFileExclusive', () => {
  it('makes a file once; a second time it is refused and the first kept', () => {
    const dir = temporaryDir();
    const file = path.join(dir, 'plan.yaml');
    createFileExclusive(file, 'first');
    expect(codeOf(() => createFileExclusive(file, 'second'))).toBe('EEXIST');
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
});

describe('readRegularFile', () => {
  it('refuses a pipe at once instead of waiting for a writer, and a device', () => {
    const dir = temporaryDir();
    spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    expect(codeOf(() => readRegularFile(path.join(dir, 'pipe.yaml')))).toBe('ENOTREG');
    expect(codeOf(() => readRegularFile('/dev/zero'))).toBe('ENOTREG');
    expect(codeOf(() => readRegularFile(dir))).toBe('EISDIR');
  });
});

describe('lockFile', () => {
  it('waits for a live holder, then gives up naming it; takes over the lock of a process that is gone', async () => {
    const dir = temporaryDir();
    const file = path.join(dir, 'plan.record.yaml');
    writeFileSync(`${file}.lock`, `${process.pid} ${Date.now()}\n`);
    await expect(lockFile(file, 200)).rejects.toMatchObject({ name: 'FileLocked', pid: process.pid });
    // a pid no process has (above the kernel's pid_max)
    writeFileSync(`${file}.lock`, `4194305 ${Date.now()}\n`);
    const release = await lockFile(file, 200);
    expect(readFileSync(`${file}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+\\n$`));
    release();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('through the built command: done takes over a lock left by a run that died, and says so for a live one', () => {
    const dir = temporaryDir();
    writeFileSync(
      path.join(dir, 'plan.yaml'),
      'kind: plan\ntitle: План\nacademicYear: 2023-2024\nsections:\n  - title: Раздел\n    items:\n      - id: forum\n        activity: Форум\n        timing: ноябрь 2023\n        responsible: [Центр]\n',
    );
    writeFileSync(path.join(dir, 'plan.record.yaml.lock'), `4194305 ${Date.now()}\n`);
    const done = spawnCli(['done', 'plan.yaml', 'forum', '--date', '2023-11-16'], { cwd: dir });
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['plan.record.yaml', 'plan.yaml']);
  });
});

describe('an interrupted process', () => {
  // the module itself, bundled, in a process of its own that interrupts itself with a temporary file pending
  const bundle = path.join(temporaryDir(), 'atomic-write.mjs');
  buildSync({
    entryPoints: [path.join(repoRoot, 'src', 'workspace', 'atomic-write.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes its pending files on ${signal} and ends by that signal (exit status ${signal === 'SIGINT' ? 130 : 143})`, () => {
      const dir = temporaryDir();
      const pending = path.join(dir, 'plan.record.yaml.123.0.tmp');
      const script = `
        import { writeFileSync } from 'node:fs';
        import { removeOnInterrupt } from ${JSON.stringify(bundle)};
        writeFileSync(${JSON.stringify(pending)}, '');
        removeOnInterrupt(${JSON.stringify(pending)});
        process.kill(process.pid, ${JSON.stringify(signal)});
        setTimeout(() => {}, 5000);`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10_000 });
      expect(run.signal).toBe(signal);
      expect(run.stderr).toBe('');
      expect(readdirSync(dir)).toEqual([]);
      const shell = spawnSync(
        'sh',
        ['-c', `${JSON.stringify(process.execPath)} --input-type=module -e ${JSON.stringify(script.replace(/\n/g, ' '))}; echo $?`],
        { encoding: 'utf8', timeout: 10_000 },
      );
      expect(shell.stdout.trim()).toBe(signal === 'SIGINT' ? '130' : '143');
    });
  }
});
