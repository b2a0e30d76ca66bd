// Page geometry and the shared paragraph/run builders of every document.
import { AlignmentType, BorderStyle, Paragraph, TextRun, type IBorderOptions, type IParagraphOptions, type IParagraphStyleOptions } from 'docx';
import { typeset } from './russian-text.js';

/** A4 in twips (1 mm = 56.7 twips), always given in portrait: docx swaps it for landscape. */
export const A4 = { width: 11906, height: 16838 };
/** GOST R 7.0.97 margins for documents kept long: left 30 mm, right 10 mm, top and bottom 20 mm. */
export const MARGINS = { left: 1701, right: 567, top: 1134, bottom: 1134, header: 567, footer: 567 };

export type Orientation = 'portrait' | 'landscape';

export function textWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'landscape' ? A4.height : A4.width;
  return pageWidth - MARGINS.left - MARGINS.right;
}

export const FONT = 'Times New Roman';
/** Sizes in half-points. */
export const BODY_SIZE = 28;
export const TABLE_SIZE = 24;

export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
export const THIN_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * Paragraph styles. Every paragraph names one instead of carrying its own font,
 * size and spacing: the XML stays small and a 500-row table builds fast.
 */
export const STYLES = {
  body: 'CentreBody',
  title: 'CentreTitle',
  cell: 'CentreCell',
  cellCentred: 'CentreCellCentred',
  cellHeading: 'CentreCellHeading',
} as const;
export type StyleId = (typeof STYLES)[keyof typeof STYLES];

const noSpacing = { before: 0, after: 0, line: 240 };

export const paragraphStyles: IParagraphStyleOptions[] = [
  { id: STYLES.body, name: 'Centre Body', run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: noSpacing } },
  {
    id: STYLES.title,
    name: 'Centre Title',
    run: { font: FONT, size: BODY_SIZE, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { ...noSpacing, after: 240 }, keepNext: true },
  },
  { id: STYLES.cell, name: 'Centre Cell', run: { font: FONT, size: TABLE_SIZE }, paragraph: { spacing: noSpacing } },
  {
    id: STYLES.cellCentred,
    name: 'Centre Cell Centred',
    basedOn: STYLES.cell,
    run: { font: FONT, size: TABLE_SIZE },
    paragraph: { alignment: AlignmentType.CENTER, spacing: noSpacing },
  },
  {
    id: STYLES.cellHeading,
    name: 'Centre Cell Heading',
    basedOn: STYLES.cell,
    run: { font: FONT, size: TABLE_SIZE, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: noSpacing },
  },
];

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text' | 'style'>;

/** One paragraph of typeset text in a style; `italics` for notes. */
export function paragraph(text: string, style: StyleId, options: ParagraphOptions = {}, italics = false): Paragraph {
  return new Paragraph({ ...options, style, children: [new TextRun({ text: typeset(text), italics: italics || undefined })] });
}

export function emptyParagraph(): Paragraph {
  return new Paragraph({ style: STYLES.body, children: [] });
}
