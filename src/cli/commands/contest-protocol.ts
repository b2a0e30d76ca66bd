import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeSheets } from '../../contest/merge.js';
import { renderProtocolDocx } from '../../contest/protocol-docx.js';
import { parseDateText } from '../../schema/dates.js';
import { CentreError, fileDiagnostic, userError } from '../../schema/diagnostic.js';
import { unzipGuarded } from '../../util/zip-guard.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { collectSheets, problemPlace, readSheets } from '../contest-inputs.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { loadContest } from './contest-options.js';

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
  const contestFile = path.resolve(ctx.cwd, file);
  const collected = collectSheets(ctx, inputs);
  if (collected.files.length === 0) {
    const nothing =
      collected.problems.length > 0
        ? collected.problems.map((p) => fileDiagnostic(p.source, p.code, p.params))
        : [fileDiagnostic(inputs.join(' '), 'contest-merge-no-files')];
    throw new CentreError(nothing, 1);
  }
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-protocol.docx`));
  guardOutput(ctx, target, { inputs: [...collected.all, contestFile], isOwn: isOwnProtocol, what: ctx.t('contest-protocol-word') });
  const merge = mergeSheets(contest, stage, ctx.display(contestFile), readSheets(ctx, collected.files, contest, stage));
  const problems = [...collected.problems, ...merge.problems];
  for (const problem of problems) ctx.stderr.write(`${problemPlace(problem)}: ${ctx.t(problem.code, problem.params)}\n`);
  // A protocol is signed: it is never made from provisional results.
  if (problems.some((problem) => problem.severity === 'error')) {
    ctx.stderr.write(`${ctx.t('contest-protocol-refused')}\n`);
    return 1;
  }
  const last = contest.stages.at(-1) === stage;
  const date = options.date ?? (last && contest.results ? contest.results : (stage.to ?? stage.from));
  await writeOutput(ctx, target, new Uint8Array(await renderProtocolDocx({ contest, ranking: merge.ranking, date, schoolName })));
  ctx.stdout.write(`${ctx.t('contest-protocol-wrote', { path: ctx.display(target) })}\n`);
  return 0;
}
