import path from 'node:path';
import { academicYearOf } from '../../calendar/days.js';
import { buildTemplate, protectTemplate } from '../../reports/template.js';
import { parseAcademicYear } from '../../schema/dates.js';
import { userError } from '../../schema/diagnostic.js';
import type { MonitoringForm } from '../../schema/reports.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import { writeOutput } from '../write-output.js';
import { compareText } from '../../util/compare.js';
import type { CliContext } from '../context.js';
import { loadOne } from '../workspace-files.js';
import { today } from './today.js';

export interface TemplateOptions {
  readonly form?: string;
  readonly registry?: string;
  readonly period?: string;
  readonly year?: string;
  readonly output?: string;
}

export async function reportTemplateCommand(ctx: CliContext, options: TemplateOptions): Promise<number> {
  const form = (await loadOne(ctx, 'form', options.form, true))!;
  const registry = options.registry === undefined ? undefined : await loadOne(ctx, 'registry', options.registry, true);
  const now = today(ctx);
  const first = options.year === undefined ? academicYearOf(now).first : parseAcademicYear(options.year)?.first;
  if (first === undefined) throw userError('centre report template', 'bad-year-option', { value: options.year ?? '' }, 2);
  const year = `${first}-${first + 1}`;
  const periodId = options.period ?? nextPeriod(form, now);
  if (!form.periods.some((p) => p.id === periodId)) throw userError('centre report template', 'unknown-period', { value: periodId, periods: form.periods.map((p) => p.id).join('|') }, 2);

  const folder = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'forms'));
  const targets = registry ? registry.schools.map((school) => ({ school, file: `${school.id}.xlsx` })) : [{ school: undefined, file: `${form.id}-${periodId}.xlsx` }];
  for (const { school, file } of targets) {
    const workbook = buildTemplate({ form, periodId, year, school });
    await protectTemplate(workbook);
    await writeOutput(ctx, path.join(folder, file), new Uint8Array(await workbook.xlsx.writeBuffer()));
  }
  ctx.stdout.write(`${ctx.t('template-wrote', { count: targets.length, period: periodId, year, path: ctx.display(folder) })}\n`);
  return 0;
}

/** The period whose due day comes next after today (in the academic year of today). */
function nextPeriod(form: MonitoringForm, now: string): string {
  const monthDay = now.slice(5);
  const order = (due: string) => (due < '09-01' ? `1${due}` : `0${due}`); // September first
  const upcoming = [...form.periods].sort((a, b) => compareText(order(a.due), order(b.due))).find((p) => order(p.due) >= order(monthDay));
  return (upcoming ?? form.periods[0]!).id;
}

