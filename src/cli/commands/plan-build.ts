// `centre plan build`: the DOCX of each plan or document given (workspace/use-cases/plan-build.ts).
import type { CliContext } from '../context.js';
import { buildPlans, type PlanBuildOptions } from '../../workspace/use-cases/plan-build.js';

export async function planBuildCommand(ctx: CliContext, inputs: string[], options: PlanBuildOptions): Promise<number> {
  const build = await buildPlans(ctx, inputs, options);
  if (build.refused) return 1;
  for await (const built of build.documents) {
    const wrote = ctx.t('build-wrote', { path: ctx.display(built.target) });
    if ('document' in built) ctx.stdout.write(`${wrote} (${ctx.t('build-document-summary', built.document)})\n`);
    else ctx.stdout.write(`${wrote} (${ctx.t('build-summary', built.plan)})\n`);
  }
  if (build.failed > 0) ctx.stderr.write(`${ctx.t('build-failed', { count: build.failed })}\n`);
  return build.failed > 0 || build.errors ? 1 : 0;
}
