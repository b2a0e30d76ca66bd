// The jury's protocol of a stage from its final results, as a DOCX.
import path from 'node:path';
import { PROTOCOL_DESCRIPTION, renderProtocolDocx } from '../../contest/protocol-docx.js';
import { parseIsoDate } from '../../schema/iso-date.js';
import { userError } from '../../schema/diagnostic.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { isDocxDescribedAs } from '../own-documents.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { loadContest } from '../contest.js';
import { collectFinalSheets, finalMerge, finalResultsDate } from '../contest-inputs.js';

export interface ProtocolOptions {
  readonly stage?: string;
  readonly date?: string;
  readonly output?: string;
}

/** The protocol written, or undefined when the results are not final (said through the context). */
export async function writeContestProtocol(
  ctx: WorkspaceContext,
  file: string,
  inputs: readonly string[],
  options: ProtocolOptions,
): Promise<string | undefined> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  const day = options.date === undefined ? undefined : parseIsoDate(options.date);
  if (options.date !== undefined && day === undefined) throw userError('--date', 'date-format', { value: options.date }, 2);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-protocol.docx`));
  guardOutput(ctx, target, { inputs: collected.all, isOwn: isOwnProtocol, what: ctx.t('contest-protocol-word') });
  // A protocol is signed: it is never made from provisional results.
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-protocol-refused');
  if (!merge) return undefined;
  const date = finalResultsDate(contest, stage, day);
  await writeOutput(ctx, target, new Uint8Array(await renderProtocolDocx({ contest, ranking: merge.ranking, date, schoolName })));
  return target;
}

const isOwnProtocol = (file: string) => isDocxDescribedAs(file, PROTOCOL_DESCRIPTION);
