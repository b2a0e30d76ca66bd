// The three layers of tests (test/layers.ts) cover every test file exactly once, and the unit layer
// really starts nothing heavy (test/helpers/unit-guard.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';
import { fuzzTests, mockingTests, officeTests } from './layers.js';

const root = path.resolve(import.meta.dirname, '..');
const testFiles = (readdirSync(path.join(root, 'test'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `test/${file.split(path.sep).join('/')}`)
  .sort();
const projects = (config.test?.projects ?? []) as { test: { name: string; include: string[]; exclude?: string[]; isolate?: boolean } }[];
// what changes the module registry or the process for the files that follow in a shared worker
const mocksModules = (file: string) =>
  /\bvi\.(mock|doMock|spyOn|stubEnv|stubGlobal|useFakeTimers)\(|\bprocess\.chdir\(|\bprocess\.env(\.\w+|\[[^\]]+\])\s*=[^=]/.test(
    readFileSync(path.join(root, file), 'utf8'),
  );

describe('the layers of tests', () => {
  it('are the projects unit (in two: shared modules, and the files that mock one), office and fuzz, in that order', () => {
    expect(projects.map((project) => project.test.name)).toEqual(['unit', 'unit-mocking', 'office', 'fuzz']);
  });

  it('name only test files that exist, each once, sorted', () => {
    for (const list of [officeTests, fuzzTests, mockingTests]) {
      for (const file of list) expect(existsSync(path.join(root, file)), file).toBe(true);
      expect(list).toEqual([...new Set(list)].sort());
    }
  });

  it('put every test file in exactly one project', () => {
    const [unit, mocking, office, fuzz] = projects.map((project) => project.test);
    const inUnit = (file: string) => !unit!.exclude!.includes(file);
    for (const file of testFiles) {
      const homes = [
        inUnit(file) && 'unit',
        mocking!.include.includes(file) && 'unit-mocking',
        office!.include.includes(file) && 'office',
        fuzz!.include.includes(file) && 'fuzz',
      ].filter(Boolean);
      expect(homes, file).toHaveLength(1);
    }
    expect(unit!.include).toEqual(['test/**/*.test.ts']);
  });

  it('share one module registry in the unit and office layers, except the files that replace a module, which run apart', () => {
    const [unit, mocking, office] = projects.map((project) => project.test);
    expect(unit!.isolate).toBe(false);
    expect(office!.isolate).toBe(false);
    expect(mocking!.isolate).toBeUndefined();
    const unitFiles = testFiles.filter((file) => !unit!.exclude!.includes(file));
    expect(unitFiles.filter(mocksModules)).toEqual([]);
    expect(officeTests.filter(mocksModules)).toEqual([]);
    expect(mockingTests.filter((file) => !mocksModules(file))).toEqual([]);
  });

  it('keep what the build wrote out of the unit layer, which runs without building', () => {
    const unit = projects[0]!.test;
    const readsDist = testFiles.filter(
      (file) =>
        (!unit.exclude!.includes(file) || mockingTests.includes(file)) && /path\.join\([^)]*['"]dist['"]/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(readsDist).toEqual([]);
  });

  it('refuse, in a unit test, to start LibreOffice, Chromium or the built command, naming where the test belongs', () => {
    expect(() => execFileSync('soffice', ['--version'])).toThrow(/officeTests \(test\/layers\.ts\)/);
    expect(() => spawnSync(process.execPath, [path.join(root, 'bin', 'centre.js'), '--version'])).toThrow(/officeTests/);
    expect(() => spawnSync('/usr/bin/chromium', ['--headless'])).toThrow(/officeTests/);
    // Small helpers stay allowed.
    expect(spawnSync(process.execPath, ['-e', '0']).status).toBe(0);
  });
});
