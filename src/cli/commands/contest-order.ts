// `centre contest order <contest> <sheets…>`: the draft «Приказ об итогах»
// of a contest from the final results of a stage (the last one unless --stage).
import path from 'node:path';
import { ORDER_DESCRIPTION, renderOrderDocx } from '../../contest/order-docx.js';
import { parseIsoDate } from '../../schema/iso-date.js';
import { userError } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { isDocxDescribedAs } from '../../workspace/own-documents.js';
import { guardOutput, writeOutput } from '../../workspace/write-output.js';
import { loadContest } from '../../workspace/contest.js';
import { collectFinalSheets, finalMerge } from '../../workspace/contest-inputs.js';

export interface OrderOptions {
  readonly stage?: string;
  readonly date?: string;
  readonly output?: string;
}

const isOwnOrder = (file: string) => isDocxDescribedAs(file, ORDER_DESCRIPTION);

export async function contestOrderCommand(ctx: CliContext, file: string, inputs: string[], options: OrderOptions): Promise<number> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage, true);
  const day = options.date === undefined ? undefined : parseIsoDate(options.date);
  if (options.date !== undefined && day === undefined) throw userError('--date', 'date-format', { value: options.date }, 2);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-order.docx`));
  guardOutput(ctx, target, { inputs: collected.all, isOwn: isOwnOrder, what: ctx.t('contest-order-word') });
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-order-refused');
  if (!merge) return 1;
  const last = contest.stages.at(-1) === stage;
  const protocolDate = day ?? (last && contest.results ? contest.results : (stage.to ?? stage.from));
  await writeOutput(ctx, target, new Uint8Array(await renderOrderDocx({ contest, ranking: merge.ranking, protocolDate, schoolName })));
  ctx.stdout.write(`${ctx.t('contest-order-wrote', { path: ctx.display(target) })}\n`);
  return 0;
}
