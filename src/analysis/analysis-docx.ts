// «Анализ работы … за … учебный год» as a DOCX in the house style of the
// plans (A4, GOST margins, Times New Roman, page numbers from page 2): a
// summary, per section of the plan a table of what was planned and what was
// held, the totals with their charts, the participants, what was not held and
// why, then the methodologist's narrative in order. Every chart has its
// numbers in a table beside it.
import { AlignmentType, Document, ImageRun, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { parseDateText } from '../schema/dates.js';
import type { Approval, PlanDocument } from '../schema/plan.js';
import { approvalTable } from '../docs/approvals.js';
import type { NarrativePart, Participants } from '../schema/record.js';
import { participantCategories } from '../schema/record.js';
import { DOCUMENT_STYLES, emptyParagraph, pageHeaders, paragraph, sectionProperties, STYLES, textWidth, THEME } from '../docs/page.js';
import { NUMBER_WIDTH, sectionHeading } from '../docs/plan-table.js';
import { packWithTables, PreparedTable, type TableParagraph, type TableRowSpec } from '../docs/table-xml.js';
import { formatAcademicYear, formatDateLong, formatDateNumeric, NBSP, typeset, typesetLines } from '../docs/typography.js';
import { CATEGORY_LABELS, monthLabel } from './charts.js';
import { percent, type ItemFigures, type ItemStatus, type YearFigures } from './figures.js';
import type { RenderedChart } from './chart-render.js';
import type { ComparisonRow } from '../reports/compare.js';

export interface AnalysisInput {
  readonly plan: PlanDocument;
  readonly figures: YearFigures;
  /** The record's own title, when it gives one. */
  readonly title?: string;
  /** Stamps above the title and the signature under the text, when the record gives them. */
  readonly approvals?: readonly Approval[];
  readonly signature?: { readonly position: string; readonly name: string };
  readonly narrative: readonly NarrativePart[];
  /** The monitoring of the year: two rounds compared, when the summaries were given. */
  readonly monitoring?: MonitoringFigures;
  readonly charts: { readonly plannedVsHeld: RenderedChart; readonly byMonth?: RenderedChart; readonly byCategory?: RenderedChart; readonly monitoring?: RenderedChart };
}

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

export const STATUS_LABELS: Record<ItemStatus, string> = {
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

/** «14 600»: Russian groups the digits of numbers from five digits on, with a no-break space. */
export function formatCount(value: number): string {
  const digits = String(value);
  return digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** «Анализ работы регионального центра … за 2023–2024 учебный год». */
export function analysisTitle(plan: PlanDocument, title?: string): string {
  const name = title?.trim() ?? (/^План работы\s/i.test(plan.title.trim()) ? plan.title.trim().replace(/^План работы/i, 'Анализ работы') : `Анализ выполнения плана «${plan.title.trim()}»`);
  if (plan.academicYear !== undefined) return typeset(`${name} за ${formatAcademicYear(plan.academicYear)} учебный год`);
  const from = plan.period && parseDateText(plan.period.from);
  const to = plan.period && parseDateText(plan.period.to);
  return typeset(from && to ? `${name} за период с ${formatDateLong(from)} по ${formatDateLong(to)}` : name);
}

const width = textWidth('portrait');
const cellMargins = { top: 40, left: 80, bottom: 40, right: 80 } as const;
const headingCell = (text: string): TableParagraph => ({ text: typeset(text), style: STYLES.cellHeading });
const cell = (text: string, italics?: boolean): TableParagraph => ({ text: typeset(text), style: STYLES.cell, ...(italics ? { italics } : {}) });
const centred = (text: string): TableParagraph => ({ text: typeset(text), style: STYLES.cellCentred });

/** A table whose columns are given as shares of the text width after an optional number column. */
function table(headings: readonly string[], shares: readonly number[], rows: readonly TableParagraph[][][], numbered: boolean): PreparedTable {
  const rest = width - (numbered ? NUMBER_WIDTH : 0);
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = [...(numbered ? [NUMBER_WIDTH] : []), ...shares.map((share) => Math.floor((rest * share) / total))];
  widths[widths.length - 1]! += width - widths.reduce((sum, w) => sum + w, 0);
  const specRows: TableRowSpec[] = [
    { header: true, cells: headings.map((text, index) => ({ width: widths[index]!, paragraphs: [headingCell(text)] })) },
    ...rows.map((row) => ({ cells: row.map((paragraphs, index) => ({ width: widths[index]!, paragraphs: paragraphs.length ? paragraphs : [cell('')] })) })),
  ];
  return new PreparedTable({ width, columnWidths: widths, cellMargins, rows: specRows });
}

const dateText = (date: string) => {
  const parsed = parseDateText(date);
  return parsed ? formatDateNumeric(parsed) : date;
};

/** The total on one line, the categories on the next: «всего 310», «кл. рук. 240, зам. дир. 55, ОО 118». */
function participantLines(participants: Participants | undefined): TableParagraph[] {
  if (!participants) return [];
  const categories = participantCategories.flatMap((category) => (participants[category] === undefined ? [] : [`${CATEGORY_SHORT[category]} ${formatCount(participants[category]!)}`]));
  return [...(participants.total !== undefined ? [cell(`всего ${formatCount(participants.total)}`)] : []), ...(categories.length ? [cell(categories.join(', '), true)] : [])];
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

function sectionTable(figures: YearFigures, index: number): PreparedTable {
  const section = figures.sections[index]!;
  const rows = section.items.map((item) => [[centred(`${item.number}.`)], plannedLines(item), heldLines(item), participantLines(item.participants), evidenceLines(item)]);
  return table(['№ п/п', 'По плану', 'Проведено', 'Участники', 'Подтверждение, комментарий'], [38, 16, 17, 29], rows, true);
}

const body = (text: string) => paragraph(text, STYLES.body, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 } });
const listLine = (text: string) => paragraph(text, STYLES.body, { indent: { left: 709 } });
const heading = (text: string) => paragraph(text, STYLES.title, { spacing: { before: 240, after: 120 } });
const note = (text: string) => paragraph(text, STYLES.cell, { spacing: { before: 60 } });
const caption = (text: string) => paragraph(text, STYLES.body, { keepNext: true, spacing: { before: 120, after: 60 } });

function figure(chart: RenderedChart, number: number, text: string): Paragraph[] {
  const image = new ImageRun({
    type: 'png',
    data: chart.png,
    transformation: { width: chart.width, height: chart.height },
    altText: { name: `Рисунок ${number}`, title: text, description: text },
  });
  return [
    // the page's single spacing is a fixed line height to LibreOffice, which would clip the picture to one line
    new Paragraph({ style: STYLES.body, alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO }, children: [image] }),
    paragraph(`Рисунок ${number} – ${text}`, STYLES.body, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
  ];
}

/** «88 %» with a no-break space, as Russian writes per cent. */
const pc = (value: number) => `${value}${NBSP}%`;

function summary(input: Omit<AnalysisInput, 'charts'>): Paragraph[] {
  const { figures, plan } = input;
  const sections = figures.sections.length;
  return [
    body(
      `${plan.kind === 'plan' ? 'Планом' : 'Циклограммой'} предусмотрено мероприятий: ${figures.planned} в ${sections} ${sections === 1 ? 'разделе' : 'разделах'}. ` +
        `Проведено ${figures.held} из ${figures.planned} (${pc(percent(figures.held, figures.planned))}); не проведено или без сведений: ${figures.notHeld.length}. ` +
        `Всего участников проведённых мероприятий: ${formatCount(figures.participants)}.`,
    ),
  ];
}

function totalsTable(figures: YearFigures, plan: PlanDocument): PreparedTable {
  const rows = figures.sections.map((section, index) => [
    [cell(sectionHeading(plan, index))],
    [centred(formatCount(section.planned))],
    [centred(formatCount(section.held))],
    [centred(pc(percent(section.held, section.planned)))],
    [centred(formatCount(section.participants))],
  ]);
  rows.push([[cell('Итого')], [centred(formatCount(figures.planned))], [centred(formatCount(figures.held))], [centred(pc(percent(figures.held, figures.planned)))], [centred(formatCount(figures.participants))]]);
  return table(['Раздел плана', 'Запланировано', 'Проведено', 'Выполнение', 'Участников'], [44, 14, 14, 14, 14], rows, false);
}

function categoryTable(figures: YearFigures): PreparedTable {
  const rows = participantCategories.map((category) => [[cell(CATEGORY_LABELS[category])], [centred(formatCount(figures.byCategory[category]))]]);
  return table(['Категория участников', 'Количество'], [70, 30], rows, false);
}

function monthTable(figures: YearFigures): PreparedTable {
  const rows = figures.byMonth.map((month) => [[cell(monthLabel(month.month))], [centred(formatCount(month.events))], [centred(formatCount(month.participants))]]);
  rows.push([[cell('Итого')], [centred(formatCount(figures.byMonth.reduce((s, m) => s + m.events, 0)))], [centred(formatCount(figures.byMonth.reduce((s, m) => s + m.participants, 0)))]]);
  return table(['Месяц', 'Дней проведения', 'Участников'], [50, 25, 25], rows, false);
}

const signed = (value: number | null) => (value === null ? '–' : value > 0 ? `+${formatCount(value)}` : value < 0 ? `−${formatCount(-value)}` : '0');
const valueText = (value: number | null) => (value === null ? '–' : formatCount(value));

function monitoringTable(monitoring: MonitoringFigures): PreparedTable {
  const rows = monitoring.rows.map((row) => [[cell(row.name)], [cell(row.label)], [centred(valueText(row.a))], [centred(valueText(row.b))], [centred(signed(row.change))]]);
  return table(['Район', 'Показатель', monitoring.a, monitoring.b, 'Изменение'], [22, 40, 13, 13, 12], rows, false);
}

/** The days left out of the table by month: far outside the plan's year, most likely a mistyped year. */
function outsideNote(figures: YearFigures): Paragraph {
  const days = figures.outside.map((day) => `${dateText(day.date)} (мероприятие ${day.number} «${day.activity.split('\n')[0]!.trim()}»)`);
  return note(typeset(`Не учтены по месяцам даты далеко за пределами учебного года плана — вероятно, опечатка в годе: ${days.join('; ')}.`));
}

function notHeldPart(figures: YearFigures): FileChild[] {
  if (figures.notHeld.length === 0) return [body('Все мероприятия плана проведены.')];
  const rows = figures.notHeld.map((item) => [
    [centred(`${item.number}.`)],
    [cell(typesetLines(item.activity)[0] ?? '')],
    [cell(STATUS_LABELS[item.status])],
    item.comment ? typesetLines(item.comment).map((line) => cell(line)) : [cell(item.status === 'no-entry' ? 'отметки о проведении нет' : 'причина не указана', true)],
  ]);
  return [table(['№ п/п', 'Мероприятие', 'Состояние', 'Причина'], [45, 17, 38], rows, true)];
}

function narrativePart(part: NarrativePart): Paragraph[] {
  const paragraphs = part.text.split(/\n\s*\n/).flatMap((block) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .reduce<string[]>((lines, line) => {
        // a «- » line is a list line of its own; other lines join the paragraph they continue
        if (/^[-–—•]\s+/.test(line) || lines.length === 0) lines.push(line.replace(/^[-–—•]\s+/, '– '));
        else lines[lines.length - 1] += ` ${line}`;
        return lines;
      }, []),
  );
  return [heading(part.title), ...paragraphs.map((text) => (text.startsWith('– ') ? listLine(text) : body(text)))];
}

type Charts = AnalysisInput['charts'];

/** The position on the left, the name flush with the right margin, as under a plan. */
function signatureParagraphs(signature: AnalysisInput['signature']): Paragraph[] {
  if (!signature) return [];
  const position = typesetLines(signature.position);
  const last = position.pop() ?? '';
  const signed = new Paragraph({
    style: STYLES.body,
    keepLines: true,
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [new TextRun(last), new TextRun({ children: [new Tab(), typeset(signature.name)] })],
  });
  return [emptyParagraph(), ...position.map((line) => paragraph(line, STYLES.body, { keepNext: true })), signed];
}

/**
 * The document but for its charts: everything else (the tables above all) is
 * built now, while the charts are being drawn; the function returned puts the
 * charts in their places.
 */
export interface AnalysisDocument {
  readonly document: Document;
  /** Its tables, written as XML in place of their placeholders when packed. */
  readonly tables: readonly PreparedTable[];
}

export function prepareAnalysisDocument(input: Omit<AnalysisInput, 'charts'>): (charts: Charts) => AnalysisDocument {
  const { plan, figures } = input;
  const title = analysisTitle(plan, input.title);
  let tableNumber = 0;
  const tableCaption = (text: string) => caption(`Таблица ${++tableNumber} – ${text}`);
  const stamps = approvalTable(input.approvals ?? [], 'portrait');
  const opening: FileChild[] = [
    // an empty paragraph between the stamps and what follows, or Word joins the tables
    ...(stamps ? [stamps, emptyParagraph()] : []),
    paragraph(title, STYLES.title, { spacing: { before: 0, after: 240 } }),
    heading('1. Общие сведения'),
    ...summary(input),
    heading('2. Выполнение плана по разделам'),
  ];
  figures.sections.forEach((_, index) => {
    opening.push(tableCaption(sectionHeading(plan, index)), sectionTable(figures, index), emptyParagraph());
  });
  opening.push(heading('3. Итоги выполнения плана'), tableCaption('Запланировано и проведено по разделам плана'), totalsTable(figures, plan));
  const participants: FileChild[] = [heading('4. Участники мероприятий'), tableCaption('Участники по категориям'), categoryTable(figures)];
  const months: FileChild[] =
    figures.byMonth.length > 0
      ? [tableCaption('Проведённые мероприятия и участники по месяцам'), monthTable(figures), note('Участники мероприятия, проведённого в несколько дней, распределены поровну между этими днями.')]
      : [];
  if (figures.outside.length > 0) months.push(outsideNote(figures));
  const monitoring = input.monitoring;
  const monitoringPart: FileChild[] = monitoring
    ? [heading(`5. Мониторинг: ${monitoring.title}`), tableCaption(`${monitoring.a} и ${monitoring.b}: показатели по районам и по региону`), monitoringTable(monitoring)]
    : [];
  let part = monitoring ? 6 : 5;
  const closing: FileChild[] = [heading(`${part++}. Не проведённые мероприятия`), ...notHeldPart(figures)];
  input.narrative.forEach((narrative) => closing.push(...narrativePart({ ...narrative, title: `${part++}. ${narrative.title.trim()}` })));
  closing.push(...signatureParagraphs(input.signature));
  const organisation = plan.organisation === undefined ? undefined : typeset(plan.organisation);

  return (charts) => {
    let figureNumber = 0;
    const children: FileChild[] = [
      ...opening,
      ...figure(charts.plannedVsHeld, ++figureNumber, 'Запланировано и проведено мероприятий по разделам плана'),
      ...participants,
      ...(charts.byCategory ? figure(charts.byCategory, ++figureNumber, 'Охват по категориям участников') : []),
      ...months,
      ...(charts.byMonth && months.length > 0 ? figure(charts.byMonth, ++figureNumber, 'Участники мероприятий по месяцам') : []),
      ...monitoringPart,
      ...(charts.monitoring && monitoring?.charted ? figure(charts.monitoring, ++figureNumber, `${monitoring.charted}: ${monitoring.a} и ${monitoring.b}, по районам`) : []),
      ...closing,
    ];
    const document = new Document({
      title,
      creator: organisation ?? 'centre',
      lastModifiedBy: organisation ?? 'centre',
      description: 'Анализ работы',
      styles: DOCUMENT_STYLES,
      theme: THEME,
      sections: [{ properties: sectionProperties('portrait'), headers: pageHeaders(), children }],
    });
    return { document, tables: children.filter((child): child is PreparedTable => child instanceof PreparedTable) };
  };
}

/** The finished file of a prepared document, its tables in place. */
export async function packDocument({ document, tables }: AnalysisDocument): Promise<Buffer> {
  return packWithTables(document, tables);
}
