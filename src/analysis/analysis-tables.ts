// The tables of the «Анализ работы»: per section what was planned and held,
// the totals, the participants by category and by month, the monitoring, what
// was not held, the previous year beside this one. Columns are as wide as
// their longest word needs, so that no heading or number breaks inside a word.
import { dateParts, type IsoDate } from '../schema/iso-date.js';
import type { PlanDocument } from '../schema/plan.js';
import type { Participants } from '../schema/record.js';
import { participantCategories } from '../schema/record-words.js';
import { NUMBER_WIDTH, sectionHeading } from '../docs/plan-table.js';
import { STYLES, textWidth } from '../docs/page.js';
import { PreparedTable, type TableParagraph, type TableRowSpec } from '../docs/table-xml.js';
import { formatAcademicYear, formatDateNumeric, typeset, typesetLines } from '../text/typography.js';
import type { ComparisonRow } from '../reports/compare.js';
import { CATEGORY_LABELS, monthLabel } from './charts.js';
import type { ItemFigures, ItemStatus, YearFigures } from './figures.js';
import { formatChange, formatNumber, formatPercent, percentOf } from './russian-numbers.js';

const STATUS_LABELS: Record<ItemStatus, string> = {
  held: 'проведено',
  moved: 'перенесено',
  cancelled: 'отменено',
  'not-held': 'не проведено',
  'no-entry': 'нет сведений',
};

const CATEGORY_SHORT = {
  classTeachers: 'кл. рук.',
  deputyDirectors: 'зам. дир.',
  parents: 'родит.',
  pupils: 'обуч.',
  schools: 'ОО',
  districts: 'районов',
} as const;

export interface MonitoringFigures {
  /** The form's title. */
  readonly title: string;
  /** The rounds as headed: «Промежуточный контроль 2023-2024». */
  readonly a: string;
  readonly b: string;
  readonly rows: readonly ComparisonRow[];
  /** The indicator the chart shows by district. */
  readonly charted?: string;
}

/** The year before, from its own record, when the workspace holds it. */
export interface PreviousYear {
  /** «2022-2023». */
  readonly academicYear: string;
  readonly figures: YearFigures;
}

const width = textWidth('portrait');
const cellMargins = { top: 40, left: 80, bottom: 40, right: 80 } as const;
/** Twips a character of 12-pt Times New Roman takes, bold and wide letters included: an estimate on the safe side. */
const CHAR_WIDTH = 150;
/** A longer word (a link, a file name) may break: no column could hold it. */
const LONGEST_KEPT_WORD = 20;

const headingCell = (text: string): TableParagraph => ({ text: typeset(text), style: STYLES.cellHeading });
const cell = (text: string, italics?: boolean): TableParagraph => ({ text: typeset(text), style: STYLES.cell, ...(italics ? { italics } : {}) });
const centred = (text: string): TableParagraph => ({ text: typeset(text), style: STYLES.cellCentred });

/** The width a column needs so that none of its words (up to LONGEST_KEPT_WORD letters) breaks. */
function neededWidth(texts: readonly string[]): number {
  // words joined by a no-break space («всего 14 600», «в образовательной») break only as one; a hyphenated word may break after its hyphen
  const longest = texts
    .flatMap((text) => text.split(/[ \t\n]+|(?<=[-–])/))
    .reduce((max, word) => (word.length <= LONGEST_KEPT_WORD ? Math.max(max, word.length) : max), 0);
  return longest * CHAR_WIDTH + cellMargins.left + cellMargins.right + 60;
}

/**
 * The shares as widths that add up to `total`, each at least its minimum where
 * the others can give way: what a narrow column lacks is taken from the wider
 * ones in proportion to what they have beyond their own minimum.
 */
