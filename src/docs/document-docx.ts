// The DOCX of a document of the centre (`kind: document`): an order or a
// regulation as GOST R 7.0.97 lays it out — approval stamps, the issuer, the
// type and title centred, date · place · number on one line, numbered clauses
// justified with a first-line indent, the signature, «ознакомлены», and each
// appendix from a new page with its «Приложение …» mark on the right.
import { AlignmentType, Document, PageBreak, Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { dateParts } from '../schema/iso-date.js';
import type { CentreDocument, DocumentAppendix, DocumentClause } from '../schema/document.js';
import { approvalTable } from './approvals.js';
import { packDocx } from './table-xml.js';
import { DOCUMENT_STYLES, emptyParagraph, pageHeaders, paragraph, sectionProperties, STYLES, textWidth, THEME } from './page.js';
import { formatDateNumeric, typeset, typesetLines } from '../text/typography.js';

const INDENT = 709; // 1.25 cm, the usual first-line indent
const justified = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT } } as const;

/** The lines of the clauses as printed: «1. …», «3.1. …», «– …» list lines, headings centred. */
export function clauseParagraphs(clauses: readonly DocumentClause[], numbered: boolean, prefix = ''): Paragraph[] {
  return clauses.flatMap((clause, index) => {
    const number = numbered ? `${prefix}${index + 1}. ` : '';
    if (typeof clause === 'string') return [paragraph(`${number}${clause}`, STYLES.body, justified)];
    const out: Paragraph[] = [];
    if (clause.title) out.push(paragraph(`${number}${clause.title}`, STYLES.title, { spacing: { before: 120, after: 120 } }));
    if (clause.text) out.push(paragraph(`${clause.title ? '' : number}${clause.text}`, STYLES.body, justified));
    else if (!clause.title && number) out.push(paragraph(number.trim(), STYLES.body, justified));
    for (const line of clause.list ?? []) out.push(paragraph(`– ${line}`, STYLES.body, justified));
    if ('clauses' in clause && clause.clauses) out.push(...clauseParagraphs(clause.clauses as DocumentClause[], numbered, number.trim()));
    return out;
  });
}

function bodyParagraphs(body: { preamble?: string; clauses: readonly DocumentClause[]; numbered: boolean }): Paragraph[] {
  const preamble = body.preamble ? typesetLines(body.preamble).map((line) => paragraph(line, STYLES.body, justified)) : [];
  return [...preamble, ...clauseParagraphs(body.clauses, body.numbered)];
}

function headingParagraphs(type: string, title: string): Paragraph[] {
  return [
    paragraph(type.toLocaleUpperCase('ru'), STYLES.title, { spacing: { before: 240, after: 0 } }),
    paragraph(title, STYLES.title, { spacing: { before: 0, after: 240 } }),
  ];
}

function appendixParagraphs(appendix: DocumentAppendix, width: number): Paragraph[] {
  const mark = typesetLines(appendix.label).map((line) => paragraph(line, STYLES.body, { indent: { left: Math.round(width / 2) } }));
  return [new Paragraph({ children: [new PageBreak()] }), ...mark, ...headingParagraphs(appendix.type, appendix.title), ...bodyParagraphs(appendix)];
}

/** «С приказом ознакомлены:» under an order, «С документом ознакомлены:» under anything else. */
export function acquaintedHeading(type: string): string {
  return type.trim().toLocaleLowerCase('ru') === 'приказ' ? 'С приказом ознакомлены:' : 'С документом ознакомлены:';
}

export function buildDocumentDocx(document: CentreDocument): Document {
  const width = textWidth('portrait');
  const stamps = approvalTable(document.approvals, 'portrait');
  const date = document.date ? dateParts(document.date) : undefined;
  const requisites =
    date || document.place || document.number
      ? [
          new Paragraph({
            style: STYLES.body,
            tabStops: [
              { type: TabStopType.CENTER, position: Math.round(width / 2) },
              { type: TabStopType.RIGHT, position: width },
            ],
            children: [
              new TextRun(date ? formatDateNumeric(date) : ''),
              new TextRun({ children: [new Tab(), typeset(document.place ?? '')] }),
              new TextRun({ children: [new Tab(), document.number ? typeset(`№ ${document.number}`) : ''] }),
            ],
          }),
        ]
      : [];
  const signature = document.signature
    ? (() => {
        const position = typesetLines(document.signature.position);
        const last = position.pop() ?? '';
        return [
          emptyParagraph(),
          ...position.map((line) => paragraph(line, STYLES.body, { keepNext: true })),
          new Paragraph({
            style: STYLES.body,
            keepLines: true,
            tabStops: [{ type: TabStopType.RIGHT, position: width }],
            children: [new TextRun(typeset(last)), new TextRun({ children: [new Tab(), typeset(document.signature.name)] })],
          }),
        ];
      })()
    : [];
  const acquainted = document.acquainted
    ? [
        emptyParagraph(),
        paragraph(acquaintedHeading(document.type), STYLES.body),
        ...document.acquainted.map((name) => paragraph(`${name} ____________`, STYLES.body)),
      ]
    : [];
  const children: FileChild[] = [
    ...(stamps ? [stamps, emptyParagraph()] : []),
    ...(document.issuer ? typesetLines(document.issuer).map((line) => paragraph(line, STYLES.title)) : []),
    ...headingParagraphs(document.type, document.title).slice(0, 1),
    ...requisites,
    paragraph(document.title, STYLES.title, { spacing: { before: 240, after: 240 } }),
    ...bodyParagraphs(document),
    ...signature,
    ...acquainted,
    ...document.appendices.flatMap((appendix) => appendixParagraphs(appendix, width)),
  ];
  return new Document({
    title: typeset(`${document.type} ${document.title}`),
    creator: 'centre',
    description: document.type,
    styles: DOCUMENT_STYLES,
    theme: THEME,
    sections: [{ properties: sectionProperties('portrait'), headers: pageHeaders(), children }],
  });
}

export function renderDocumentDocx(document: CentreDocument): Promise<Buffer> {
  return packDocx(buildDocumentDocx(document));
}
