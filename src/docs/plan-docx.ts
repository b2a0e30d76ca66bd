// The whole DOCX of a plan or cyclogram, in memory: the approval stamps, the
// title with its academic year or period, the table of activities, and the
// closing signature, on A4 with GOST margins and page numbers from page 2.
import { AlignmentType, Document, Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { dateParts } from '../schema/iso-date.js';
import type { PlanDocument } from '../schema/plan.js';
import { approvalTable, BLOCK_WIDTH } from './approvals.js';
import { DOCUMENT_STYLES, emptyParagraph, pageHeaders, paragraph, sectionProperties, STYLES, textWidth, THEME, type Orientation } from './page.js';
import { planTable } from './plan-table.js';
import { titleYearPhrase } from './own-numbering.js';
import { packWithTables, PreparedTable } from './table-xml.js';
import { formatAcademicYear, formatDateLong, typeset, typesetLines } from '../text/typography.js';

export interface PlanDocxOptions {
  /** Overrides the plan's own orientation. */
  readonly orientation?: Orientation;
}

/** What follows the title: « на 2023–2024 учебный год», « на период с … по …», or nothing. */
export function titleSuffix(plan: PlanDocument): string {
  if (plan.academicYear !== undefined) return ` на ${formatAcademicYear(plan.academicYear)} учебный год`;
  if (plan.period !== undefined) {
    return ` на период с ${formatDateLong(dateParts(plan.period.from))} по ${formatDateLong(dateParts(plan.period.to))}`;
  }
  return '';
}

/**
 * The title's printed lines: the title's own lines, the suffix on the last. A
 * year phrase the title already ends with gives way to the suffix; one inside
 * the title stays, and then no suffix is added.
 */
export function titleLines(plan: PlanDocument): string[] {
  const own = titleYearPhrase(plan.title);
  const title = own?.atEnd ? plan.title.slice(0, plan.title.lastIndexOf(own.phrase)).trimEnd() : plan.title;
  const suffix = own && !own.atEnd ? '' : titleSuffix(plan);
  const lines = typesetLines(title);
  const last = lines.length - 1;
  return lines.map((line, index) => (index === last ? typeset(line + suffix) : line));
}

/** The full title on one line, for the document properties. */
export function documentTitle(plan: PlanDocument): string {
  return titleLines(plan).join(' ');
}

function titleParagraphs(plan: PlanDocument): Paragraph[] {
  const lines = titleLines(plan);
  return lines.map((line, index) => paragraph(line, STYLES.title, index === lines.length - 1 ? { spacing: { before: 0, after: 240 } } : undefined));
}

/** «Приложение № 1 к приказу …»: at the top right of the first page, in a block as wide as a stamp. */
function appendixParagraphs(plan: PlanDocument, width: number): Paragraph[] {
  if (!plan.appendixTo) return [];
  const indent = { left: Math.max(0, width - BLOCK_WIDTH) };
  return [...typesetLines(plan.appendixTo).map((line) => paragraph(line, STYLES.body, { indent })), emptyParagraph()];
}

/** The year's motto above the title, centred in italics. */
function epigraphParagraphs(plan: PlanDocument): Paragraph[] {
  if (!plan.epigraph) return [];
  const lines = typesetLines(plan.epigraph);
  return lines.map(
    (line, index) =>
      new Paragraph({
        style: STYLES.body,
        alignment: AlignmentType.CENTER,
        spacing: index === lines.length - 1 ? { before: 0, after: 240 } : undefined,
        children: [new TextRun({ text: typeset(line), italics: true })],
      }),
  );
}

/** «Цель: …» and «Задачи:» numbered 1., 2. … under the title, justified as the body of an order is. */
function goalParagraphs(plan: PlanDocument): Paragraph[] {
  const justified = (children: TextRun[], after = 0) =>
    new Paragraph({ style: STYLES.body, alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after }, children });
  const paragraphs: Paragraph[] = [];
  if (plan.goal) paragraphs.push(justified([new TextRun({ text: 'Цель: ', bold: true }), new TextRun(typeset(plan.goal))], plan.tasks?.length ? 0 : 240));
  if (plan.tasks?.length) {
    paragraphs.push(justified([new TextRun({ text: 'Задачи:', bold: true })]));
    plan.tasks.forEach((task, index, tasks) =>
      paragraphs.push(justified([new TextRun(typeset(`${index + 1}. ${task.replace(/^\s*\d+[.)]\s*/, '')}`))], index === tasks.length - 1 ? 240 : 0)),
    );
  }
  return paragraphs;
}

/** The position on the left, the name flush with the right margin (a right tab stop at the text width). */
function signatureParagraphs(plan: PlanDocument, width: number): Paragraph[] {
  if (!plan.signature) return [];
  const position = typesetLines(plan.signature.position);
  const last = position.pop() ?? '';
  const signed = new Paragraph({
    style: STYLES.body,
    keepLines: true,
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [new TextRun(last), new TextRun({ children: [new Tab(), typeset(plan.signature.name)] })],
  });
  return [emptyParagraph(), ...position.map((line) => paragraph(line, STYLES.body, { keepNext: true })), signed];
}

export function planOrientation(plan: PlanDocument, options: PlanDocxOptions = {}): Orientation {
  return options.orientation ?? plan.orientation ?? 'portrait';
}

/**
 * The document, in memory; the input plan is not modified. Its plan table is a
 * placeholder until renderPlanDocx writes it: pack it only through that.
 */
export function buildPlanDocument(plan: PlanDocument, options: PlanDocxOptions = {}): Document {
  return planDocument(plan, options).document;
}

function planDocument(plan: PlanDocument, options: PlanDocxOptions): { document: Document; tables: PreparedTable[] } {
  const orientation = planOrientation(plan, options);
  const width = textWidth(orientation);
  const stamps = approvalTable(plan.approvals, orientation);
  const table = planTable(plan, orientation);
  const children: FileChild[] = [
    // an empty paragraph between the two tables, or Word joins them into one
    ...appendixParagraphs(plan, width),
    ...(stamps ? [stamps, emptyParagraph()] : []),
    ...epigraphParagraphs(plan),
    ...titleParagraphs(plan),
    ...goalParagraphs(plan),
    table,
    ...signatureParagraphs(plan, width),
  ];
  const organisation = plan.organisation === undefined ? undefined : typeset(plan.organisation);
  const document = new Document({
    title: documentTitle(plan),
    creator: organisation ?? 'centre',
    lastModifiedBy: organisation ?? 'centre',
    description: plan.kind === 'plan' ? 'План работы' : 'Циклограмма',
    customProperties: organisation ? [{ name: 'Организация', value: organisation }] : [],
    styles: DOCUMENT_STYLES,
    theme: THEME,
    sections: [{ properties: sectionProperties(orientation), headers: pageHeaders(), children }],
  });
  return { document, tables: [table] };
}

/** The finished DOCX file. */
export async function renderPlanDocx(plan: PlanDocument, options: PlanDocxOptions = {}): Promise<Buffer> {
  const { document, tables } = planDocument(plan, options);
  return packWithTables(document, tables);
}
