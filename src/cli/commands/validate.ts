import { hasErrors } from '../../schema/diagnostic.js';
import type { CliContext } from '../context.js';
import { renderDiagnostics, renderJson, type DiagnosticFormat } from '../output/diagnostics.js';
import { validateWorkspace } from '../../workspace/use-cases/validate.js';

export interface ValidateOptions {
  readonly format: DiagnosticFormat;
}

export async function validateCommand(ctx: CliContext, paths: string[], options: ValidateOptions): Promise<number> {
  const { diagnostics, sources, files } = await validateWorkspace(ctx, paths);
  if (options.format === 'json') {
    ctx.stdout.write(renderJson(diagnostics, ctx.t));
  } else {
    ctx.stdout.write(await renderDiagnostics(diagnostics, options.format, { t: ctx.t, colours: ctx.colours, sources }));
    if (options.format === 'human') {
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const counts = { files, errors, warnings: diagnostics.length - errors };
      ctx.stdout.write(`${diagnostics.length === 0 ? ctx.t('validate-ok', counts) : ctx.t('validate-summary', counts)}\n`);
    }
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
