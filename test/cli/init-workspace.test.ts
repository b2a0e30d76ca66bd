// `centre init` gives a workspace to start from: an example plan, registry, centre
// and school year, each marked `example: true`, which the site leaves out until
// the centre makes them its own. Run through the built command, as a user would.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyOfExampleWorkspace, spawnCli, temporaryDir } from '../helpers/cli.js';

const env = { CENTRE_TODAY: '2026-12-05' };
const examples = ['plans/example-plan.yaml', 'plans/registry.yaml', 'plans/centre.yaml', 'plans/school-year.yaml', 'plans/example-contest.yaml'];

function freshWorkspace(): string {
  const dir = temporaryDir();
  expect(spawnCli(['init'], { cwd: dir, env }).code).toBe(0);
  return dir;
}

describe('centre init: a workspace to start from', () => {
  it('writes a commented example plan, registry, centre, school year and contest, each marked as an example and valid', () => {
    const dir = freshWorkspace();
    for (const file of examples) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text.split('\n')[0], file).toMatch(/^# yaml-language-server: \$schema=\.\/schemas\/[a-z-]+\.schema\.json$/);
      expect(existsSync(path.join(dir, 'plans', text.split('\n')[0]!.split('$schema=')[1]!)), file).toBe(true);
      expect(parse(text).example, file).toBe(true);
      expect(text.split('\n').filter((line) => line.startsWith('#')).length, file).toBeGreaterThan(3);
    }
    const schoolYear = parse(readFileSync(path.join(dir, 'plans/school-year.yaml'), 'utf8'));
    expect(schoolYear).toMatchObject({ academicYear: '2026-2027', terms: { length: 4 } });
    // the example contest is moved to the year, its id and its sheets folder with it
    expect(parse(readFileSync(path.join(dir, 'plans/example-contest.yaml'), 'utf8'))).toMatchObject({
      academicYear: '2026-2027',
      id: 'samyj-klassnyj-2027',
      sheets: '../out/contest/samyj-klassnyj-2027-final',
    });
    const validated = spawnCli(['validate'], { cwd: dir, env });
    expect(validated.stdout).toContain('6 file(s) checked: no problems.');
    expect(validated.code).toBe(0);
  });

  it('says what to do next, and where the centre’s own Word plan goes', () => {
    const dir = temporaryDir();
    const russian = spawnCli(['init', 'центр'], { cwd: dir, env: { ...env, LANG: 'ru_RU.UTF-8' } });
    expect(russian.stdout).toContain('cd центр');
    expect(russian.stdout).toContain('centre plan import план.docx» (он ляжет в plans/)');
  });

  it('leaves the examples out of the site and says so, and publishes them with --examples', () => {
    const dir = freshWorkspace();
    const built = spawnCli(['site', 'build'], { cwd: dir, env });
    expect(built.code).toBe(0);
    for (const file of examples) expect(built.stderr).toContain(`${file}  warning: This is an example (example: true), left out of the site`);
    expect(built.stderr).toContain('no file of kind centre, so the page «О центре» says nothing of the centre');
    expect(existsSync(path.join(dir, 'out/site/plans/example-plan.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'out/site/contests.html'))).toBe(false);
    const index = readFileSync(path.join(dir, 'out/site/index.html'), 'utf8');
    expect(index).not.toContain('Муниципальный центр поддержки и методического сопровождения');

    const withExamples = spawnCli(['site', 'build', '--examples'], { cwd: dir, env });
    expect(withExamples.code).toBe(0);
    expect(withExamples.stderr).not.toContain('example');
    expect(readFileSync(path.join(dir, 'out/site/index.html'), 'utf8')).toContain('Муниципальный центр поддержки и методического сопровождения');
    expect(readFileSync(path.join(dir, 'out/site/contests/samyj-klassnyj-2027.html'), 'utf8')).toContain('Учебный пример');
  });

  it('publishes a file once its «example: true» line is deleted', () => {
    const dir = freshWorkspace();
    const centre = path.join(dir, 'plans/centre.yaml');
    writeFileSync(
      centre,
      readFileSync(centre, 'utf8')
        .replace(/^example: true\n/m, '')
        .replace('Муниципальный центр', 'Наш центр'),
    );
    const built = spawnCli(['site', 'build'], { cwd: dir, env });
    expect(built.stderr).not.toContain('plans/centre.yaml');
    expect(readFileSync(path.join(dir, 'out/site/index.html'), 'utf8')).toContain('Наш центр');
  });

  it('reads plans for the site from plans/ only: the example plan of templates/ is never published', () => {
    const workspace = copyOfExampleWorkspace();
    expect(existsSync(path.join(workspace, 'templates/example-plan.yaml'))).toBe(true);
    const built = spawnCli(['site', 'build', '--examples'], { cwd: workspace, env });
    expect(built.code).toBe(0);
    expect(existsSync(path.join(workspace, 'out/site/plans/example-plan.html'))).toBe(false);
    expect(existsSync(path.join(workspace, 'out/site/files/example-plan.docx'))).toBe(false);
  });

  it('the report commands take the workspace’s own registry over an example one', () => {
    const workspace = copyOfExampleWorkspace();
    expect(existsSync(path.join(workspace, 'templates/example-registry.yaml'))).toBe(true);
    mkdirSync(path.join(workspace, 'incoming'));
    const merged = spawnCli(['report', 'merge', 'incoming'], { cwd: workspace, env });
    expect(merged.stderr).toContain('No .xlsx or .csv files found');
    expect(merged.stderr).not.toContain('Several registry files');
  });
});