function fitWidths(shares: readonly number[], minimums: readonly number[], total: number): number[] {
  const sum = shares.reduce((acc, share) => acc + share, 0);
  const widths = shares.map((share, index) => Math.max(Math.floor((total * share) / sum), minimums[index]!));
  const excess = widths.reduce((acc, w) => acc + w, 0) - total;
  const slack = widths.map((w, index) => Math.max(0, w - minimums[index]!));
  const totalSlack = slack.reduce((acc, s) => acc + s, 0);
  if (excess > 0 && totalSlack > 0) {
    const taken = Math.min(excess, totalSlack);
    widths.forEach((w, index) => (widths[index] = w - Math.floor((taken * slack[index]!) / totalSlack)));
  }
  // what rounding leaves goes to (or comes from) the widest column
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += total - widths.reduce((acc, w) => acc + w, 0);
  return widths;
}

/** A table whose columns are shares of the text width after an optional number column, widened where a word needs it. */
function table(headings: readonly string[], shares: readonly number[], rows: readonly TableParagraph[][][], numbered: boolean): PreparedTable {
  const offset = numbered ? 1 : 0;
  const minimums = shares.map((_, index) => neededWidth([headings[index + offset]!, ...rows.flatMap((row) => (row[index + offset] ?? []).map((p) => p.text))]));
  const widths = [...(numbered ? [NUMBER_WIDTH] : []), ...fitWidths(shares, minimums, width - (numbered ? NUMBER_WIDTH : 0))];
  const specRows: TableRowSpec[] = [
    { header: true, cells: headings.map((text, index) => ({ width: widths[index]!, paragraphs: [headingCell(text)] })) },
    ...rows.map((row) => ({ cells: row.map((paragraphs, index) => ({ width: widths[index]!, paragraphs: paragraphs.length ? paragraphs : [cell('')] })) })),
  ];
  return new PreparedTable({ width, columnWidths: widths, cellMargins, rows: specRows });
}

export const dateText = (date: IsoDate) => formatDateNumeric(dateParts(date));

/** The total on one line, the categories on the next: «всего 310», «кл. рук. 240, зам. дир. 55, ОО 118». */
function participantLines(participants: Participants | undefined): TableParagraph[] {
  if (!participants) return [];
  const categories = participantCategories.flatMap((category) =>
    participants[category] === undefined ? [] : [`${CATEGORY_SHORT[category]} ${formatNumber(participants[category]!)}`],
  );
  return [
    ...(participants.total !== undefined ? [cell(`всего ${formatNumber(participants.total)}`)] : []),
    ...(categories.length ? [cell(categories.join(', '), true)] : []),
  ];
}

/** The status, then the days held in one paragraph: «12.09.2023, 05.12.2023». */
function heldLines(item: ItemFigures): TableParagraph[] {
  return [cell(STATUS_LABELS[item.status]), ...(item.dates.length ? [cell(item.dates.map(dateText).join(', '))] : [])];
}

/** The activity, then the timing of the plan in italics. */
function plannedLines(item: ItemFigures): TableParagraph[] {
  const activity = typesetLines(item.activity).map((line) => cell(line.replace(/^[-–—•]\s+/, '– ')));
  return item.timing === undefined ? activity : [...activity, cell(`Сроки: ${typeset(item.timing.trim())}`, true)];
}

function evidenceLines(item: ItemFigures): TableParagraph[] {
  return [...item.evidence.map((line) => cell(line)), ...(item.comment ? typesetLines(item.comment).map((line) => cell(line, true)) : [])];
}

export function sectionTable(figures: YearFigures, index: number): PreparedTable {
  const section = figures.sections[index]!;
  const rows = section.items.map((item) => [
    [centred(`${item.number}.`)],
    plannedLines(item),
    heldLines(item),
    participantLines(item.participants),
    evidenceLines(item),
  ]);
  return table(['№ п/п', 'По плану', 'Проведено', 'Участники', 'Подтверждение, комментарий'], [38, 16, 17, 29], rows, true);
}

export function totalsTable(figures: YearFigures, plan: PlanDocument): PreparedTable {
  const row = (title: string, planned: number, held: number, participants: number) => [
    [cell(title)],
    [centred(formatNumber(planned))],
    [centred(formatNumber(held))],
    [centred(formatPercent(percentOf(held, planned)))],
    [centred(formatNumber(participants))],
  ];
  const rows = figures.sections.map((section, index) => row(sectionHeading(plan, index), section.planned, section.held, section.participants));
  rows.push(row('Итого', figures.planned, figures.held, figures.participants));
  return table(['Раздел плана', 'По плану', 'Проведено', 'Выполнение', 'Участников'], [40, 15, 15, 15, 15], rows, false);
}

