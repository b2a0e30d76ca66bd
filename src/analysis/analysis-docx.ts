// «Анализ работы … за … учебный год» as a DOCX in the house style of the
// plans (A4, GOST margins, Times New Roman, page numbers from page 2): a
// summary, per section of the plan a table of what was planned and what was
// held, the totals (and the previous year beside them) with their charts, the
// participants, what was not held and why, the methodologist's narrative in
// order, then the signature and the date. Every chart has its numbers in a
// table beside it; a table with nothing recorded gives way to one line saying
// what to record.
import { AlignmentType, Document, ImageRun, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { dateParts, type IsoDate } from '../schema/iso-date.js';
import type { Approval, PlanDocument } from '../schema/plan.js';
import { approvalTable } from '../docs/approvals.js';
import type { NarrativePart } from '../schema/record.js';
import { DOCUMENT_STYLES, emptyParagraph, pageHeaders, paragraph, sectionProperties, STYLES, textWidth, THEME } from '../docs/page.js';
import { sectionHeading } from '../docs/plan-table.js';
import { packWithTables, PreparedTable } from '../docs/table-xml.js';
import { formatAcademicYear, formatDateLong, NBSP, typeset, typesetLines } from '../text/typography.js';
import type { YearFigures } from './figures.js';
import type { RenderedChart } from './chart-render.js';
import {
  categoryTable,
  comparisonTable,
  dateText,
  monitoringTable,
  monthTable,
  notHeldTable,
  sectionTable,
  totalsTable,
  type MonitoringFigures,
  type PreviousYear,
} from './analysis-tables.js';
import { formatNumber, formatPercent, percentOf } from './russian-numbers.js';

export interface AnalysisInput {
  readonly plan: PlanDocument;
  readonly figures: YearFigures;
  /** The record's own title, when it gives one. */
  readonly title?: string;
  /** Stamps above the title, when the record gives them. */
  readonly approvals?: readonly Approval[];
  /** Who signs under the text; without one, lines to sign on. */
  readonly signature?: { readonly position: string; readonly name: string };
  /** The day the analysis is dated, printed under the signature. */
  readonly date: IsoDate;
  readonly narrative: readonly NarrativePart[];
  /** The year before, compared with this one, when the workspace holds its record. */
  readonly previous?: PreviousYear;
  /** The monitoring of the year: two rounds compared, when the summaries were given. */
  readonly monitoring?: MonitoringFigures;
  readonly charts: {
    readonly plannedVsHeld: RenderedChart;
    readonly byMonth?: RenderedChart;
    readonly byCategory?: RenderedChart;
    readonly monitoring?: RenderedChart;
  };
}

/** «Анализ работы регионального центра … за 2023–2024 учебный год». */
function analysisTitle(plan: PlanDocument, title?: string): string {
  const name =
    title?.trim() ??
    (/^План работы\s/i.test(plan.title.trim())
      ? plan.title.trim().replace(/^План работы/i, 'Анализ работы')
      : `Анализ выполнения плана «${plan.title.trim()}»`);
  if (plan.academicYear !== undefined) return typeset(`${name} за ${formatAcademicYear(plan.academicYear)} учебный год`);
  const from = plan.period && dateParts(plan.period.from);
  const to = plan.period && dateParts(plan.period.to);
  return typeset(from && to ? `${name} за период с ${formatDateLong(from)} по ${formatDateLong(to)}` : name);
}

const width = textWidth('portrait');

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
    new Paragraph({
      style: STYLES.body,
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [image],
    }),
    paragraph(`Рисунок ${number} – ${text}`, STYLES.body, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
  ];
}

function summary(input: Omit<AnalysisInput, 'charts'>): Paragraph[] {
  const { figures, plan } = input;
  const sections = figures.sections.length;
  return [
    body(
      `${plan.kind === 'plan' ? 'Планом' : 'Циклограммой'} предусмотрено мероприятий: ${figures.planned} в ${sections} ${sections === 1 ? 'разделе' : 'разделах'}. ` +
        `Проведено ${figures.held} из ${figures.planned} (${formatPercent(percentOf(figures.held, figures.planned))}); не проведено или без сведений: ${figures.notHeld.length}. ` +
        `Всего участников проведённых мероприятий: ${formatNumber(figures.participants)}.`,
    ),
  ];
}

