// The draft «Приказ об итогах» of a contest from the final results of a stage (the last one unless
// --stage).
import path from 'node:path';
import { ORDER_DESCRIPTION, renderOrderDocx } from '../../contest/order-docx.js';
import { parseIsoDate } from '../../schema/iso-date.js';
import { userError } from '../../schema/diagnostic.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { isDocxDescribedAs } from '../own-documents.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { loadContest } from '../contest.js';
import { collectFinalSheets, finalMerge, finalResultsDate } from '../contest-inputs.js';

export interface OrderOptions {
  readonly stage?: string;
  readonly date?: string;
  readonly output?: string;
}

/** The order written, or undefined when the results are not final (said through the context). */
export async function writeContestOrder(ctx: WorkspaceContext, file: string, inputs: readonly string[], options: OrderOptions): Promise<string | undefined> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage, true);
  const day = options.date === undefined ? undefined : parseIsoDate(options.date);
  if (options.date !== undefined && day === undefined) throw userError('--date', 'date-format', { value: options.date }, 2);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-order.docx`));
  guardOutput(ctx, target, { inputs: collected.all, isOwn: isOwnOrder, what: ctx.t('contest-order-word') });
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-order-refused');
  if (!merge) return undefined;
  const protocolDate = finalResultsDate(contest, stage, day);
  await writeOutput(ctx, target, new Uint8Array(await renderOrderDocx({ contest, ranking: merge.ranking, protocolDate, schoolName })));
  return target;
}

const isOwnOrder = (file: string) => isDocxDescribedAs(file, ORDER_DESCRIPTION);
