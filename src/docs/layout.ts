// Page geometry and the shared paragraph/run builders of every document.
import { AlignmentType, BorderStyle, Paragraph, TextRun, type IBorderOptions, type IParagraphOptions } from 'docx';
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

export interface TextStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
}

/** One paragraph of typeset text; `options` may set alignment, spacing, keepNext, tabs. */
export function paragraph(text: string, style: TextStyle = {}, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({
    ...options,
    children: [new TextRun({ text: typeset(text), bold: style.bold, italics: style.italics, size: style.size, font: FONT })],
  });
}

export function emptyParagraph(): Paragraph {
  return new Paragraph({ children: [] });
}

export function centred(text: string, style: TextStyle = {}, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return paragraph(text, style, { alignment: AlignmentType.CENTER, ...options });
}
