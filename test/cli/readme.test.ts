// The README's first steps are what a methodist types on a fresh machine: they are
// run here as written, by bash, with the built command as `centre`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The first ```sh block after a heading. */
function shellBlock(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start))!;
  return block[1]!;
}

describe('the README', () => {
  it('speaks to the methodist in Russian first', () => {
    const userPart = readme.slice(0, readme.indexOf('\n## Set-up\n'));
    expect(userPart).toContain('## Для методиста');
    const latin = userPart.replace(/```[\s\S]*?```|`[^`]*`|<[^>]*>/g, '').match(/\b[A-Za-z]{4,}\b/g) ?? [];
    const cyrillic = userPart.match(/[а-яё]{4,}/gi) ?? [];
    expect(latin.length).toBeLessThan(cyrillic.length / 10);
  });

  it('runs its first steps as written, in a fresh workspace, through the built command', () => {
    const home = temporaryDir('centre-home-');
    // the centre's own Word plan, lying in the workspace as the README says
    mkdirSync(path.join(home, 'центр'));
    const plan = path.join(home, 'центр', 'план-2025-2026.docx');
    expect(spawnCli(['plan', 'build', path.join(repoRoot, 'templates/example-plan.yaml'), '-o', plan]).code).toBe(0);
    const script = `set -euo pipefail\ncentre() { node ${JSON.stringify(binPath)} "$@"; }\n${shellBlock('### Первые шаги')}`;
    const result = spawnSync('bash', ['-c', script], {
      cwd: home,
      env: { ...process.env, HOME: home, LANG: 'ru_RU.UTF-8', LC_ALL: '', NO_COLOR: '1', CENTRE_TODAY: '2025-10-01' },
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(path.join(home, 'центр/plans/план-2025-2026.yaml'))).toBe(true);
    expect(readdirSync(path.join(home, 'центр/out')).sort()).toEqual(['example-plan.docx', 'план-2025-2026.docx']);
    expect(result.stdout).toContain('Проверено файлов: 7');
  });

  it('installs the command as it says, and the way without installing works too', () => {
    const install = shellBlock('### Установка');
    expect(install).toContain('npm ci');
    expect(install).toContain('npm install -g .');
    const prefix = temporaryDir('centre-prefix-');
    // ignore_scripts: the build is already there (npm ci made it) and the other tests, running alongside, use it.
    // npm install would run `prepare`, and so would npx the first time after npm ci: it finds node_modules
    // newer than its hidden lockfile and installs the folder again, rebuilding dist/ under the other tests.
    const env = {
      ...process.env,
      npm_config_prefix: prefix,
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_ignore_scripts: 'true',
    };
    const installed = spawnSync('npm', ['install', '-g', '.'], { cwd: repoRoot, env, encoding: 'utf8' });
    expect(installed.status, installed.stderr).toBe(0);
    const elsewhere = temporaryDir();
    expect(spawnSync(path.join(prefix, 'bin', 'centre'), ['--version'], { cwd: elsewhere, encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readme).toContain('npx --prefix <папка программы>');
    const npx = spawnSync('npx', ['--prefix', repoRoot, 'centre', '--version'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(npx.stdout.trim(), npx.stderr).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);

  it('keeps the developers’ two set-up commands, which CI runs', () => {
    const setUp = shellBlock('## Set-up');
    expect(setUp).toMatch(/^npm ci && npx centre plan build plans\//m);
    expect(setUp).toMatch(/^npm test\b/m);
    const ci = readFileSync(path.join(repoRoot, '.ci/run'), 'utf8');
    expect(ci.indexOf('npx centre plan build plans/')).toBeGreaterThan(ci.indexOf('npm ci'));
    expect(ci.indexOf('\nnpm test')).toBeGreaterThan(ci.indexOf('npx centre plan build plans/'));
  });
});
