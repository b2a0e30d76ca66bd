// The DOCX «Протокол заседания жюри» of a contest's stage: the title, the
// date, the members present, the ranking per nomination as a table, the
// decision (who goes on, or the winners and prize-winners) and the signature
// lines, in the house style of the centre's documents.
import { AlignmentType, Document, Paragraph, Tab, TabStopType, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { packDocx } from '../docs/table-xml.js';
import type { Contest } from '../schema/contest.js';
import type { RankedParticipant, StageRanking } from './ranking.js';
import { DOCUMENT_STYLES, emptyParagraph, pageHeaders, paragraph, sectionProperties, STYLES, textWidth, THEME } from '../docs/page.js';
import { formatDateLong, typeset } from '../text/typography.js';
import { dateParts, type IsoDate } from '../schema/iso-date.js';

/** What a protocol's document properties say it is: how the command knows a protocol it wrote. */
export const PROTOCOL_DESCRIPTION = 'Протокол заседания жюри';

export interface ProtocolRequest {
  readonly contest: Contest;
  readonly ranking: StageRanking;
  /** The day of the meeting. */
  readonly date: IsoDate;
  readonly schoolName: (school: string) => string;
}

/** «Методист» → «методист» after a name and a comma; «МБОУ …» stays as it is. */
const inSentence = (position: string) => (/^\p{Lu}\p{Ll}/u.test(position) ? position.charAt(0).toLocaleLowerCase('ru') + position.slice(1) : position);

const justified = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 } } as const;
const score = (value: number) => String(value).replace('.', ',');

/** «1 место», «победитель», «проходит в следующий этап», or nothing. */
function resultWords(row: RankedParticipant, nextStage: string | undefined): string {
  if (typeof row.place === 'number') return `${row.place} место`;
  if (row.place !== undefined) return row.place;
  if (row.advances) return nextStage ? `проходит в этап «${nextStage}»` : 'проходит дальше';
  return '';
}

function cell(text: string, style: string, width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ style, children: [new TextRun(typeset(text))] })] });
}

function rankingTable(ranking: StageRanking, rows: readonly RankedParticipant[], schoolName: (school: string) => string, nextStage: string | undefined): Table {
  const width = textWidth('portrait');
  const widths = [900, 3000, 2700, 1300, width - 900 - 3000 - 2700 - 1300];
  const header = ['Ранг', 'Участник', 'Организация', `Балл (из ${score(ranking.maximum)})`, 'Результат'];
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, STYLES.cellHeading, widths[i]!)) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(row.rank === undefined ? '—' : String(row.rank), STYLES.cellCentred, widths[0]!),
              cell(row.participant.name, STYLES.cell, widths[1]!),
              cell(schoolName(row.participant.school), STYLES.cell, widths[2]!),
              cell(row.total === undefined ? '—' : score(row.total), STYLES.cellCentred, widths[3]!),
              cell(resultWords(row, nextStage), STYLES.cell, widths[4]!),
            ],
          }),
      ),
    ],
  });
}

function decision(ranking: StageRanking, nextStage: string | undefined): Paragraph[] {
  const named = (rows: readonly RankedParticipant[]) => rows.map((row) => `${row.participant.name} (${resultWords(row, nextStage)})`).join('; ');
  return ranking.nominations.flatMap((nomination) => {
    const chosen = nomination.rows.filter((row) => row.place !== undefined || row.advances);
    if (chosen.length === 0) return [];
    const verb = nextStage ? `Допустить к этапу «${nextStage}»` : 'Признать победителями и призёрами';
    return [paragraph(`${verb} в номинации ${nomination.title}: ${named(chosen)}.`, STYLES.body, justified)];
  });
}

function signatureLines(contest: Contest, width: number): Paragraph[] {
  const signers =
    contest.signatures?.protocol ?? contest.jury.map((juror) => ({ position: juror.chair ? 'Председатель жюри' : 'Член жюри', name: juror.name }));
  return signers.map(
    (signer) =>
      new Paragraph({
        style: STYLES.body,
        keepLines: true,
        spacing: { before: 240 },
        tabStops: [
          { type: TabStopType.LEFT, position: Math.round(width * 0.5) },
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

function buildProtocolDocx({ contest, ranking, date, schoolName }: ProtocolRequest): Document {
  const width = textWidth('portrait');
  const stageIndex = contest.stages.indexOf(ranking.stage);
  const nextStage = ranking.stage.advance ? contest.stages[stageIndex + 1]?.title : undefined;
  const present = contest.jury.filter((juror) => !ranking.stage.jury || ranking.stage.jury.includes(juror.id));
  const children: FileChild[] = [
    paragraph('ПРОТОКОЛ', STYLES.title),
    paragraph('заседания жюри', STYLES.title),
    paragraph(contest.title, STYLES.title),
    paragraph(ranking.stage.title, STYLES.title, { spacing: { after: 240 } }),
    paragraph(formatDateLong(dateParts(date)), STYLES.body, { alignment: AlignmentType.RIGHT }),
    emptyParagraph(),
    paragraph('Присутствовали члены жюри:', STYLES.body),
    ...present.map((juror) => paragraph(`– ${juror.name}, ${inSentence(juror.position)}${juror.chair ? ' (председатель жюри)' : ''};`, STYLES.body, justified)),
    emptyParagraph(),
    paragraph(`Жюри рассмотрело оценочные листы этапа «${ranking.stage.title}» и подвело итоги по номинациям.`, STYLES.body, justified),
  ];
  for (const nomination of ranking.nominations) {
    children.push(
      emptyParagraph(),
      paragraph(`Номинация ${nomination.title}`, STYLES.title, { spacing: { after: 120 } }),
      rankingTable(ranking, nomination.rows, schoolName, nextStage),
    );
  }
  children.push(
    emptyParagraph(),
    paragraph('Решение жюри:', STYLES.title, { alignment: AlignmentType.LEFT }),
    ...decision(ranking, nextStage),
    emptyParagraph(),
    ...signatureLines(contest, width),
  );
  return new Document({
    title: typeset(`Протокол заседания жюри: ${contest.title}, ${ranking.stage.title}`),
    creator: 'centre',
    description: PROTOCOL_DESCRIPTION,
    styles: DOCUMENT_STYLES,
    theme: THEME,
    sections: [{ properties: sectionProperties('portrait'), headers: pageHeaders(), children }],
  });
}

export async function renderProtocolDocx(request: ProtocolRequest): Promise<Buffer> {
  return packDocx(buildProtocolDocx(request));
}
