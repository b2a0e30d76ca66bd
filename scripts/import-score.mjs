// How well `centre plan import` reads plans nobody here wrote: each plan under
// test/fixtures/import/real/ (texts of public plans, cited in its README) and
// the seeds' plans has a hand-written list of its items; an item counts as
// right when its activity, timing and responsible all come across as written.
// Also checked: the title, the academic year, the stamps, and that the YAML
// the command writes validates.
//
//   node scripts/import-score.mjs          (after npm run build) prints each plan's figure and the total
//
// test/import/real-plans.test.ts uses scorePlan on the same lists in-process,
// for the web page, the DOCX LibreOffice writes from it and a workbook.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const realDir = path.join(root, 'test', 'fixtures', 'import', 'real');
const layoutDir = path.join(root, 'test', 'fixtures', 'import');
/** Plans of the seeds (public documents) whose expected YAML was written by hand before. */
const SEED_PLANS = ['seed-000-ponomarevka', 'seed-001-buzuluk'];

/** Each plan: its document, and the expected title, year, stamps and items. */
export function realPlans() {
  const own = readdirSync(realDir)
    .filter((name) => name.endsWith('.expected.yaml'))
    .map((name) => {
      const base = name.replace(/\.expected\.yaml$/, '');
      return { name: base, document: path.join(realDir, `${base}.html`), expected: parse(readFileSync(path.join(realDir, name), 'utf8')) };
    });
  const seeds = SEED_PLANS.map((base) => {
    const plan = parse(readFileSync(path.join(layoutDir, `${base}.expected.yaml`), 'utf8'));
    const items = plan.sections.flatMap((section) => section.items.map(({ activity, timing, responsible }) => ({ activity, timing, responsible })));
    return {
      name: base,
      document: path.join(layoutDir, `${base}.html`),
      expected: { title: plan.title, academicYear: plan.academicYear, approvals: plan.approvals, items },
    };
  });
  return [...own, ...seeds];
}

const clean = (text) => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : text);
const sameList = (a = [], b = []) => a.length === b.length && a.every((value, index) => clean(value) === clean(b[index]));

/**
 * Compares an imported plan (the object the YAML holds) with a hand-written
 * list: each expected item is looked up by its activity among the imported
 * ones not yet matched; imported items the list does not have count against.
 */
export function scorePlan(expected, plan) {
  const imported = (plan.sections ?? []).flatMap((section) => section.items ?? []);
  const unused = new Set(imported);
  const wrong = [];
  let right = 0;
  for (const item of expected.items) {
    const found = [...unused].find((candidate) => clean(candidate.activity) === clean(item.activity));
    if (!found) {
      wrong.push({ activity: item.activity, problem: 'missing' });
      continue;
    }
    unused.delete(found);
    const timingRight = clean(found.timing) === clean(item.timing);
    const responsibleRight = sameList(found.responsible, item.responsible);
    if (timingRight && responsibleRight) right++;
    else
      wrong.push({ activity: item.activity, problem: timingRight ? 'responsible' : 'timing', got: { timing: found.timing, responsible: found.responsible } });
  }
  for (const extra of unused) wrong.push({ activity: extra.activity, problem: 'not in the plan' });
  const checks = {
    title: clean(plan.title) === clean(expected.title),
    academicYear: plan.academicYear === (expected.academicYear ?? expected.yearGiven),
    approvals: JSON.stringify(plan.approvals ?? []) === JSON.stringify(expected.approvals ?? []),
    periodicity:
      expected.periodicity === undefined ||
      sameList(
        (plan.sections ?? []).map((section) => section.periodicity),
        expected.periodicity,
      ),
  };
  return { items: Math.max(expected.items.length, imported.length), right, wrong, checks };
}

function runCli(args, cwd) {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'centre.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** Imports every plan with the installed command, validates what it wrote, and scores it. */
export function scoreWithCli() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centre-import-score-'));
  try {
    return realPlans().map(({ name, document, expected }) => {
      const output = path.join(dir, `${name}.yaml`);
      const year = expected.yearGiven ? ['--year', expected.yearGiven] : [];
      const imported = runCli(['plan', 'import', document, '-o', output, ...year], dir);
      if (imported.status !== 0) return { name, error: imported.stderr.trim() };
      const validated = runCli(['validate', output], dir);
      return { name, valid: validated.status === 0, ...scorePlan(expected, parse(readFileSync(output, 'utf8'))) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(root, 'dist'))) throw new Error('run npm run build first');
  const results = scoreWithCli();
  let items = 0;
  let right = 0;
  for (const result of results) {
    if (result.error) {
      console.log(`${result.name}: not imported: ${result.error}`);
      continue;
    }
    items += result.items;
    right += result.right;
    const failed = Object.entries(result.checks)
      .filter(([, ok]) => !ok)
      .map(([check]) => check);
    console.log(
      `${result.name}: ${result.right}/${result.items} items right${result.valid ? '' : ', does not validate'}${failed.length ? `, wrong: ${failed.join(', ')}` : ''}`,
    );
    for (const miss of result.wrong) console.log(`  ${miss.problem}: ${miss.activity}${miss.got ? ` (got ${JSON.stringify(miss.got)})` : ''}`);
  }
  const share = items === 0 ? 0 : (100 * right) / items;
  console.log(`total: ${right}/${items} items right (${share.toFixed(1)} %) in ${results.length} plans`);
}
