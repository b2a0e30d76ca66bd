// The diplomas and participation certificates of a stage (the last one unless --stage), one page
// each, numbered from the register, as a DOCX, and a PDF beside it when LibreOffice is installed.
import path from 'node:path';
import { AWARDS_DESCRIPTION, renderAwardsDocx } from '../../contest/awards-docx.js';
import { planDiplomas } from '../../contest/diplomas.js';
import { parseIsoDate } from '../../schema/iso-date.js';
import { userError } from '../../schema/diagnostic.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot } from '../files.js';
import { guardOutput, writeOutput } from '../write-output.js';
import { isOwnAwards, writePdfOf } from '../awards-output.js';
import { loadContest } from '../contest.js';
import { issueFromRegister, registerPath } from '../contest-register.js';
import { collectFinalSheets, finalMerge } from '../contest-inputs.js';

export interface DiplomasOptions {
  readonly stage?: string;
  readonly date?: string;
  readonly register?: string;
  readonly output?: string;
  /** --no-pdf: the DOCX only. */
  readonly pdf?: boolean;
}

/** What the issuing says as it goes: each step is done before the next, which may still fail. */
export interface DiplomasProgress {
  /** New numbers added to the register. */
  registered?(count: number, register: string): void;
  /** The DOCX written: how many diplomas and certificates, with their numbers. */
  written?(awards: { diplomas: number; certificates: number; numbers: readonly string[]; target: string }): void;
}

export type IssuedDiplomas =
  /** The results are not final (said through the context): nothing is issued. */
  | { readonly refused: true }
  /** The PDF, when one was made. */
  | { readonly refused: false; readonly pdf?: string };

export async function issueDiplomas(
  ctx: WorkspaceContext,
  file: string,
  inputs: readonly string[],
  options: DiplomasOptions,
  progress: DiplomasProgress = {},
): Promise<IssuedDiplomas> {
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
  if (!merge) return { refused: true };
  const last = contest.stages.at(-1) === stage;
  const date = day ?? (last && contest.results ? contest.results : (stage.to ?? stage.from));
  const plan = planDiplomas(contest, merge.ranking, date, schoolName);
  for (const name of plan.uncertain) ctx.warn(`${ctx.display(contestFile)}: ${ctx.t('severity-warning')}: ${ctx.t('name-dative-uncertain', { name })}`);
  const { numbers, added } = await issueFromRegister(ctx, register, plan.requests);
  if (added.length > 0) progress.registered?.(added.length, register);
  const docx = await renderAwardsDocx({
    organiser: contest.organiser,
    event: contest.title,
    date,
    ...(contest.signatures?.diplomas ? { signer: contest.signatures.diplomas } : {}),
    pages: plan.pages.map((page, index) => ({ ...page, number: numbers[index]! })),
    description: AWARDS_DESCRIPTION,
  });
  await writeOutput(ctx, target, new Uint8Array(docx));
  progress.written?.({ diplomas: plan.diplomas, certificates: plan.certificates, numbers, target });
  if (options.pdf !== false && (await writePdfOf(ctx, docx, pdfTarget))) return { refused: false, pdf: pdfTarget };
  return { refused: false };
}
