// The results workbook of a stage: per nomination, each participant's rank,
// school, per-criterion and per-juror scores, total, place and whether they
// go on; then the problems found in the sheets. A Russian document, written
// with the streaming writer of reports/ (the merge never loads exceljs).
import type { Translate } from '../i18n/messages.js';
import type { Contest } from '../schema/contest.js';
import { XlsxWriter, type CellInput, type StyledCell } from '../reports/xlsx-writer.js';
import { stageJury } from './model.js';
import type { SourcedProblem, StageMerge } from './merge.js';
import type { Exclusion, RankedParticipant } from './ranking.js';

const RESULTS_SHEET = 'Итоги';
const PROBLEMS_SHEET = 'Замечания';
/** A defined name that tells a results workbook of ours from anything else (it may be written over). */
const RESULTS_NAME = 'centre_contest_results';
const DATA_SHEET = '_centre_contest_results';

const exclusionWords: Record<Exclusion, string> = {
  'missing-sheet': 'нет листа',
  conflict: 'конфликт интересов',
  incomplete: 'неполные оценки',
  dropped: 'не учтена (крайняя)',
};

export interface ResultsRequest {
  readonly contest: Contest;
  readonly merge: StageMerge;
  readonly schoolName: (school: string) => string;
  /** Russian: the workbook is a document of the contest, whatever language the terminal speaks. */
  readonly describe: Translate;
}

export function buildResults({ contest, merge, schoolName, describe }: ResultsRequest): Uint8Array {
  const { ranking } = merge;
  const jury = stageJury(contest, ranking.stage);
  const last = contest.stages.at(-1) === ranking.stage;
  const writer = new XlsxWriter({ title: `${contest.title}: ${ranking.stage.title}`, creator: 'centre' });
  const criteriaWidths = ranking.criteria.map(() => 12);
  const sheet = writer.addSheet({ name: RESULTS_SHEET, widths: [7, 34, 26, ...criteriaWidths, ...jury.map(() => 12), 10, 16, 14, 30], frozen: { columns: 2 } });
  const bold = { bold: true };
  const heading = { bold: true, wrap: true };
  sheet.addRow([{ value: contest.title, style: { bold: true, size: 13 } }]);
  const complete = merge.problems.every((problem) => problem.severity === 'warning');
  sheet.addRow([`${ranking.stage.title}. Итоги${complete ? '' : ' (предварительные: см. лист «Замечания»)'}`]);
  sheet.addRow([
    `Наибольший итог — ${ranking.maximum}; ${contest.scoring.over === 'mean' ? 'итог — среднее по членам жюри' : 'итог — сумма по членам жюри'}${contest.scoring.dropExtremes ? ', наибольшая и наименьшая оценки не учитываются при пяти членах жюри и более' : ''}.`,
  ]);
  for (const nomination of ranking.nominations) {
    sheet.addRow([]);
    sheet.addRow([{ value: `Номинация ${nomination.title}`, style: bold }]);
    const header: (CellInput | StyledCell)[] = [
      'Ранг',
      'Участник',
      'Организация',
      ...ranking.criteria.map((criterion) => `${criterion.testTitle}: ${criterion.title} (до ${criterion.max})`),
      ...jury.map((juror) => `Сумма: ${juror.name}`),
      'Итог',
      last ? 'Место' : '',
      ranking.stage.advance ? 'Проходит дальше' : '',
      'Примечание',
    ];
    sheet.addRow(header.map((value) => ({ value: value as CellInput, style: heading })));
    for (const row of nomination.rows)
      sheet.addRow(
        resultRow(
          row,
          ranking.criteria.map((criterion) => criterion.key),
          jury.map((juror) => juror.id),
          schoolName,
          Boolean(ranking.stage.advance),
        ),
      );
  }
  sheet.close();

  const problems = writer.addSheet({ name: PROBLEMS_SHEET, widths: [40, 14, 100] });
  problems.addRow(['Файл', 'Ячейка', 'Замечание'].map((value) => ({ value, style: bold })));
  for (const problem of merge.problems) problems.addRow(problemRow(problem, describe));
  if (merge.problems.length === 0) problems.addRow(['Замечаний нет.']);
  problems.close();

  const data = writer.addSheet({ name: DATA_SHEET, state: 'veryHidden' });
  data.addRow(['contest', contest.id]);
  data.addRow(['stage', ranking.stage.id]);
  data.close();
  writer.defineName(RESULTS_NAME, `'${DATA_SHEET}'!$B$1`);
  return writer.finish();
}

function resultRow(
  row: RankedParticipant,
  criteria: readonly string[],
  jurors: readonly string[],
  schoolName: (school: string) => string,
  hasAdvance: boolean,
): CellInput[] {
  const notes = [...(row.complete ? [] : ['итог может измениться: не все оценки получены']), ...(row.total === undefined ? ['нет ни одной оценки'] : [])];
  return [
    row.rank ?? null,
    row.participant.name,
    schoolName(row.participant.school),
    ...criteria.map((key) => row.byCriterion.get(key) ?? null),
    ...jurors.map((id) => row.byJuror.get(id) ?? (row.excluded.has(id) ? exclusionWords[row.excluded.get(id)!] : null)),
    row.total ?? null,
    typeof row.place === 'number' ? `${row.place} место` : (row.place ?? null),
    hasAdvance ? (row.advances ? 'да' : 'нет') : null,
    notes.join('; ') || null,
  ];
}

function problemRow(problem: SourcedProblem, describe: Translate): CellInput[] {
  const [, cell] = problem.where?.split('!') ?? [];
  return [problem.source, cell ?? null, `${problem.severity === 'warning' ? 'Предупреждение: ' : ''}${describe(problem.code, problem.params)}`];
}

/** Whether a workbook's outline is a results workbook this command wrote. */
export function isResultsOutline(outline: { readonly names: ReadonlySet<string> }): boolean {
  return outline.names.has(RESULTS_NAME);
}
