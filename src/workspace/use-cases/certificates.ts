// Numbered participation certificates for an event of a plan, one page per person on the list of
// who attended, from the generator and the register of the contest diplomas; and the count of
// participants by category in the item's entry of the year's record, as `centre done` writes it,
// so the analysis counts them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { applyDone, newRecordText } from '../../analysis/record-edit.js';
import { entryKey, findPlanItem } from '../../analysis/record-items.js';
import { AWARDS_DESCRIPTION, renderAwardsDocx } from '../../contest/awards-docx.js';
import { planCertificates } from '../../contest/attendance.js';
import { repeatedRows, type RosterProblem } from '../../contest/roster.js';
import { readRosterFile } from '../roster-file.js';
import { parseIsoDate } from '../../schema/iso-date.js';
import { CentreError, fileDiagnostic, userError } from '../../schema/diagnostic.js';
import type { WorkspaceContext } from '../context.js';
import { findWorkspaceRoot, readTextFile } from '../files.js';
import { loadWorkspace } from '../load.js';
import { changeAlone, guardOutput, samePath, writeOutput } from '../write-output.js';
import { isOwnAwards, writePdfOf } from '../awards-output.js';
import { issueFromRegister, registerPath } from '../contest-register.js';
import { checkRecord, findRecordOf, loadPlan, unknownItem } from '../plan-and-record.js';
import { today } from '../today.js';

export interface CertificatesOptions {
  readonly date?: string;
  readonly register?: string;
  readonly record?: string;
  readonly output?: string;
  readonly pdf?: boolean;
}

/** What the issuing says as it goes: each step is done before the next, which may still fail. */
export interface CertificatesProgress {
  /** New numbers added to the register. */
  registered?(count: number, register: string): void;
  /** The certificates written, with their numbers. */
  written?(numbers: readonly string[], target: string): void;
  /** The item's entry of the record added or updated. */
  recorded?(change: { added: boolean; printed: string; title: string; record: string }): void;
}

export type IssuedCertificates =
  /** The list of who attended has an error (said through the context): nothing is issued. */
  | { readonly refused: true }
  /** The PDF, when one was made. */
  | { readonly refused: false; readonly pdf?: string };

export async function issueCertificates(
  ctx: WorkspaceContext,
  planArg: string,
  itemArg: string,
  attendanceArg: string,
  options: CertificatesOptions,
  progress: CertificatesProgress = {},
): Promise<IssuedCertificates> {
  const planPath = path.resolve(ctx.cwd, planArg);
  const plan = await loadPlan(ctx, planArg);
  const found = findPlanItem(plan, itemArg);
  if (!found) throw unknownItem(ctx.display(planPath), plan, itemArg);
  const day = parseIsoDate(options.date ?? today(ctx));
  if (day === undefined) throw userError('--date', 'date-format', { value: options.date }, 2);
  const { roster, shown } = readRosterFile(ctx, attendanceArg);
  const { kept, problems: repeated } = repeatedRows(roster.rows);
  sayProblems(ctx, shown, roster.cells, [...roster.problems, ...repeated]);
  if (roster.problems.some((problem) => problem.severity === 'error')) return { refused: true };
  if (kept.length === 0) throw new CentreError([fileDiagnostic(shown, 'roster-empty')], 1);

  const title = found.item.activity.split('\n')[0]!.trim();
  const item = entryKey(found);
  const eventKey = `${path.relative(findWorkspaceRoot(ctx.cwd), planPath).split(path.sep).join('/')}#${item}`;
  const certificates = planCertificates(kept, title, eventKey, day);
  sayProblems(ctx, shown, roster.cells, certificates.problems);
  for (const name of certificates.uncertain) ctx.warn(`${shown}: ${ctx.t('severity-warning')}: ${ctx.t('name-dative-uncertain', { name })}`);

  const target = path.resolve(
    ctx.cwd,
    options.output ?? path.join(findWorkspaceRoot(ctx.cwd), 'out', 'certificates', `${path.basename(planPath, path.extname(planPath))}-${item}.docx`),
  );
  const pdfTarget = `${target.replace(/\.docx$/iu, '')}.pdf`;
  const register = registerPath(ctx, options.register);
  const recordPath = options.record === undefined ? await findRecordOf(ctx, planPath) : path.resolve(ctx.cwd, options.record);
  for (const output of [target, pdfTarget])
    guardOutput(ctx, output, {
      inputs: [planPath, path.resolve(ctx.cwd, attendanceArg), register, recordPath],
      isOwn: isOwnAwards,
      what: ctx.t('certificates-word'),
    });
  if (samePath(recordPath) === samePath(planPath)) throw userError(ctx.display(recordPath), 'output-is-input', { path: ctx.display(recordPath) }, 2);

  const { numbers, added } = await issueFromRegister(ctx, register, certificates.requests);
  if (added.length > 0) progress.registered?.(added.length, register);
  const docx = await renderAwardsDocx({
    ...(await centreOf(ctx)),
    event: title,
    date: day,
    pages: certificates.pages.map((page, index) => ({ ...page, number: numbers[index]! })),
    description: AWARDS_DESCRIPTION,
  });
  await writeOutput(ctx, target, new Uint8Array(docx));
  progress.written?.(numbers, target);

  // the record: the day, the number of participants and their categories, as `centre done --date --participants --category` writes them
  const change = { item, dates: [day], participants: kept.length, categories: certificates.categories };
  const result = await changeAlone(ctx, recordPath, async () => {
    const exists = existsSync(recordPath);
    if (exists) await checkRecord(ctx, recordPath);
    const planRef = path.relative(path.dirname(recordPath), planPath).split(path.sep).join('/');
    const changed = applyDone(exists ? readTextFile(recordPath, true) : newRecordText(planRef), change);
    await writeOutput(ctx, recordPath, changed.text);
    return changed;
  });
  progress.recorded?.({ added: result.added, printed: found.printed, title, record: recordPath });
  if (options.pdf !== false && (await writePdfOf(ctx, docx, pdfTarget))) return { refused: false, pdf: pdfTarget };
  return { refused: false };
}

function sayProblems(ctx: WorkspaceContext, shown: string, cells: boolean, problems: readonly RosterProblem[]): void {
  for (const problem of problems)
    ctx.warn(
      `${shown}${cells ? '!' : ':'}${problem.place}: ${ctx.t(problem.severity === 'error' ? 'severity-error' : 'severity-warning')}: ${ctx.t(problem.code, problem.params)}`,
    );
}

/** The centre's name and head, from its file in plans/, for the top and the signature of the certificates. */
async function centreOf(ctx: WorkspaceContext): Promise<{ organiser?: string; signer?: { position: string; name: string } }> {
  const folder = path.join(findWorkspaceRoot(ctx.cwd), 'plans');
  if (!existsSync(folder)) return {};
  const loaded = await loadWorkspace(ctx, [folder], { kinds: ['centre'] });
  const centre = loaded.centres[0]?.validated.value;
  if (!centre) return {};
  return { organiser: centre.name, ...(centre.head ? { signer: { position: centre.head.position, name: centre.head.name } } : {}) };
}
