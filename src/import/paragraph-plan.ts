// Plans written without a table: headings over numbered or bulleted
// paragraphs. A cyclogram's headings say how often («Ежедневно»,
// «Еженедельно», «1 раз в четверть»); a plan's are its sections or months.
import { readSignature, SIGNATORY } from './around-table.js';
import { paragraphNumbers, readTop, topFields, yearInDocument } from './document-top.js';
import type { ImportedItem, ImportedPlan, ImportedSection, ImportNote } from './imported-plan.js';
import { monthCases, monthsIn } from '../text/russian-words.js';
import { completeDays, monthHeading } from './month-sections.js';
import type { Block, ImportedDocument, Table, TextParagraph } from './table-model.js';

// how often, as cyclograms head their groups: «Ежедневно», «2 раза в месяц», «В течение четверти», «В конце года»
const PERIODICITY =
  /^(?:ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|постоянно|систематически|по мере необходимости|(?:\d+|один|два|три|четыре)\s+раза?\s+в\s+(?:день|неделю|месяц|четверть|триместр|полугодие|год)|раз\s+в\s+(?:неделю|месяц|четверть|триместр|полугодие|год)|в\s+течение\s+(?:года|четверти|триместра|полугодия|месяца|учебного\s+года)|в\s+(?:начале|конце)\s+(?:года|учебного\s+года|четверти|триместра|полугодия|месяца)|в\s+каникулы|в\s+каникулярное\s+время)[.:]?$/i;
const ITEM_MARK = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[-–—•·*●▪])\s*/;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)[.)]\s*/;
// «I. », «Раздел IV.»: a section's own numbering, which `plan build` does again
const SECTION_NUMERAL = /^(?:[Рр]аздел\s+)?[IVXLC]+\.\s*/;

type HeadingKind = 'periodicity' | 'month' | 'section';

// how often, said after who does it: «ежедневно», «1 раз в четверть» (not «в течение года», which ends many a section's name)
const HOW_OFTEN =
  /^(?:ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|(?:\d+|один|два|три|четыре)\s+раза?\s+в\s+(?:день|неделю|месяц|четверть|триместр|полугодие|год))$/i;

/** «Классный руководитель ежедневно:» → «Ежедневно»: a short heading ending in how often, said of who does it. */
function periodicityAtEnd(text: string): string | undefined {
  const words = text.replace(/[.:]$/, '').split(/\s+/);
  for (let start = 1; start < words.length && start <= 4; start++) {
    const tail = words.slice(start).join(' ');
    if (HOW_OFTEN.test(tail)) return tail.charAt(0).toUpperCase() + tail.slice(1);
  }
  return undefined;
}

// «… (Корецкая Н.А.)», «… (Н.А. Корецкая, Л.В. Ярошук)»: who speaks on a meeting's question, at its end
const NAMES_AT_END = new RegExp(String.raw`^(.*?)\s*\(((?:${SIGNATORY})\.?(?:\s*[,;]\s*(?:${SIGNATORY})\.?)*)\)\.?$`, 's');

/** A section's month: «Сентябрь», or one in brackets after what the section is («Заседание № 1 (сентябрь)»). */
function monthOfSection(heading: string): ReturnType<typeof monthHeading> {
  return monthHeading(heading) ?? monthHeading(/\(([^()]+)\)$/.exec(heading)?.[1] ?? '');
}

// «1 сентября – День знаний», «08.09 — Международный день грамотности»: a date, a dash, what happens
const DATED_ITEM = new RegExp(
  String.raw`^((?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:${monthsIn('genitive').join('|')})|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?))\s+[-–—]\s+(.+)$`,
  'is',
);

// what a timing says: a month, a date, a term, how often (a name or a post says none of these)
const MONTH_WORDS = [...new Set(monthCases.flatMap((forms) => Object.values(forms)))].join('|');
const TIMING_WORDS = new RegExp(
  String.raw`\d|(?<!\p{L})(?:${MONTH_WORDS})(?!\p{L})|течени|ежедн|еженед|ежемес|ежегод|четверт|полугод|триместр|каникул|неделю|месяц|по запросу|по плану|постоянно`,
  'iu',
);
// the column names of a plan typed as tab-aligned lines: «Мероприятие → Сроки → Ответственные»
const COLUMN_NAME =
  /^(?:№(?:\s*п\/п)?|мероприяти[ея]|содержание(?: работы)?|наименование.*|сроки?(?: проведения| исполнения)?|дата|ответственн(?:ые|ый)|исполнител[ьи])$/i;

/**
 * A line typed as columns aligned by tabs: «Семинар → октябрь → Центр». Three or more columns are what,
 * when and who; of two, the second is when if it reads as a timing, else who. `header` is the line of
 * column names.
 */
function tabbedColumns(text: string): { activity: string; timing?: string; responsible: string[] } | 'header' | undefined {
  const columns = text
    .split('\t')
    .map((column) => column.trim())
    .filter(Boolean);
  if (columns.length < 2) return undefined;
  if (columns.every((column) => COLUMN_NAME.test(column))) return 'header';
  const people = (columns: string[]) => columns.flatMap((column) => column.split(/\s*[,;]\s*/)).filter(Boolean);
  const [activity, second, ...rest] = columns as [string, string, ...string[]];
  if (rest.length > 0) return { activity, timing: second, responsible: people(rest) };
  return TIMING_WORDS.test(second) ? { activity, timing: second, responsible: [] } : { activity, responsible: people([second]) };
}

