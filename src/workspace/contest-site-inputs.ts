// What the site shows of each contest besides its file: the regulation, read
// and checked as a practice's attachment is (a link out of the workspace or a
// file that would run on the school's site is refused, at the `regulation:`
// line), and the results when the contest makes them public: the last stage's
// sheets in the folder it names, merged as `centre contest merge` does. Only a
// merge without error is published: provisional results never reach the site.
import path from 'node:path';
import type { StageMerge } from '../contest/merge.js';
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import type { Contest } from '../schema/contest.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { SiteContest, SiteContestResults } from '../site/contest-view.js';
import { uniqueSlugs } from '../site/model.js';
import { statOrUndefined } from './files.js';
import type { WorkspaceContext } from './context.js';
import type { FileOf, LoadedFile } from './model.js';
import { locateValue, readAttachment } from './site-inputs.js';

export async function readSiteContests(
  ctx: WorkspaceContext,
  root: string,
  sources: ReadonlyMap<string, string>,
  files: readonly FileOf<'contest'>[],
  output: Map<string, string | Uint8Array>,
  diagnostics: Diagnostic[],
  inputs: string[],
): Promise<SiteContest[]> {
  const slugs = uniqueSlugs(files.map((file) => file.validated.value.id));
  const contests: SiteContest[] = [];
  for (const [index, file] of files.entries()) {
    const contest = file.validated.value;
    const slug = slugs[index]!;
    // where the diagnostics of a key point: at its value, on its line
    const at = (key: 'regulation' | 'sheets') => ({ file: file.shown, ...locateValue(sources.get(file.shown) ?? '', file.lineOf?.([key]) ?? 1, key) });
    const refuse: Refuse = (code, params = {}) => {
      diagnostics.push({ ...at('regulation'), severity: 'error', code, params: { value: contest.regulation!, ...params } });
    };
    const regulation = contest.regulation === undefined ? undefined : readRegulation(root, file, contest.regulation, slug, output, refuse);
    const results = contest.public?.includes('results')
      ? await readResults(ctx, file, contest, inputs, (params) =>
          diagnostics.push({ ...at('sheets'), severity: 'warning', code: 'site-contest-results-provisional', params }),
        )
      : undefined;
    contests.push({ contest, slug, ...(regulation ? { regulation } : {}), ...(results ? { results } : {}) });
  }
  return contests;
}

/** Says why the regulation is not published (an error: the page would lack it). */
type Refuse = (code: MessageCode, params?: MessageParams) => void;

function readRegulation(
  root: string,
  file: LoadedFile,
  regulation: string,
  slug: string,
  output: Map<string, string | Uint8Array>,
  refuse: Refuse,
): SiteContest['regulation'] {
  const read = readAttachment(root, path.resolve(path.dirname(file.path), regulation), refuse);
  if (!read) return undefined;
  const extension = path.extname(regulation).toLowerCase();
  const name = `files/contests/${slug}/regulation${extension.replace(/[^.a-z0-9]/g, '')}`;
  output.set(name, read.bytes);
  return { file: name, type: read.type, bytes: read.bytes.length };
}

async function readResults(
  ctx: WorkspaceContext,
  file: LoadedFile,
  contest: Contest,
  inputs: string[],
  provisional: (params: MessageParams) => void,
): Promise<SiteContestResults | 'pending'> {
  if (contest.sheets === undefined) return 'pending';
  const folder = path.resolve(path.dirname(file.path), contest.sheets);
  // before the jury meets there is no folder yet: that is the usual state, not a slip
  if (!statOrUndefined(folder)?.isDirectory()) return 'pending';
  // the sheet reader is loaded only by a workspace that publishes results
  const { collectSheets, readSheets } = await import('./contest-inputs.js');
  const { mergeSheets } = await import('../contest/merge.js');
  const collected = collectSheets(ctx, [folder]);
  inputs.push(folder, ...collected.files);
  if (collected.files.length === 0) return 'pending';
  const stage = contest.stages.at(-1)!;
  const merge = mergeSheets(contest, stage, file.shown, readSheets(ctx, collected.files, contest, stage));
  const problems = [...collected.problems, ...merge.problems];
  if (problems.some((problem) => problem.severity === 'error')) {
    provisional({ folder: ctx.display(folder), count: problems.length });
    return 'pending';
  }
  return publicResults(contest, merge);
}

/** The ranking as the site may print it: scores of individuals only when the contest makes them public. */
function publicResults(contest: Contest, merge: StageMerge): SiteContestResults {
  const scores = contest.public?.includes('scores') === true;
  return {
    stage: merge.ranking.stage,
    maximum: merge.ranking.maximum,
    scores,
    nominations: merge.ranking.nominations.map((nomination) => ({
      title: nomination.title,
      rows: nomination.rows
        .filter((row) => row.total !== undefined)
        .map((row) => ({
          ...(row.place !== undefined ? { place: row.place } : {}),
          name: row.participant.name,
          school: row.participant.school,
          ...(scores ? { total: row.total!, byCriterion: row.byCriterion, byJuror: row.byJuror } : {}),
        })),
    })),
  };
}
