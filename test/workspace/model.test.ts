// The workspace model (src/workspace/model.ts): the files read, sorted by kind into typed lists, a
// record linked to its plan. Checked on the shipped workspace, read as the commands read it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { filesByKind, givenFileOf, isOfKind, planOfRecord, recordsOfPlan } from '../../src/workspace/model.js';
import { CentreError } from '../../src/schema/diagnostic.js';
import { repoRoot, temporaryDir } from '../helpers/cli.js';

const context = (cwd: string) => createContext({ cwd, env: { LANG: 'en_US.UTF-8' }, stdout: { write: () => true }, stderr: { write: () => true } });
const plans = path.join(repoRoot, 'plans');

describe('the workspace model', () => {
  it('sorts every file read into the list of its kind, in the order read, each file in exactly one', async () => {
    const workspace = await loadWorkspace(await context(repoRoot), [plans]);
    const lists = {
      plan: workspace.plans.filter((file) => file.validated.kind === 'plan'),
      cyclogram: workspace.plans.filter((file) => file.validated.kind === 'cyclogram'),
      record: workspace.records,
      form: workspace.forms,
      registry: workspace.registries,
      centre: workspace.centres,
      'school-year': workspace.schoolYears,
      holidays: workspace.holidays,
      document: workspace.documents,
      practice: workspace.practices,
      contest: workspace.contests,
      register: workspace.registers,
    };
    for (const [kind, files] of Object.entries(lists)) {
      for (const file of files) expect(file.validated.kind, file.shown).toBe(kind);
      // in the order read
      const read = workspace.files.filter((file) => file.validated?.kind === kind);
      expect(files.map((file) => file.path)).toEqual(read.map((file) => file.path));
    }
    const sorted = Object.values(lists).flat().length;
    expect(sorted).toBe(workspace.files.filter((file) => file.validated).length);
    expect(workspace.plans.map((file) => path.basename(file.path))).toEqual([
      '2020-2021-buzuluk-plan.yaml',
      '2020-2021-ponomarevka-cyclogram.yaml',
      '2023-2024-regional-plan.yaml',
    ]);
    expect(workspace.centres).toHaveLength(1);
    expect(workspace.registries).toHaveLength(1);
    expect(workspace.practices.length).toBeGreaterThan(0);
  });

  it('links a record to the plan it names, and a plan to its records', async () => {
    const workspace = await loadWorkspace(await context(repoRoot), [plans]);
    const [record] = workspace.records;
    const plan = planOfRecord(workspace.plans, record!);
    expect(path.basename(plan!.path)).toBe('2023-2024-regional-plan.yaml');
    expect(recordsOfPlan(workspace.records, plan!.path)).toEqual([record]);
    for (const other of workspace.plans.filter((file) => file !== plan)) expect(recordsOfPlan(workspace.records, other.path)).toEqual([]);
    // among plans that leave it out, a record has none
    expect(
      planOfRecord(
        workspace.plans.filter((file) => file !== plan),
        record!,
      ),
    ).toBeUndefined();
  });

  it('sorts a part of the files the same way', async () => {
    const workspace = await loadWorkspace(await context(repoRoot), [plans]);
    const part = filesByKind(workspace.files.filter((file) => !isOfKind(file, 'cyclogram', 'practice')));
    expect(part.plans.every((file) => file.validated.kind === 'plan')).toBe(true);
    expect(part.plans).toHaveLength(workspace.plans.length - 1);
    expect(part.practices).toEqual([]);
    expect(part.records).toEqual(workspace.records);
  });

  it('gives the one file a command was given when it is of the kind asked, and else says what it is', async () => {
    const dir = temporaryDir();
    mkdirSync(dir, { recursive: true });
    const holidays = path.join(dir, 'days.yaml');
    writeFileSync(holidays, 'kind: holidays\ndays:\n  - date: 2024-03-08\n    working: false\n');
    const loaded = await loadWorkspace(await context(dir), [holidays]);
    expect(givenFileOf(loaded, 'holidays', 'days.yaml').validated.value.days).toHaveLength(1);
    let thrown: unknown;
    try {
      givenFileOf(loaded, 'school-year', 'days.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CentreError);
    expect((thrown as CentreError).diagnostics[0]).toMatchObject({
      file: 'days.yaml',
      code: 'file-of-other-kind',
      params: { found: 'holidays', kind: 'school-year' },
    });
  });
});