/** What a paragraph heads, if it is a heading: short, not an item, and bold or a periodicity or a month. */
function headingKind(paragraph: TextParagraph): HeadingKind | undefined {
  const text = paragraph.text;
  if (text === '' || text.includes('\n') || text.length > 80 || paragraph.listItem || ITEM_MARK.test(text)) return undefined;
  const plain = text.replace(SECTION_NUMERAL, '');
  if (PERIODICITY.test(plain) || periodicityAtEnd(plain)) return 'periodicity';
  if (monthHeading(plain)) return 'month';
  return paragraph.bold && !/[.;,]$/.test(plain) ? 'section' : undefined;
}

/**
 * The plan in a document with no plan table, or undefined when its
 * paragraphs are not laid out as one (no heading with items under it).
 */
export function mapParagraphPlan(document: ImportedDocument): ImportedPlan | undefined {
  const blocks = document.blocks;
  const kinds = blocks.map((block) => (block.kind === 'paragraph' ? headingKind(block.paragraph) : undefined));
  // a cyclogram when its headings say how often; a plan of sections or months otherwise
  const cyclogram = kinds.some((kind) => kind === 'periodicity');
  // the first heading with an item under it: a bold title over the first heading heads nothing
  const nextText = (from: number) => blocks.findIndex((block, index) => index > from && block.kind === 'paragraph' && block.paragraph.text !== '');
  const first = kinds.findIndex((kind, index) => {
    if (kind === undefined || (cyclogram && kind !== 'periodicity')) return false;
    const next = nextText(index);
    return next >= 0 && kinds[next] === undefined;
  });
  if (first < 0) return undefined;
  const numbers = paragraphNumbers(blocks);
  const sections: ImportedSection[] = [];
  const notes: ImportNote[] = [];
  const marked = new Set<ImportedItem>();
  for (let index = first; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph') continue;
    const paragraph = block.paragraph;
    const place = { paragraph: numbers.get(paragraph)! };
    const kind = kinds[index];
    if (kind !== undefined && (!cyclogram || kind === 'periodicity')) {
      const heading = paragraph.text.replace(SECTION_NUMERAL, '').replace(/[.:]$/, '');
      sections.push({ heading: (kind === 'periodicity' && periodicityAtEnd(heading)) || heading, items: [] });
      continue;
    }
    const text = paragraph.text;
    if (text === '') continue;
    const number = NUMBERED.exec(text)?.[1];
    const unmarked = text.replace(ITEM_MARK, '');
    const columns = tabbedColumns(unmarked);
    if (columns === 'header') continue;
    const dated = cyclogram || columns ? null : DATED_ITEM.exec(unmarked);
    const activity = columns?.activity ?? (dated ? dated[2]!.trim() : unmarked);
    const named = columns ? null : NAMES_AT_END.exec(activity);
    const item: ImportedItem = {
      ...(number ? { number } : {}),
      activity: named ? named[1]! : activity,
      responsible: columns?.responsible ?? (named ? named[2]!.split(/\s*[,;]\s*/).map((name) => name.trim()) : []),
      place,
    };
    const section = sections.at(-1)!;
    const month = cyclogram ? undefined : monthOfSection(section.heading);
    const timing = columns?.timing ?? (dated ? dated[1]!.replace(/\s*-\s*/, '–') : month ? completeDays(undefined, month) : undefined);
    const placed = timing ? { ...item, timing } : item;
    if (paragraph.listItem || ITEM_MARK.test(text)) marked.add(placed);
    section.items.push(placed);
  }
  // in a section whose items are numbered or bulleted, the plain lines above its first item say what the
  // section is («Форма проведения: …», «Тема: …», «Вопросы для обсуждения:»): notes, not items
  for (const section of sections) {
    const firstMarked = section.items.findIndex((item) => marked.has(item));
    for (const line of section.items.splice(0, Math.max(firstMarked, 0))) notes.push({ code: 'import-unplaced-text', place: line.place, text: line.activity });
  }
  // the signature under the last list: the unmarked paragraphs after its last numbered or bulleted item
  const last = sections.at(-1)!;
  const lastMarked = last.items.reduce((found, item, index) => (marked.has(item) ? index : found), -1);
  const after = last.items.slice(Math.max(lastMarked + 1, last.items.length - 4));
  const { signature, rest } = readSignature(after.map((item) => ({ text: item.activity, place: item.place })));
  if (signature) {
    const kept = new Set(rest.map((line) => line.place.paragraph));
    const signed = after.filter((item) => !kept.has(item.place.paragraph));
    for (const item of signed) last.items.splice(last.items.indexOf(item), 1);
  }
  const filled = sections.filter((section) => section.items.length > 0);
  if (filled.length === 0) return undefined;
  const tableNumbers = new Map<Table, number>();
  blocks.forEach((block) => block.kind === 'table' && tableNumbers.set(block.table, tableNumbers.size + 1));
  const top = readTop(blocks.slice(0, first) as Block[], tableNumbers, []);
  for (const note of top.notes) notes.push(note);
  if (top.title.title === '') notes.push({ code: 'import-no-title', place: { paragraph: 1 } });
  const yearInText = top.title.academicYear || top.title.period ? undefined : yearInDocument(blocks);
  if (yearInText) notes.push({ code: 'import-year-from-text', place: yearInText.place, text: yearInText.year });
  return {
    kind: cyclogram || /^циклограмм/i.test(top.title.title) ? 'cyclogram' : 'plan',
    ...topFields(top, yearInText),
    approvals: top.approvals,
    extraColumns: [],
    sections: filled,
    ...(signature ? { signature } : {}),
    notes,
  };
}