/** The categories with someone in them; undefined when the record gives no category at all. */
export function categoryTable(figures: YearFigures): PreparedTable | undefined {
  const counted = participantCategories.filter((category) => figures.byCategory[category] > 0);
  if (counted.length === 0) return undefined;
  const rows = counted.map((category) => [[cell(CATEGORY_LABELS[category])], [centred(formatNumber(figures.byCategory[category]))]]);
  return table(['Категория участников', 'Количество'], [70, 30], rows, false);
}

export function monthTable(figures: YearFigures): PreparedTable {
  const sum = (key: 'events' | 'days' | 'participants') => figures.byMonth.reduce((total, month) => total + month[key], 0);
  const rows = figures.byMonth.map((month) => [
    [cell(monthLabel(month.month))],
    [centred(formatNumber(month.events))],
    [centred(formatNumber(month.days))],
    [centred(formatNumber(month.participants))],
  ]);
  rows.push([[cell('Итого')], [centred(formatNumber(sum('events')))], [centred(formatNumber(sum('days')))], [centred(formatNumber(sum('participants')))]]);
  return table(['Месяц', 'Мероприятий', 'Дней проведения', 'Участников'], [37, 21, 21, 21], rows, false);
}

const valueText = (value: number | null) => (value === null ? '–' : formatNumber(value));

export function monitoringTable(monitoring: MonitoringFigures): PreparedTable {
  const rows = monitoring.rows.map((row) => [
    [cell(row.name)],
    [cell(row.label)],
    [centred(valueText(row.a))],
    [centred(valueText(row.b))],
    [centred(row.change === null ? '–' : formatChange(row.change))],
  ]);
  return table(['Район', 'Показатель', monitoring.a, monitoring.b, 'Изменение'], [22, 40, 13, 13, 12], rows, false);
}

export function notHeldTable(figures: YearFigures): PreparedTable {
  const rows = figures.notHeld.map((item) => [
    [centred(`${item.number}.`)],
    [cell(typesetLines(item.activity)[0] ?? '')],
    [cell(STATUS_LABELS[item.status])],
    item.comment
      ? typesetLines(item.comment).map((line) => cell(line))
      : [cell(item.status === 'no-entry' ? 'отметки о проведении нет' : 'причина не указана', true)],
  ]);
  return table(['№ п/п', 'Мероприятие', 'Состояние', 'Причина'], [45, 17, 38], rows, true);
}

/** This year beside the previous one: events planned and held, the share held, participants and their categories. */
export function comparisonTable(figures: YearFigures, previous: PreviousYear, academicYear: string): PreparedTable {
  const before = previous.figures;
  const row = (label: string, a: number, b: number, change: string) => [
    [cell(label)],
    [centred(formatNumber(a))],
    [centred(formatNumber(b))],
    [centred(change)],
  ];
  const plain = (label: string, a: number, b: number) => row(label, a, b, formatChange(b - a));
  const share = [percentOf(before.held, before.planned), percentOf(figures.held, figures.planned)] as const;
  const rows = [
    plain('Мероприятий по плану', before.planned, figures.planned),
    plain('Проведено мероприятий', before.held, figures.held),
    [
      [cell('Выполнение плана')],
      [centred(formatPercent(share[0]))],
      [centred(formatPercent(share[1]))],
      [centred(`${formatChange(share[1] - share[0])} п.\u00a0п.`)],
    ],
    plain('Участников', before.participants, figures.participants),
    ...participantCategories
      .filter((category) => before.byCategory[category] > 0 || figures.byCategory[category] > 0)
      .map((category) => plain(CATEGORY_LABELS[category], before.byCategory[category], figures.byCategory[category])),
  ];
  return table(['Показатель', formatAcademicYear(previous.academicYear), formatAcademicYear(academicYear), 'Изменение'], [46, 18, 18, 18], rows, false);
}
