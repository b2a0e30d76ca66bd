// `centre --help` and `centre validate` must not load docx or exceljs: they
// are heavy, and only the commands that write those files need them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, spawnCli } from '../helpers/cli.js';

const dist = path.join(repoRoot, 'dist');

/** Every module the entry loads before running any command: its static imports, transitively. */
function staticImportGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w*${},\s]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
    graph.set(file, specifiers);
    for (const specifier of specifiers) if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
  };
  visit(entry);
  return graph;
}

describe('start-up path', () => {
  it('the bin file only points at the bundle', () => {
    const bin = readFileSync(path.join(repoRoot, 'bin', 'centre.js'), 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(bin).toContain("from '../dist/centre.js'");
  });

  it('loads neither docx nor exceljs statically', () => {
    const graph = staticImportGraph(path.join(dist, 'centre.js'));
    const external = [...graph.values()].flat().filter((s) => !s.startsWith('.') && !s.startsWith('node:'));
    expect(external).not.toContain('docx');
    expect(external).not.toContain('exceljs');
    // but the build command does reach docx through a lazy chunk
    const all = readFileSync(path.join(dist, 'centre.js'), 'utf8');
    expect(all).toMatch(/import\(["']\.\/command-plan-build\.js["']\)/);
    expect(readFileSync(path.join(dist, 'command-plan-build.js'), 'utf8')).toMatch(/from\s*["']docx["']/);
    // and validate reaches neither, not even lazily
    expect(readFileSync(path.join(dist, 'command-validate.js'), 'utf8')).not.toMatch(/["'](docx|exceljs)["']/);
  });

  it('validate’s fast path does not carry yaml, the slower located parser (its own bundle, loaded on a problem)', () => {
    const yamlMessage = 'Excessive alias count indicates a resource exhaustion attack';
    expect(readFileSync(path.join(dist, 'command-validate.js'), 'utf8')).not.toContain(yamlMessage);
    expect(readFileSync(path.join(dist, 'located-validation.js'), 'utf8')).toContain(yamlMessage);
  });

  it('runs --help and --version from the built bin', () => {
    const help = spawnCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['init', 'validate', 'schema', 'plan']) expect(help.stdout).toContain(command);
    const version = spawnCli(['--version']);
    const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(packageJson.version);
  });

  it('answers an unknown command with a usage error, exit 2, and no stack trace', () => {
    const result = spawnCli(['buidl']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'buidl'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
