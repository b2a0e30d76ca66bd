// `centre contest diplomas <contest> <sheets…>`: the diplomas and
// participation certificates of a stage (the last one unless --stage), one
// page each, numbered from the register, as a DOCX, and a PDF beside it when
// LibreOffice is installed.
import path from 'node:path';
import { AWARDS_DESCRIPTION, renderAwardsDocx } from '../../contest/awards-docx.js';
import { planDiplomas } from '../../contest/diplomas.js';
import { parseIsoDate } from '../../schema/iso-date.js';
import { userError } from '../../schema/diagnostic.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import type { CliContext } from '../context.js';
import { guardOutput, writeOutput } from '../../workspace/write-output.js';
import { isOwnAwards, writePdfOf } from '../../workspace/awards-output.js';
import { loadContest } from '../../workspace/contest.js';
import { issueFromRegister, numberRange, registerPath } from '../../workspace/contest-register.js';
import { collectFinalSheets, finalMerge } from '../../workspace/contest-inputs.js';

export interface DiplomasOptions {
  readonly stage?: string;
  readonly date?: string;
  readonly register?: string;
  readonly output?: string;
  /** --no-pdf: the DOCX only. */
  readonly pdf?: boolean;
}

export async function contestDiplomasCommand(ctx: CliContext, file: string, inputs: string[], options: DiplomasOptions): Promise<number> {
  const contestFile = path.resolve(ctx.cwd, file);
  const { contest, stage, schoolName } = await loadContest(ctx, file, options.stage, true);
  const day = options.date === undefined ? undefined : parseIsoDate(options.date);
  if (options.date !== undefined && day === undefined) throw userError('--date', 'date-format', { value: options.date }, 2);
  const collected = collectFinalSheets(ctx, file, inputs);
  const target = path.resolve(ctx.cwd, options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'contest', `${contest.id}-${stage.id}-diplomas.docx`));
  const pdfTarget = target.replace(/\.docx$/iu, '') + '.pdf';
  const register = registerPath(ctx, options.register);
  for (const output of [target, pdfTarget])
    guardOutput(ctx, output, { inputs: [...collected.all, register], isOwn: isOwnAwards, what: ctx.t('contest-diplomas-word') });
  const merge = finalMerge(ctx, contest, stage, file, collected, 'contest-diplomas-refused');
  if (!merge) return 1;
  const last = contest.stages.at(-1) === stage;
  const date = day ?? (last && contest.results ? contest.results : (stage.to ?? stage.from));
  const plan = planDiplomas(contest, merge.ranking, date, schoolName);
  for (const name of plan.uncertain)
    ctx.stderr.write(`${ctx.display(contestFile)}: ${ctx.t('severity-warning')}: ${ctx.t('name-dative-uncertain', { name })}\n`);
  const { numbers, added } = await issueFromRegister(ctx, register, plan.requests);
  if (added.length > 0) ctx.stdout.write(`${ctx.t('register-wrote', { count: added.length, path: ctx.display(register) })}\n`);
  const docx = await renderAwardsDocx({
    organiser: contest.organiser,
    event: contest.title,
    date,
    ...(contest.signatures?.diplomas ? { signer: contest.signatures.diplomas } : {}),
    pages: plan.pages.map((page, index) => ({ ...page, number: numbers[index]! })),
    description: AWARDS_DESCRIPTION,
  });
  await writeOutput(ctx, target, new Uint8Array(docx));
  ctx.stdout.write(
    `${ctx.t('contest-diplomas-wrote', { diplomas: plan.diplomas, certificates: plan.certificates, numbers: numberRange(numbers), path: ctx.display(target) })}\n`,
  );
  if (options.pdf !== false && (await writePdfOf(ctx, docx, pdfTarget))) ctx.stdout.write(`${ctx.t('awards-pdf-wrote', { path: ctx.display(pdfTarget) })}\n`);
  return 0;
}