/** The days left out of the table by month: far outside the plan's year, most likely a mistyped year. */
function outsideNote(figures: YearFigures): Paragraph {
  const days = figures.outside.map((day) => `${dateText(day.date)} (мероприятие ${day.number} «${day.activity.split('\n')[0]!.trim()}»)`);
  return note(typeset(`Не учтены по месяцам даты далеко за пределами учебного года плана — вероятно, опечатка в годе: ${days.join('; ')}.`));
}

function notHeldPart(figures: YearFigures): FileChild[] {
  return figures.notHeld.length === 0 ? [body('Все мероприятия плана проведены.')] : [notHeldTable(figures)];
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

/**
 * The position on the left, the name flush with the right margin, as under a
 * plan, then the date; with no one named, lines to sign and write the name on.
 */
function signatureParagraphs(signature: AnalysisInput['signature'], date: IsoDate): Paragraph[] {
  const position = signature ? typesetLines(signature.position) : [];
  const last = position.pop() ?? '';
  const name = signature ? typeset(signature.name) : `____________${NBSP}/${NBSP}____________________`;
  const signed = new Paragraph({
    style: STYLES.body,
    keepLines: true,
    keepNext: true,
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [new TextRun(last), new TextRun({ children: [new Tab(), name] })],
  });
  return [
    emptyParagraph(),
    ...position.map((line) => paragraph(line, STYLES.body, { keepNext: true })),
    signed,
    emptyParagraph(),
    paragraph(formatDateLong(dateParts(date)), STYLES.body),
  ];
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
  const previous = input.previous;
  const yearOf = plan.academicYear;
  if (previous && yearOf !== undefined) {
    opening.push(tableCaption(`Сравнение с ${formatAcademicYear(previous.academicYear)} учебным годом`), comparisonTable(figures, previous, yearOf));
  }
  // a table with nothing recorded is left out: one line says what to record to have it
  const categories = categoryTable(figures);
  const participants: FileChild[] = [
    heading('4. Участники мероприятий'),
    ...(categories
      ? [tableCaption('Участники по категориям'), categories]
      : [
          body(
            'Сведений об участниках по категориям нет. Чтобы получить таблицу, укажите категории в отчёте о выполнении плана: centre done <план> <номер> --category "классные руководители=32, родители=8".',
          ),
        ]),
  ];
  const months: FileChild[] =
    figures.byMonth.length > 0
      ? [
          tableCaption('Проведённые мероприятия и участники по месяцам'),
          monthTable(figures),
          note('Участники мероприятия, проведённого в несколько дней (курса, цикла встреч), учтены один раз — в месяце его первого дня.'),
        ]
      : [body('Дат проведения мероприятий в отчёте нет. Чтобы получить таблицу по месяцам, укажите даты: centre done <план> <номер> --date 2023-10-12.')];
  if (figures.outside.length > 0) months.push(outsideNote(figures));
  const monitoring = input.monitoring;
  const monitoringPart: FileChild[] = monitoring
    ? [
        heading(`5. Мониторинг: ${monitoring.title}`),
        tableCaption(`${monitoring.a} и ${monitoring.b}: показатели по районам и по региону`),
        monitoringTable(monitoring),
      ]
    : [];
  let part = monitoring ? 6 : 5;
  const closing: FileChild[] = [heading(`${part++}. Не проведённые мероприятия`), ...notHeldPart(figures)];
  input.narrative.forEach((narrative) => closing.push(...narrativePart({ ...narrative, title: `${part++}. ${narrative.title.trim()}` })));
  closing.push(...signatureParagraphs(input.signature, input.date));
  const organisation = plan.organisation === undefined ? undefined : typeset(plan.organisation);

  return (charts) => {
    let figureNumber = 0;
    const children: FileChild[] = [
      ...opening,
      ...figure(charts.plannedVsHeld, ++figureNumber, 'Запланировано и проведено мероприятий по разделам плана'),
      ...participants,
      ...(charts.byCategory ? figure(charts.byCategory, ++figureNumber, 'Охват по категориям участников') : []),
      ...months,
      ...(charts.byMonth && figures.byMonth.length > 0 ? figure(charts.byMonth, ++figureNumber, 'Участники мероприятий по месяцам') : []),
      ...monitoringPart,
      ...(charts.monitoring && monitoring?.charted
        ? figure(charts.monitoring, ++figureNumber, `${monitoring.charted}: ${monitoring.a} и ${monitoring.b}, по районам`)
        : []),
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
