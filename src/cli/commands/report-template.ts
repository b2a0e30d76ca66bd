// `centre report template`: the blank forms of a monitoring period, one per school.
import { writeFormTemplates, type TemplateOptions } from '../../workspace/use-cases/report-template.js';
import type { CliContext } from '../context.js';

export async function reportTemplateCommand(ctx: CliContext, options: TemplateOptions): Promise<number> {
  const forms = await writeFormTemplates(ctx, options, {
    kept: (target) => ctx.stdout.write(`${ctx.t('init-kept', { path: ctx.display(target) })}\n`),
  });
  ctx.stdout.write(
    `${ctx.t('template-wrote', { count: forms.written, period: forms.period, periodTitle: forms.periodTitle, year: forms.year, path: ctx.display(forms.folder) })}\n`,
  );
  if (forms.kept > 0) ctx.stdout.write(`${ctx.t('template-kept', { count: forms.kept })}\n`);
  return 0;
}
