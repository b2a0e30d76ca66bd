import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderProtocolDocx } from '../../contest/protocol-docx.js';
import { parseDateText } from '../../schema/dates.js';
import { userError } from '../../schema/diagnostic.js';
import { unzipGuarded } from '../../util/zip-guard.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { loadContest } from './contest-options.js';
import { collectFinalSheets, finalMerge } from '../contest-inputs.js';

export interface ProtocolOptions {
  readonly stage?: string;
  readonly date?: string;
  readonly output?: string;
}

const PROTOCOL_DESCRIPTION = '<dc:description>Протокол заседания жюри</dc:description>';

/** Whether an existing file is a protocol this command wrote (its document properties say so). */
function isOwnProtocol(file: string): boolean {
  try {
    const parts = unzipGuarded(
      readFileSync(file),
      { fileBytes: 20 * 1024 * 1024, entries: 500, partBytes: 1024 * 1024, ratio: 200 },
      (name) => name === 'docProps/core.xml',
    );
    return new TextDecoder().decode(parts.get('docProps/core.xml') ?? new Uint8Array()).includes(PROTOCOL_DESCRIPTION);
  } catch {
    return false;
  }
}

export async function contestProtocolCommand(ctx: CliContext, file: string, inputs: string[], options: ProtocolOptions): Promise<number> {
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage);
  if (options.date !== undefined && parseDateText(options.date) === undefined) throw userError('--date', 'date-format', { value: options.date }, 2);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-protocol.docx`));
  guardOutput(ctx, target, { inputs: collected.all, isOwn: isOwnProtocol, what: ctx.t('contest-protocol-word') });
  // A protocol is signed: it is never made from provisional results.
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-protocol-refused');
  if (!merge) return 1;
  const last = contest.stages.at(-1) === stage;
  const date = options.date ?? (last && contest.results ? contest.results : (stage.to ?? stage.from));
  await writeOutput(ctx, target, new Uint8Array(await renderProtocolDocx({ contest, ranking: merge.ranking, date, schoolName })));
  ctx.stdout.write(`${ctx.t('contest-protocol-wrote', { path: ctx.display(target) })}\n`);
  return 0;
}
