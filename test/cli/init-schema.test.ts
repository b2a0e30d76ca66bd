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
    for (const file of ['plans/example-plan.yaml', 'plans/schemas/plan.schema.json', 'plans/schemas/cyclogram.schema.json']) {
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
  for (const kind of ['plan', 'cyclogram', 'holidays', 'registry', 'form']) {
    it(`prints the ${kind} JSON Schema that plans/schemas/ ships (run npm run schemas after changing the schema)`, async () => {
      const result = await runCli(['schema', kind]);
      expect(result.code).toBe(0);
      const schema = JSON.parse(result.stdout);
      expect(schema.properties.kind.const).toBe(kind);
      expect(schema.additionalProperties).toBe(false);
      expect(schema.required).toEqual(expect.arrayContaining(({ holidays: ['kind', 'days'], registry: ['kind', 'districts', 'schools'], form: ['kind', 'id', 'version', 'indicators'] } as Record<string, string[]>)[kind] ?? ['kind', 'title', 'sections']));
      const shipped = readFileSync(path.join(repoRoot, 'plans', 'schemas', `${kind}.schema.json`), 'utf8');
      expect(result.stdout).toBe(shipped);
    });
  }

  it('rejects an unknown kind as a usage error', async () => {
    const result = await runCli(['schema', 'plam']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown kind «plam»; use «plan», «cyclogram», «holidays», «registry» or «form».');
  });
});
