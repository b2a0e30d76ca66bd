// `centre analysis build`: the «Анализ работы» of a plan from its record.
import type { WorkspaceContext } from '../../workspace/context.js';
import { buildAnalysis, type AnalysisBuildOptions } from '../../workspace/use-cases/analysis-build.js';
import type { CliContext } from '../context.js';

export async function analysisBuildCommand(ctx: CliContext, records: string[], options: AnalysisBuildOptions): Promise<number> {
  // a warning (monitoring of another year than the plan's) is coloured as one on a terminal
  const warnings: WorkspaceContext = { ...ctx, warn: (line) => ctx.stderr.write(`${ctx.errorColours.warning(line)}\n`) };
  const built = await buildAnalysis(warnings, records, options);
  ctx.stdout.write(`${ctx.t('analysis-wrote', { path: ctx.display(built.target), planned: built.planned, held: built.held, charts: built.charts })}\n`);
  return built.failed ? 1 : 0;
}
