import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, temporaryDir } from '../helpers/cli.js';

describe('centre init', () => {
  it('creates a workspace whose example plan validates', async () => {
    const dir = temporaryDir();
    const created = await runCli(['init', 'my-centre'], { cwd: dir });
    expect(created.code).toBe(0);
    const workspace = path.join(dir, 'my-centre');
    for (const file of [
      'plans/example-plan.yaml',
      'plans/schemas/plan.schema.json',
      'plans/schemas/cyclogram.schema.json',
      'plans/schemas/practice.schema.json',
    ]) {
      expect(existsSync(path.join(workspace, file)), file).toBe(true);
      expect(created.stdout).toContain(`created my-centre/${file}`);
    }
    expect(existsSync(path.join(workspace, 'templates'))).toBe(true);
    const example = readFileSync(path.join(workspace, 'plans/example-plan.yaml'), 'utf8');
    expect(example.split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/plan.schema.json');
    const validated = await runCli(['validate'], { cwd: workspace });
    expect(validated.stdout).toContain('no problems');
    expect(validated.code).toBe(0);
  });

  it('writes the academic year of today, so that the calendar of a fresh workspace shows its plan', async () => {
    for (const [today, year] of [
      ['2026-11-29', '2026-2027'],
      ['2027-03-10', '2026-2027'],
      ['2027-08-20', '2027-2028'],
      ['2031-09-01', '2031-2032'],
      ['2024-01-15', '2023-2024'],
    ]) {
      const dir = temporaryDir();
      const env = { CENTRE_TODAY: today };
      expect((await runCli(['init'], { cwd: dir, env })).code).toBe(0);
      const example = readFileSync(path.join(dir, 'plans/example-plan.yaml'), 'utf8');
      expect(example, today).toContain(`academicYear: ${year}\n`);
      const validated = await runCli(['validate'], { cwd: dir, env });
      expect(validated.stdout, today).toContain('no problems');
      const upcoming = await runCli(['calendar', '--format', 'json'], { cwd: dir, env });
      expect(upcoming.code, today).toBe(0);
      expect(JSON.parse(upcoming.stdout).length, today).toBeGreaterThan(0);
    }
  });

  it('moves the example plan’s dates with its year, keeping each on the same weekday of its month', async () => {
    const { moveToAcademicYear, academicYearStart } = await import('../../src/workspace/example-year.js');
    const template = readFileSync(path.join(repoRoot, 'templates/example-plan.yaml'), 'utf8');
    expect(academicYearStart('2026-07-31')).toBe(2025);
    expect(academicYearStart('2026-08-01')).toBe(2026);
    const moved = moveToAcademicYear(template, 2026);
    // the webinars are «каждый 3-й понедельник месяца»: their dated events stay on third Mondays
    for (const date of ['2026-09-21', '2026-11-16', '2027-03-15']) {
      const day = new Date(`${date}T00:00:00Z`);
      expect(day.getUTCDay(), date).toBe(1);
      expect(Math.ceil(day.getUTCDate() / 7), date).toBe(3);
      expect(moved).toContain(`date: ${date}`);
    }
    expect(moved).toContain('timing: октябрь 2026 – февраль 2027');
    expect(moved).not.toMatch(/\b2025\b/);
    expect(moveToAcademicYear(template, 2025)).toBe(template);
  });

  it('keeps files that already exist', async () => {
    const dir = temporaryDir();
    await runCli(['init'], { cwd: dir });
    const plan = path.join(dir, 'plans/example-plan.yaml');
    writeFileSync(plan, 'kind: plan\n# my own edits\n');
    const again = await runCli(['init'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('kept plans/example-plan.yaml (already exists)');
    expect(readFileSync(plan, 'utf8')).toBe('kind: plan\n# my own edits\n');
  });
});

describe('centre schema', () => {
  for (const kind of ['plan', 'cyclogram', 'holidays', 'school-year', 'registry', 'form', 'record', 'centre', 'document', 'practice', 'contest', 'register']) {
    it(`prints the ${kind} JSON Schema that plans/schemas/ ships (run npm run schemas after changing the schema)`, async () => {
      const result = await runCli(['schema', kind]);
      expect(result.code).toBe(0);
      const schema = JSON.parse(result.stdout);
      expect(schema.properties.kind.const).toBe(kind);
      expect(schema.additionalProperties).toBe(false);
      expect(schema.required).toEqual(
        expect.arrayContaining(
          (
            {
              holidays: ['kind', 'days'],
              'school-year': ['kind', 'academicYear', 'terms'],
              registry: ['kind', 'districts', 'schools'],
              form: ['kind', 'id', 'version', 'indicators'],
              record: ['kind', 'plan'],
              centre: ['kind', 'name', 'host'],
              document: ['kind', 'type', 'title', 'clauses'],
              practice: ['kind', 'title', 'school', 'author', 'topic', 'year', 'description', 'status'],
              contest: ['kind', 'id', 'title', 'level', 'organiser', 'academicYear', 'nominations', 'stages', 'jury'],
              register: ['kind', 'title'],
            } as Record<string, string[]>
          )[kind] ?? ['kind', 'title', 'sections'],
        ),
      );
      const shipped = readFileSync(path.join(repoRoot, 'plans', 'schemas', `${kind}.schema.json`), 'utf8');
      expect(result.stdout).toBe(shipped);
    });
  }

  it('rejects an unknown kind as a usage error', async () => {
    const result = await runCli(['schema', 'plam']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Unknown kind «plam»; use «plan», «cyclogram», «holidays», «school-year», «registry», «form», «record», «centre», «document», «practice», «contest» or «register».',
    );
  });
});
