// The whole DOCX of a plan or cyclogram, in memory: approval stamps, the title
// with its academic year, the table of activities, the closing signature.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseDateText } from '../schema/dates.js';
import type { PlanDocument } from '../schema/plan.js';
import { approvalTable } from './approval-blocks.js';
import { A4, BODY_SIZE, emptyParagraph, FONT, MARGINS, NO_BORDER, paragraph, paragraphStyles, STYLES, textWidth, type Orientation } from './layout.js';
import { planTableXml } from './plan-table.js';
import { formatAcademicYear, formatDateLong, typeset } from './russian-text.js';

export interface BuildOptions {
  /** Overrides the plan's own orientation. */
  readonly orientation?: Orientation;
}

/** «План работы … на 2023–2024 учебный год», or «… на период с … по …». */
export function documentTitle(plan: PlanDocument): string {
  const title = plan.title.trim().replace(/\s*\n\s*/g, ' ');
  if (plan.academicYear) return `${title} на ${formatAcademicYear(plan.academicYear)} учебный год`;
  if (plan.period) {
    const from = formatDateLong(parseDateText(plan.period.from)!);
    const to = formatDateLong(parseDateText(plan.period.to)!);
    return `${title} на период с ${from} по ${to}`;
  }
  return title;
}

/** The position on the left, the name flush with the right margin: a borderless two-cell table, which Word and LibreOffice lay out alike. */
function signatureBlock(plan: PlanDocument, width: number): FileChild[] {
  if (!plan.signature) return [];
  const half = Math.round(width / 2);
  const cell = (text: string, cellWidth: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new TableCell({
      width: { size: cellWidth, type: WidthType.DXA },
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
      margins: { left: 0, right: 0 },
      children: [paragraph(text, STYLES.body, { alignment })],
    });
  return [
    emptyParagraph(),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [half, width - half],
      layout: TableLayoutType.FIXED,
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [cell(plan.signature.position, half, AlignmentType.LEFT), cell(plan.signature.name, width - half, AlignmentType.RIGHT)],
        }),
      ],
    }),
  ];
}

export function buildPlanDocument(plan: PlanDocument, options: BuildOptions = {}): Document {
  const orientation = options.orientation ?? plan.orientation ?? 'portrait';
  const width = textWidth(orientation);
  const stamps = approvalTable(plan.approvals, orientation);
  const title = documentTitle(plan);
  const children: FileChild[] = [
    // an empty paragraph between the two tables, or Word joins them into one
    ...(stamps ? [stamps, emptyParagraph()] : []),
    paragraph(title, STYLES.title),
    new Paragraph({ children: [new TextRun(TABLE_PLACEHOLDER)] }),
    ...signatureBlock(plan, width),
  ];

  return new Document({
    title: typeset(title),
    creator: plan.organisation ? typeset(plan.organisation) : 'centre',
    description: plan.kind === 'plan' ? 'План работы' : 'Циклограмма',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      },
      paragraphStyles,
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: MARGINS,
          },
        },
        headers: {
          // GOST: page numbers centred in the top margin, from the second page on.
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_SIZE })] })],
          }),
          first: new Header({ children: [emptyParagraph()] }),
        },
        children,
      },
    ],
  });
}

/** Stands where the plan table goes until renderPlanDocx puts the table's XML in its place. */
export const TABLE_PLACEHOLDER = 'centre:plan-table';

/** The finished DOCX: docx writes the document around the table, then the table's XML replaces the placeholder. */
export async function renderPlanDocx(plan: PlanDocument, options: BuildOptions = {}): Promise<Uint8Array> {
  const orientation = options.orientation ?? plan.orientation ?? 'portrait';
  const shell = await Packer.toBuffer(buildPlanDocument(plan, options));
  const files = unzipSync(shell);
  const documentXml = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(replaceParagraph(documentXml, TABLE_PLACEHOLDER, planTableXml(plan, orientation)));
  return zipSync(files, { level: 6 });
}

/** Replaces the whole `<w:p>` that contains `marker` with `xml`. */
export function replaceParagraph(documentXml: string, marker: string, xml: string): string {
  const at = documentXml.indexOf(marker);
  const start = Math.max(documentXml.lastIndexOf('<w:p>', at), documentXml.lastIndexOf('<w:p ', at));
  const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
  if (at < 0 || start < 0) throw new Error(`No paragraph holds ${marker}`);
  return documentXml.slice(0, start) + xml + documentXml.slice(end);
}
