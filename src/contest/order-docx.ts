// The draft «Приказ об итогах» of a contest, in the house style of the plans:
// «ПРОЕКТ», the approval stamp of the one who signs the diplomas, the order's
// heading with blanks for its date and number, what is ordered (the results
// approved, the winners and prize-winners per nomination, diplomas and
// certificates) and the signature line. Pure: the ranking comes in.
import { AlignmentType, Document, Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { packDocx } from '../docs/table-xml.js';
import { approvalTable } from '../docs/approvals.js';
import { DOCUMENT_STYLES, emptyParagraph, paragraph, sectionProperties, STYLES, textWidth, THEME } from '../docs/page.js';
import { formatDateLong, romanNumeral, typeset } from '../text/typography.js';
import type { Contest } from '../schema/contest.js';
import { dateParts, type IsoDate } from '../schema/iso-date.js';
import type { StageRanking } from './ranking.js';

export interface OrderRequest {
  readonly contest: Contest;
  readonly ranking: StageRanking;
  /** The day of the jury's protocol. */
  readonly protocolDate: IsoDate;
  readonly schoolName: (school: string) => string;
}

export const ORDER_DESCRIPTION = 'Проект приказа об итогах конкурса';

const justified = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 } } as const;

/** «Самый классный классный» out of «Муниципальный конкурс … «Самый классный классный»», else the whole title in quotes. */
function contestName(title: string): string {
  const quoted = /«.+»\s*$/u.exec(title.trim())?.[0];
  return quoted ?? `«${title.trim()}»`;
}

function winners(request: OrderRequest): Paragraph[] {
  const lines = request.ranking.nominations.flatMap((nomination) => {
    const placed = nomination.rows.filter((row) => row.place !== undefined && row.place !== 'участник');
    if (placed.length === 0) return [];
    const names = placed.map(
      (row) =>
        `${typeof row.place === 'number' ? `${romanNumeral(row.place)} место` : row.place} — ${row.participant.name} (${request.schoolName(row.participant.school)})`,
    );
    return [`в номинации ${nomination.title}: ${names.join('; ')}`];
  });
  return lines.map((line, index) => paragraph(`${line}${index === lines.length - 1 ? '.' : ';'}`, STYLES.body, justified));
}

function buildOrderDocx(request: OrderRequest): Document {
  const { contest } = request;
  const width = textWidth('portrait');
  const signer = contest.signatures?.diplomas;
  const stamp = signer ? approvalTable([{ stamp: 'УТВЕРЖДАЮ', position: signer.position, name: signer.name }], 'portrait') : undefined;
  const name = contestName(contest.title);
  const children: FileChild[] = [
    paragraph('ПРОЕКТ', STYLES.title, { alignment: AlignmentType.RIGHT }),
    ...(stamp ? [stamp, emptyParagraph()] : []),
    paragraph(contest.organiser, STYLES.title),
    emptyParagraph(),
    paragraph('ПРИКАЗ', STYLES.title),
    emptyParagraph(),
    new Paragraph({
      style: STYLES.body,
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      children: [new TextRun('«___» ____________ 20___ г.'), new TextRun({ children: [new Tab(), '№ _______'] })],
    }),
    emptyParagraph(),
    paragraph(`Об итогах конкурса ${name}`, STYLES.title),
    emptyParagraph(),
    paragraph(
      `На основании протокола заседания жюри от ${formatDateLong(dateParts(request.protocolDate))} по итогам этапа «${request.ranking.stage.title}» конкурса ${name}`,
      STYLES.body,
      justified,
    ),
    paragraph('ПРИКАЗЫВАЮ:', STYLES.body, { spacing: { before: 120, after: 120 } }),
    paragraph(`1. Утвердить итоги конкурса ${name} (протокол заседания жюри прилагается).`, STYLES.body, justified),
    paragraph('2. Признать победителями и призёрами конкурса:', STYLES.body, justified),
    ...winners(request),
    paragraph('3. Наградить победителей и призёров дипломами, участников конкурса — сертификатами участника.', STYLES.body, justified),
    paragraph('4. Контроль за исполнением настоящего приказа оставляю за собой.', STYLES.body, justified),
    emptyParagraph(),
    emptyParagraph(),
  ];
  if (signer) {
    children.push(
      new Paragraph({
        style: STYLES.body,
        tabStops: [
          { type: TabStopType.LEFT, position: Math.round(width * 0.55) },
          { type: TabStopType.RIGHT, position: width },
        ],
        children: [
          new TextRun(typeset(signer.position)),
          new TextRun({ children: [new Tab(), '______________'] }),
          new TextRun({ children: [new Tab(), typeset(signer.name)] }),
        ],
      }),
    );
  }
  return new Document({
    title: typeset(`Приказ об итогах конкурса ${name}`),
    creator: 'centre',
    description: ORDER_DESCRIPTION,
    styles: DOCUMENT_STYLES,
    theme: THEME,
    sections: [{ properties: sectionProperties('portrait'), children }],
  });
}

export async function renderOrderDocx(request: OrderRequest): Promise<Buffer> {
  return packDocx(buildOrderDocx(request));
}
