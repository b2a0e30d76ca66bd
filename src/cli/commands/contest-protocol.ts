import path from 'node:path';
import { PROTOCOL_DESCRIPTION, renderProtocolDocx } from '../../contest/protocol-docx.js';
import { parseIsoDate } from '../../schema/iso-date.js';
import { userError } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { isDocxDescribedAs } from '../../workspace/own-documents.js';
import { guardOutput, writeOutput } from '../../workspace/write-output.js';
import { loadContest } from '../../workspace/contest.js';
import { collectFinalSheets, finalMerge } from '../../workspace/contest-inputs.js';

export interface ProtocolOptions {
  readonly stage?: string;
  readonly date?: string;
  readonly output?: string;
}

const isOwnProtocol = (file: string) => isDocxDescribedAs(file, PROTOCOL_DESCRIPTION);

export async function contestProtocolCommand(ctx: CliContext, file: string, inputs: string[], options: ProtocolOptions): Promise<number> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  const day = options.date === undefined ? undefined : parseIsoDate(options.date);
  if (options.date !== undefined && day === undefined) throw userError('--date', 'date-format', { value: options.date }, 2);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-protocol.docx`));
  guardOutput(ctx, target, { inputs: collected.all, isOwn: isOwnProtocol, what: ctx.t('contest-protocol-word') });
  // A protocol is signed: it is never made from provisional results.
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-protocol-refused');
  if (!merge) return 1;
  const last = contest.stages.at(-1) === stage;
  const date = day ?? (last && contest.results ? contest.results : (stage.to ?? stage.from));
  await writeOutput(ctx, target, new Uint8Array(await renderProtocolDocx({ contest, ranking: merge.ranking, date, schoolName })));
  ctx.stdout.write(`${ctx.t('contest-protocol-wrote', { path: ctx.display(target) })}\n`);
  return 0;
}
