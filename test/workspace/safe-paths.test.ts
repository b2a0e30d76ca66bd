// Reading only regular files inside a root, removing only regular files inside an output folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, readFileInside, removeFileInside } from '../../src/workspace/safe-paths.js';
import { temporaryDir } from '../helpers/cli.js';

function folders() {
  const base = temporaryDir('centre-safe-paths-');
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'files'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'files', 'plan.pdf'), '%PDF-1.7');
  writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  return { base, root, outside };
}

describe('readFileInside', () => {
  it('reads a regular file, or a link to one, inside the root; the head only when asked', () => {
    const { root } = folders();
    symlinkSync('plan.pdf', path.join(root, 'files', 'alias.pdf'));
    expect(readFileInside(root, path.join(root, 'files', 'plan.pdf'))).toMatchObject({ bytes: Buffer.from('%PDF-1.7') });
    expect(readFileInside(root, path.join(root, 'files', 'alias.pdf'))).toMatchObject({ bytes: Buffer.from('%PDF-1.7') });
    expect(readFileInside(root, path.join(root, 'files', 'plan.pdf'), { head: 4 })).toMatchObject({ bytes: Buffer.from('%PDF') });
  });

  it('refuses, without reading, a link out of the root, a folder linked out of it, a folder, a pipe; says what is missing', () => {
    const { root, outside } = folders();
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'files', 'secret.pdf'));
    symlinkSync(outside, path.join(root, 'linked'));
    symlinkSync('/etc/passwd', path.join(root, 'passwd.pdf'));
    expect(readFileInside(root, path.join(root, 'files', 'secret.pdf'))).toEqual({ problem: 'outside', real: path.join(outside, 'secret.txt') });
    expect(readFileInside(root, path.join(root, 'linked', 'secret.txt'))).toMatchObject({ problem: 'outside' });
    expect(readFileInside(root, path.join(root, 'passwd.pdf'))).toMatchObject({ problem: 'outside' });
    expect(readFileInside(root, path.join(root, '..', 'outside', 'secret.txt'))).toMatchObject({ problem: 'outside' });
    expect(readFileInside(root, path.join(root, 'files'))).toMatchObject({ problem: 'not-a-file' });
    expect(readFileInside(root, path.join(root, 'files', 'none.pdf'))).toEqual({ problem: 'missing' });
    expect(readFileInside(root, path.join(root, 'files', 'plan.pdf', 'x'))).toEqual({ problem: 'missing' });
    const fifo = path.join(root, 'files', 'pipe.pdf');
    if (spawnSync('mkfifo', [fifo]).status === 0) expect(readFileInside(root, fifo)).toMatchObject({ problem: 'not-a-file' });
  });
});

describe('removeFileInside', () => {
  it('removes a regular file of the output folder', () => {
    const { root } = folders();
    expect(removeFileInside(root, path.join(root, 'files', 'plan.pdf'))).toBe('removed');
    expect(existsSync(path.join(root, 'files', 'plan.pdf'))).toBe(false);
    expect(removeFileInside(root, path.join(root, 'files', 'plan.pdf'))).toBe('missing');
  });

  it('never removes a folder, a link, or a file reached through a folder linked out of the output', () => {
    const { root, outside } = folders();
    symlinkSync(outside, path.join(root, 'old'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'secret.txt'));
    expect(removeFileInside(root, path.join(root, 'old', 'secret.txt'))).toBe('outside');
    expect(removeFileInside(root, path.join(root, 'secret.txt'))).toBe('not-a-file');
    expect(removeFileInside(root, path.join(root, 'old'))).toBe('not-a-file');
    expect(removeFileInside(root, path.join(root, 'files'))).toBe('not-a-file');
    expect(readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    expect(existsSync(path.join(root, 'secret.txt'))).toBe(true);
    expect(existsSync(path.join(root, 'files', 'plan.pdf'))).toBe(true);
  });
});

describe('isInside', () => {
  it('is strict and by whole path parts', () => {
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(false);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
    expect(isInside('/a/b', '/a')).toBe(false);
  });
});
