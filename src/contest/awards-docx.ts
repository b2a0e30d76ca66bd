// One DOCX with a page per diploma or certificate: the organiser, the event,
// «ДИПЛОМ I степени» or «СЕРТИФИКАТ участника», «вручается» and the name in
// the dative, the organisation, what it is for, the signature, the number
// from the register and the date. Shared by `contest diplomas` and
// `certificates` (src/cli/commands/). Pure: the pages come in numbered.
import { AlignmentType, Document, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { packDocx } from '../docs/table-xml.js';
import { DOCUMENT_STYLES, sectionProperties, STYLES, textWidth, THEME } from '../docs/page.js';
import { formatDateLong, typeset } from '../text/typography.js';
import { dateParts, type IsoDate } from '../schema/iso-date.js';

/** What a DOCX of diplomas or certificates says it is in its properties: how the commands know their own output. */
export const AWARDS_DESCRIPTION = 'Дипломы и сертификаты';

export interface AwardPage {
  /** «ДИПЛОМ», «СЕРТИФИКАТ». */
  readonly heading: string;
  /** «I степени», «победителя», «участника». */
  readonly degree?: string;
  /** In the dative when it could be told, else as written. */
  readonly name: string;
  readonly organisation?: string;
  /** «за I место в номинации «…»», «за участие в конкурсе». */
  readonly reason: string;
  /** «15/2025». */
  readonly number: string;
}

export interface AwardsRequest {
  readonly organiser?: string;
  /** The contest or the event, as its title is written. */
  readonly event: string;
  readonly date: IsoDate;
  readonly signer?: { readonly position: string; readonly name: string };
  readonly pages: readonly AwardPage[];
  /** Written into the document's properties: how the command knows its own earlier output. */
  readonly description: string;
}

const centred = (text: string, size: number, options: { bold?: boolean; before?: number; after?: number; pageBreakBefore?: boolean } = {}) =>
  new Paragraph({
    style: STYLES.body,
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: [new TextRun({ text: typeset(text), size, bold: options.bold ?? false })],
  });

function pageOf(request: AwardsRequest, page: AwardPage, first: boolean, width: number): Paragraph[] {
  const tabs = [{ type: TabStopType.RIGHT, position: width }];
  const children = [
    centred(request.organiser ?? '', 24, { pageBreakBefore: !first, after: 1200 }),
    centred(page.heading, 72, { bold: true, after: 240 }),
    ...(page.degree ? [centred(page.degree, 40, { bold: true })] : []),
    centred('вручается', 28, { before: 720, after: 240 }),
    centred(page.name, 40, { bold: true, after: 240 }),
    ...(page.organisation ? [centred(page.organisation, 28, { after: 240 })] : []),
    centred(page.reason, 28, { before: 240 }),
    centred(request.event, 28, { bold: true, before: 120 }),
  ];
  if (request.signer) {
    children.push(
      new Paragraph({
        style: STYLES.body,
        spacing: { before: 3600 },
        tabStops: [{ type: TabStopType.LEFT, position: Math.round(width * 0.55) }, ...tabs],
        children: [
          new TextRun(typeset(request.signer.position)),
          new TextRun({ children: [new Tab(), '______________'] }),
          new TextRun({ children: [new Tab(), typeset(request.signer.name)] }),
        ],
      }),
    );
  }
  children.push(
    new Paragraph({
      style: STYLES.body,
      spacing: { before: request.signer ? 720 : 3120 },
      tabStops: tabs,
      children: [new TextRun(typeset(`№ ${page.number}`)), new TextRun({ children: [new Tab(), formatDateLong(dateParts(request.date))] })],
    }),
  );
  return children;
}

function buildAwardsDocx(request: AwardsRequest): Document {
  const width = textWidth('portrait');
  const children = request.pages.flatMap((page, index) => pageOf(request, page, index === 0, width));
  return new Document({
    title: typeset(`${request.description}: ${request.event}`),
    creator: 'centre',
    description: request.description,
    styles: DOCUMENT_STYLES,
    theme: THEME,
    sections: [{ properties: sectionProperties('portrait'), children }],
  });
}

export async function renderAwardsDocx(request: AwardsRequest): Promise<Buffer> {
  return packDocx(buildAwardsDocx(request));
}
