// The blank forms of a monitoring period: one workbook per school of the registry (else one), its
// deadline on the next working day, protected but for the cells a school fills in.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { academicYearOf } from '../../calendar/days.js';
import { russianCalendar } from '../../calendar/working-days.js';
import { buildTemplate, dueDay, protectTemplate } from '../../reports/template.js';
import type { MonitoringForm } from '../../schema/reports.js';
import { compareText } from '../../util/compare.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { writeOutput } from '../write-output.js';
import { loadOne } from '../find-one.js';
import { periodOption, yearOption } from '../report-options.js';
import { today } from '../today.js';

export interface TemplateOptions {
  readonly form?: string;
  readonly registry?: string;
  readonly period?: string;
  readonly year?: string;
  readonly output?: string;
  readonly force?: boolean;
}

/** What the writing says as it goes. */
export interface TemplateProgress {
  /** A form already there, kept (it may be filled in). */
  kept?(target: string): void;
}

export interface WrittenForms {
  readonly folder: string;
  readonly written: number;
  /** Forms already there and kept. */
  readonly kept: number;
  readonly period: string;
  readonly periodTitle: string;
  readonly year: string;
}

export async function writeFormTemplates(ctx: WorkspaceContext, options: TemplateOptions, progress: TemplateProgress = {}): Promise<WrittenForms> {
  const form = (await loadOne(ctx, 'form', options.form, true))!;
  const now = today(ctx);
  const year = yearOption(options.year) ?? `${academicYearOf(now).first}-${academicYearOf(now).first + 1}`;
  const periodId = periodOption(form, options.period) ?? nextPeriod(form, now);
  // as merge does: the workspace's registry when there is one, a form per school
  const registry = await loadOne(ctx, 'registry', options.registry, false);
  // The same rule as `centre when` and `centre calendar`: a deadline on a day off moves to the next working day.
  const due = russianCalendar().nextWorkingDay(dueDay(form.periods.find((p) => p.id === periodId)!.due, year));

  const folder = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'forms'));
  const targets = registry
    ? registry.schools.map((school) => ({ school, file: formFileName(school.id, periodId, year) }))
    : [{ school: undefined, file: formFileName(form.id, periodId, year) }];
  let written = 0;
  for (const { school, file } of targets) {
    const target = path.join(folder, file);
    // A form already there may be filled in: it is a school's work, kept unless --force.
    if (!options.force && existsSync(target)) {
      progress.kept?.(target);
      continue;
    }
    const workbook = buildTemplate({ form, periodId, year, due, school });
    await protectTemplate(workbook);
    await writeOutput(ctx, target, new Uint8Array(await workbook.xlsx.writeBuffer()));
    written++;
  }
  const periodTitle = form.periods.find((p) => p.id === periodId)!.title;
  return { folder, written, kept: targets.length - written, period: periodId, periodTitle, year };
}

/** `<school>-<period>-<year>.xlsx`: forms of two periods or years never share a name. */
function formFileName(owner: string, period: string, year: string): string {
  return `${owner}-${period}-${year}.xlsx`;
}

/** The period whose due day comes next after today (in the academic year of today). */
function nextPeriod(form: MonitoringForm, now: string): string {
  const monthDay = now.slice(5);
  const order = (due: string) => (due < '09-01' ? `1${due}` : `0${due}`); // September first
  const upcoming = [...form.periods].sort((a, b) => compareText(order(a.due), order(b.due))).find((p) => order(p.due) >= order(monthDay));
  return (upcoming ?? form.periods[0]!).id;
}
