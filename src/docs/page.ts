// Page geometry, fonts and styles shared by every part of a plan document
// (GOST R 7.0.97-2025 practice), and the few paragraph builders they use.
//
// Paragraphs name a style instead of carrying their own font, size and
// spacing: the XML stays small and a 500-row table builds and packs fast.
import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IBorderOptions,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
  type IBaseParagraphStyleOptions,
} from 'docx';
import { typeset } from '../text/typography.js';

export type Orientation = 'portrait' | 'landscape';

/** A4 in twips (1 mm ≈ 56.7 twips), always in portrait: docx swaps it for landscape. */
const A4 = { width: 11906, height: 16838 } as const;
/** Left 30 mm, right 10 mm, top and bottom 20 mm; header 10 mm from the edge. */
const MARGINS = { left: 1701, right: 567, top: 1134, bottom: 1134, header: 567, footer: 567 } as const;

/** The width between the margins: 9638 twips in portrait, 14570 in landscape. */
export function textWidth(orientation: Orientation): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - MARGINS.left - MARGINS.right;
}

const FONT = 'Times New Roman';
/** Sizes in half-points: 14 pt for the page, 12 pt inside the plan table. */
const BODY_SIZE = 28;
const TABLE_SIZE = 24;

export const STYLES = {
  body: 'CentreBody',
  title: 'CentreTitle',
  cell: 'CentreCell',
  cellCentred: 'CentreCellCentred',
  cellHeading: 'CentreCellHeading',
} as const;
export type StyleId = (typeof STYLES)[keyof typeof STYLES];

const SINGLE = { before: 0, after: 0, line: 240 } as const;
const black = (size: number, extra: Record<string, unknown> = {}) => ({ font: FONT, size, color: '000000', ...extra });

const paragraphStyles: IParagraphStyleOptions[] = [
  { id: STYLES.body, name: 'Centre Body', basedOn: 'Normal', run: black(BODY_SIZE), paragraph: { spacing: SINGLE } },
  {
    id: STYLES.title,
    name: 'Centre Title',
    basedOn: 'Normal',
    run: black(BODY_SIZE, { bold: true }),
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, keepNext: true },
  },
  { id: STYLES.cell, name: 'Centre Cell', basedOn: 'Normal', run: black(TABLE_SIZE), paragraph: { spacing: SINGLE } },
  {
    id: STYLES.cellCentred,
    name: 'Centre Cell Centred',
    basedOn: STYLES.cell,
    run: black(TABLE_SIZE),
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE },
  },
  {
    id: STYLES.cellHeading,
    name: 'Centre Cell Heading',
    basedOn: STYLES.cell,
    run: black(TABLE_SIZE, { bold: true }),
    paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE },
  },
];

// docx's own Title, Heading, Caption and Hyperlink styles are blue or grey and take the theme's Calibri:
// make them plain black Times New Roman.
const heading: IBaseParagraphStyleOptions = { run: black(BODY_SIZE, { bold: true }), paragraph: { spacing: SINGLE } };

/** Times New Roman 14 pt everywhere by default, single spacing, nothing blue. */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: SINGLE } },
    title: heading,
    heading1: heading,
    heading2: heading,
    heading3: heading,
    heading4: heading,
    heading5: heading,
    heading6: heading,
    strong: { run: black(BODY_SIZE, { bold: true }) },
    listParagraph: { run: black(BODY_SIZE) },
    caption: { run: black(TABLE_SIZE, { italics: true }) },
    hyperlink: { run: { color: '000000', underline: {} } },
  },
  paragraphStyles,
};

/** The theme's heading and body fonts, for anything that still asks the theme. */
export const THEME = { fonts: { headings: FONT, body: FONT } };

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
export const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } as const;
export const NO_TABLE_BORDERS = { ...NO_CELL_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER } as const;

export type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text' | 'style'>;

/** One paragraph of typeset text in a style. */
export function paragraph(text: string, style: StyleId, options?: ParagraphOptions): Paragraph {
  const children = [new TextRun(typeset(text))];
  return new Paragraph(options ? { ...options, style, children } : { style, children });
}

export function emptyParagraph(style: StyleId = STYLES.body): Paragraph {
  return new Paragraph({ style });
}

/** Page size, orientation, margins; a different (empty) first-page header. */
export function sectionProperties(orientation: Orientation): ISectionPropertiesOptions {
  const pageOrientation = orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
  return {
    titlePage: true,
    page: { size: { width: A4.width, height: A4.height, orientation: pageOrientation }, margin: MARGINS },
  };
}

/** Page numbers centred in the top margin from page 2 on; none on the first page. */
export function pageHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [new Paragraph({ style: STYLES.body, alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
    }),
    first: new Header({ children: [emptyParagraph()] }),
  };
}
