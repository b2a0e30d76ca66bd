// The YAML `centre plan import` writes for an imported plan: the plan with its notes as comments
// (on the item they are about, the others at the top), and the same notes as lines for the user.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readPhrase } from '../calendar/phrases.js';
import type { ImportedPlan, ImportNote, Place } from '../import/imported-plan.js';
import { planYaml, rowKey } from '../import/plan-yaml.js';
import { academicYearSpan } from '../schema/iso-date.js';
import { findWorkspaceRoot } from './files.js';
import type { WorkspaceContext } from './context.js';

/** Notes on timings the calendar could not read, from the same reader the calendar uses. */
function timingNotes(plan: ImportedPlan): ImportNote[] {
  const first = plan.academicYear ? Number(plan.academicYear.slice(0, 4)) : 2023;
  const period = plan.period ? { start: plan.period.from, end: plan.period.to } : academicYearSpan(first);
  return plan.sections.flatMap((section) =>
    section.items
      .filter((item) => item.timing !== undefined && readPhrase(item.timing, { period }) === undefined)
      .map((item) => ({ code: 'import-unreadable-timing' as const, place: { ...item.place, column: plan.timingHeading }, text: item.timing })),
  );
}

/** The workspace's JSON Schema seen from the written file: `./schemas/…` inside plans/, or wherever the workspace keeps it. */
function schemaPath(target: string, kind: string): string {
  const folder = path.dirname(target);
  const root = findWorkspaceRoot(folder);
  const plans = path.join(root, 'plans');
  const schemas = existsSync(plans) && path.basename(folder) !== 'plans' ? path.join(plans, 'schemas') : path.join(folder, 'schemas');
  const relative = path
    .relative(folder, path.join(schemas, `${kind}.schema.json`))
    .split(path.sep)
    .join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function describePlace(ctx: WorkspaceContext, place: Place): string {
  return ctx.t('import-place', { table: place.table, row: place.row, column: place.column, paragraph: place.paragraph });
}

/** The YAML of a plan, and its notes as lines for the terminal (without the file's name); `target` is where it is meant to live (for the schema line). */
export function planText(ctx: WorkspaceContext, plan: ImportedPlan, source: string, target: string): { yaml: string; notes: string[] } {
  const notes = [...plan.notes, ...timingNotes(plan)];
  const itemRows = new Set(plan.sections.flatMap((section) => section.items.map((item) => rowKey(item.place))));
  // each note's text is made once, for the comments and the terminal alike (a document can give hundreds of thousands)
  const texts = notes.map((note) => `${describePlace(ctx, note.place)}: ${ctx.t(note.code, { text: note.text })}`);
  const itemComments = new Map<string, string[]>();
  const loose: string[] = [];
  notes.forEach((note, index) => {
    const key = rowKey(note.place);
    if (!itemRows.has(key)) return loose.push(`  ${texts[index]}`);
    const comments = itemComments.get(key);
    if (comments) comments.push(texts[index]!);
    else itemComments.set(key, [texts[index]!]);
  });
  const imported = ctx.t('import-source', { file: path.basename(source) });
  const header = loose.length > 0 ? [imported, ctx.t('import-notes'), ...loose] : [imported];
  return { yaml: planYaml(plan, schemaPath(target, plan.kind), { header, items: itemComments }), notes: texts };
}
