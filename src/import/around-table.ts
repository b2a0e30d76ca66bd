// The text around the plan table: approval stamps and the title above it,
// the signature below. Works on lines, whatever laid them out: a borderless
// table, tabs, or paragraphs one under another.
import type { ImportedApproval, ImportNote, Place } from './imported-plan.js';
import type { IsoDate } from '../schema/iso-date.js';
import { FULL_DATE, readRussianDate } from './russian-dates.js';

export interface PlacedLine {
  /** Trimmed, as linesOfParagraph gives it. */
  readonly text: string;
  readonly place: Place;
}

const STAMP = /^(согласовано|утверждаю|утвержд[её]н[аоы]?|рассмотрено|принято|принят[аы]?)(?![а-яё])[\s:.]*(.*)$/i;
// «Н.К. Антюфеева», «Н.К.Антюфеева», «Антюфеева Н.К.», and «НК Антюфеева» with the dots lost
export const SIGNATORY = String.raw`[А-ЯЁ]\.\s*[А-ЯЁ]\.?\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s*[А-ЯЁ]\.?|[А-ЯЁ]{2}\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?`;
const NAME_AT_END = new RegExp(String.raw`^(.*?)(?:^|[\s_:]+)(${SIGNATORY})\.?$`);

/** «Л.В.Краснова.» → «Л.В. Краснова»; «Антюфеева Н.К.» → «Н.К. Антюфеева». */
export function normaliseName(name: string): string {
  const initialsFirst = /^([А-ЯЁ])\.?\s*([А-ЯЁ])\.?\s*(\S+?)\.?$/.exec(name.trim());
  if (initialsFirst) return `${initialsFirst[1]}.${initialsFirst[2]}. ${initialsFirst[3]}`;
  const surnameFirst = /^(\S+)\s+([А-ЯЁ])\.\s*([А-ЯЁ])\.?$/.exec(name.trim());
  return surnameFirst ? `${surnameFirst[2]}.${surnameFirst[3]}. ${surnameFirst[1]}` : name.trim();
}

/** A line that ends with a signatory's name: what precedes it (a position, underscores) and the name. */
function nameLine(text: string): { before: string; name: string } | undefined {
  // «/И.И. Иванова/» and «(И.И. Иванова)» under a signature line
  const match = NAME_AT_END.exec(text.replace(/[/()]+/g, ' ').trim());
  // (the lazy position stops before the separators, which the pattern takes whole: it neither starts nor ends with one)
  return match ? { before: match[1]!, name: normaliseName(match[2]!) } : undefined;
}

const BLANK_DATE = /^[«"]?\s*_*\s*[»"]?\s*_*\s*(20__|\d{4})\s*г?\.?$/;

/** The date line of a signed stamp: a full date, a year under blanks, or blanks alone; undefined when it is not one. */
function approvalDate(text: string): { date?: string | number } | undefined {
  const full = readRussianDate(text.replace(/[«»"]/g, ''));
  if (full) return { date: full };
  const blank = BLANK_DATE.exec(text);
  if (!blank) return undefined;
  return blank[1] === '20__' ? {} : { date: Number(blank[1]) };
}

// the number without the full stop that ends the line («№ 7.»)
const ORDER = new RegExp(String.raw`^(?<order>.*?)\s+от\s+(?<date>${FULL_DATE})\s*(?:г\.?|года)?\s*№\s*(?<number>\S+?)\.?$`, 'i');
const PROTOCOL = new RegExp(String.raw`^(.*?)[,\s]*протокол(?:ом)?\s*№\s*([^\s,]+)[,\s]*(?:от\s+(${FULL_DATE})\s*(?:г\.?|года)?)?\.?$`, 'i');

const ORDER_NUMBER_FIRST = new RegExp(String.raw`^(?<order>.*?)\s+№\s*(?<number>\S+)\s+от\s+(?<date>${FULL_DATE})\s*(?:г\.?|года)?\.?$`, 'i');

/** «приказом … от 30.08.2023 № 01-10/96» or «приказом … № 45 от 30.08.2023». */
function readOrder(text: string): { order: string; orderDate: string; orderNumber: string } | undefined {
  const found = (ORDER.exec(text) ?? ORDER_NUMBER_FIRST.exec(text))?.groups;
  if (!found) return undefined;
  // (the lazy order stops before the spaces ahead of «от» or «№»)
  const orderDate = readRussianDate(found.date!);
  return orderDate && found.order ? { order: found.order, orderDate, orderNumber: found.number! } : undefined;
}

const ORDER_LINE = /^(?:приказ|пр\.)\s*№/i;

/** «Приказ № 112-од от 29.08.2025 г.», «Приказ от 29.08.2025 № 112-од». */
function readOrderLine(text: string): { orderNumber: string; orderDate?: string } | undefined {
  if (!/^(?:приказ|пр\.)(?![а-яё])/i.test(text)) return undefined;
  // (without the stop that ends the line: «№ 7.»)
  const number = /№\s*([^\s,;]*[^\s,;.])/.exec(text)?.[1];
  if (number === undefined) return undefined;
  const dateText = new RegExp(String.raw`от\s+(${FULL_DATE})`, 'i').exec(text)?.[1];
  const orderDate = dateText === undefined ? undefined : readRussianDate(dateText);
  return { orderNumber: number, ...(orderDate ? { orderDate } : {}) };
}

interface StampResult {
  readonly approval?: ImportedApproval;
  /** Lines used, counting the stamp's. */
  readonly used: number;
}

// the stamp words (as STAMP finds them, upper case, «Ё» as «Е») that a protocol or an order may follow
const BY_PROTOCOL = new Set(['УТВЕРЖДЕНО', 'РАССМОТРЕНО', 'ПРИНЯТО', 'ПРИНЯТ', 'ПРИНЯТА']);
const BY_ORDER = new Set(['УТВЕРЖДЕН', 'УТВЕРЖДЕНА', 'УТВЕРЖДЕНЫ', 'УТВЕРЖДЕНО']);

function readStamp(stampWord: string, rest: string, following: readonly string[]): StampResult {
  const word = stampWord.toUpperCase().replace('Ё', 'Е');
  // «УТВЕРЖДЁН приказом … от … № …» and «Утверждено на заседании …, протокол № … от …» may run over several lines
  for (let count = 0; count <= Math.min(following.length, 6); count++) {
    const text = [rest, ...following.slice(0, count)].join(' ').replace(/\s+/g, ' ').trim();
    const protocol = PROTOCOL.exec(text);
    if (protocol && BY_PROTOCOL.has(word)) {
      const stamp = word === 'РАССМОТРЕНО' ? 'РАССМОТРЕНО' : word.startsWith('ПРИНЯТ') ? 'ПРИНЯТО' : 'УТВЕРЖДЕНО';
      const protocolDate = protocol[3] ? readRussianDate(protocol[3]) : undefined;
      const approval = { stamp, meeting: protocol[1]!.trim(), protocolNumber: protocol[2]!, ...(protocolDate ? { protocolDate } : {}) } as const;
      return { approval, used: count + 1 };
    }
    const order = readOrder(text);
    if (order && BY_ORDER.has(word)) {
      const stamp = word === 'УТВЕРЖДЕНА' ? 'УТВЕРЖДЕНА' : word === 'УТВЕРЖДЕНО' ? 'УТВЕРЖДЕНО' : 'УТВЕРЖДЁН';
      return { approval: { stamp, ...order }, used: count + 1 };
    }
  }
  if (word !== 'СОГЛАСОВАНО' && word !== 'УТВЕРЖДАЮ') return { used: unreadStampLength(following) };
  const position: string[] = rest ? [rest] : [];
  for (let index = 0; index < following.length && index < 8; index++) {
    const line = following[index]!;
    if (STAMP.test(line)) break;
    const named = nameLine(line);
    if (named) {
      if (named.before) position.push(named.before);
      const dated = following[index + 1] === undefined ? undefined : approvalDate(following[index + 1]!);
      if (position.length === 0) break;
      // «Приказ № 112-од от 29.08.2025» under the date (or under the name when there is no date line)
      const orderAt = index + 1 + (dated ? 1 : 0);
      const order = following[orderAt] === undefined ? undefined : readOrderLine(following[orderAt]!);
      const approval = {
        stamp: word,
        position: position.join('\n'),
        name: named.name,
        ...(dated?.date !== undefined ? { date: dated.date } : {}),
        ...(order ?? {}),
      } as const;
      return { approval, used: orderAt + 1 + (order ? 1 : 0) };
    }
    if (approvalDate(line)) break;
    position.push(line);
  }
  return { used: unreadStampLength(following) };
}

/**
 * How many lines a stamp that could not be read takes, its own included: up
 * to its date or signatory line when one comes within a few lines, else its
 * own line alone. They go into the note, never into the title.
 */
function unreadStampLength(following: readonly string[]): number {
  for (let index = 0; index < Math.min(following.length, 5); index++) {
    const line = following[index]!;
    if (STAMP.test(line)) return index + 1;
    if (approvalDate(line) || nameLine(line) || ORDER_LINE.test(line)) {
      const next = following[index + 1];
      return index + 2 + (next !== undefined && (approvalDate(next) || ORDER_LINE.test(next)) ? 1 : 0);
    }
  }
  return 1;
}

/**
 * The stamps found in a run of lines (one cell, or one column of text), and
 * the lines that belong to none.
 */
export function readApprovals(lines: readonly PlacedLine[]): { approvals: ImportedApproval[]; rest: PlacedLine[]; incomplete: ImportNote[] } {
  const approvals: ImportedApproval[] = [];
  const rest: PlacedLine[] = [];
  const incomplete: ImportNote[] = [];
  for (let index = 0; index < lines.length;) {
    const stamp = STAMP.exec(lines[index]!.text);
    if (!stamp) {
      rest.push(lines[index++]!);
      continue;
    }
    // a stamp reads at most nine lines after its own (eight, and a date under the name)
    const result = readStamp(
      stamp[1]!,
      stamp[2]!,
      lines.slice(index + 1, index + 10).map((line) => line.text),
    );
    if (result.approval) approvals.push(result.approval);
    else {
      const text = lines
        .slice(index, index + result.used)
        .map((line) => line.text)
        .join(' / ');
      incomplete.push({ code: 'import-incomplete-approval', place: lines[index]!.place, text });
    }
    index += result.used;
  }
  return { approvals, rest, incomplete };
}

const ACADEMIC_YEAR = /[\s,]*(?:на|в)\s+(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*(?:гг?\.?\s*)?(?:учебн(?:ый|ого|ом)|уч\.)\s*(?:год[ау]?|г\.?)?\.?/i;
const PERIOD = new RegExp(String.raw`[\s,]*на\s+период\s+с\s+(${FULL_DATE})\s*(?:г\.?)?\s+по\s+(${FULL_DATE})\s*(?:г\.?)?`, 'i');

/** The title's lines without its academic year or period, which are returned apart. */
export function readTitle(lines: readonly string[]): { title: string; academicYear?: string; period?: { from: IsoDate; to: IsoDate } } {
  let text = lines.join('\n');
  let academicYear: string | undefined;
  let period: { from: IsoDate; to: IsoDate } | undefined;
  const year = ACADEMIC_YEAR.exec(text);
  if (year) {
    const first = Number(year[1]);
    const second = year[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(year[2]) : Number(year[2]);
    if (second === first + 1) {
      academicYear = `${first}-${second}`;
      text = text.replace(year[0], '');
    }
  }
  const span = PERIOD.exec(text);
  const from = span ? readRussianDate(span[1]!) : undefined;
  const to = span ? readRussianDate(span[2]!) : undefined;
  if (span && from && to) {
    period = { from, to };
    text = text.replace(span[0], '');
  }
  const title = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return { title, ...(academicYear ? { academicYear } : {}), ...(period ? { period } : {}) };
}

// (a sentence's closing stop is an item's or a note's, never a position's: «Семинар для педагогов.» above a signature stays in the plan)
const isPositionLine = (text: string) => text !== '' && text.length < 80 && !/[.;!?]$/.test(text) && !nameLine(text) && !STAMP.test(text);

/**
 * The signature under the table: the last line that ends with a name, and the
 * position before it (on the same line, or the lines just above).
 */
export function readSignature(lines: readonly PlacedLine[]): { signature?: { position: string; name: string }; rest: PlacedLine[] } {
  for (let index = lines.length - 1; index >= 0; index--) {
    const named = nameLine(lines[index]!.text.replace(/\t+/g, ' '));
    if (!named) continue;
    const position: string[] = named.before ? [named.before] : [];
    let first = index;
    // a name alone on its line may stand under its position with blank lines between
    if (position.length === 0) while (first > 0 && lines[first - 1]!.text === '') first--;
    while (first > 0 && position.length < 4 && isPositionLine(lines[first - 1]!.text)) position.unshift(lines[--first]!.text);
    const cleaned = position.map((line) => line.replace(/[\s:_]+$/, '')).filter(Boolean);
    if (cleaned.length === 0) continue;
    return { signature: { position: cleaned.join('\n'), name: named.name }, rest: [...lines.slice(0, first), ...lines.slice(index + 1)] };
  }
  return { rest: [...lines] };
}

/** What stands above a plan's table besides its stamps and title. */
export interface FrontMatter {
  appendixTo?: string;
  epigraph?: string;
  goal?: string;
  tasks?: string[];
}

const APPENDIX = /^приложение(?:\s*(?:№\s*)?\d+)?(?![а-яё])/i;
// «к приказу …», «МБОУ «СОШ № 3»», «от 29.08.2025 № 112», «(в редакции …)» carry the appendix line on; a
// title under it («КАЛЕНДАРНЫЙ ПЛАН …», «План работы …») begins what follows
const APPENDIX_GOES_ON = /^(?:[а-яё0-9№(«"]|[А-ЯЁ]{2,}\s*[«"])/;
// «2025 год – Год защитника Отечества», «Год педагога и наставника»: a year's theme, never a plan's title
const MOTTO = /^(?:\d{4}\s*(?:год|г\.)\s*[-–—:]?\s*)?[«"]?Год\s+[а-яё]/;
const GOAL = /^цел[ьи](?:\s+[а-яё]+){0,4}\s*[:.–—-]\s*/i;
const TASKS = /^задачи(?:\s+[^:]{0,60})?\s*:\s*/i;
const TASK_MARK = /^(?:\d{1,2}[.)]|[-–—•·*])\s*/;

/**
 * Takes the appendix line, the motto, the goal and the tasks out of the lines
 * above the table, wherever they stand; the lines left are returned for the
 * title and the notes. Each part runs on until an empty line or the next part.
 */
export function readFrontMatter(lines: readonly PlacedLine[]): { front: FrontMatter; rest: PlacedLine[] } {
  const front: FrontMatter = {};
  const rest: PlacedLine[] = [];
  let open: 'appendix' | 'goal' | 'tasks' | undefined;
  const append = (field: 'appendixTo' | 'goal', text: string) => (front[field] = front[field] === undefined ? text : `${front[field]}\n${text}`);
  for (const line of lines) {
    const text = line.text;
    if (text === '' || STAMP.test(text)) {
      // a numbered task list may have empty lines between its tasks
      if (text === '' && open === 'tasks') continue;
      open = undefined;
      rest.push(line);
      continue;
    }
    if (APPENDIX.test(text)) {
      open = 'appendix';
      append('appendixTo', text);
    } else if (MOTTO.test(text)) {
      open = undefined;
      front.epigraph = front.epigraph === undefined ? text : `${front.epigraph}\n${text}`;
    } else if (GOAL.test(text)) {
      open = 'goal';
      const goal = text.replace(GOAL, '');
      if (goal) append('goal', goal);
    } else if (TASKS.test(text)) {
      open = 'tasks';
      front.tasks = front.tasks ?? [];
      const first = text.replace(TASKS, '');
      for (const task of splitTasks(first)) front.tasks.push(task);
    } else if (open === 'tasks' && (TASK_MARK.test(text) || /^[а-яё]/.test(text) || front.tasks!.length === 0 || /[;,]$/.test(front.tasks!.at(-1)!))) {
      // a numbered or bulleted task, or one after a task ending in «;», starts a new one; a line in lower case carries on the last
      const tasks = front.tasks!;
      if (/^[а-яё]/.test(text) && tasks.length > 0 && !/[;.]$/.test(tasks.at(-1)!)) tasks[tasks.length - 1] += ` ${text}`;
      else tasks.push(text.replace(TASK_MARK, ''));
    } else if (open === 'goal' || (open === 'appendix' && APPENDIX_GOES_ON.test(text))) append(open === 'appendix' ? 'appendixTo' : 'goal', text);
    else {
      open = undefined;
      rest.push(line);
    }
  }
  if (front.tasks?.length === 0) delete front.tasks;
  return { front, rest };
}

/** «1. Первая. 2. Вторая.» on one line (trimmed, as is what TASKS leaves of it): the tasks it lists. */
function splitTasks(text: string): string[] {
  return text
    .split(/\s+(?=\d{1,2}[.)]\s)/)
    .map((task) => task.replace(TASK_MARK, ''))
    .filter(Boolean);
}

const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})(?!\d)\s*(?:гг?\.?\s*)?(?:учебн|уч\.)/i;
const YEAR_IN_NAME = /(?<!\d)((?:19|20)\d{2})\s*[-–—_.]\s*((?:19|20)?\d{2})(?!\d)/;

/**
 * The academic year a text names: «2025-2026 учебный год», «на 2025/26 уч.
 * год» in a document, or two years that follow each other anywhere in a file
 * name («План_2025-2026.docx»).
 */
export function findAcademicYear(text: string, inFileName = false): string | undefined {
  const match = (inFileName ? YEAR_IN_NAME : YEAR_IN_TEXT).exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  const second = match[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
  return second === first + 1 ? `${first}-${second}` : undefined;
}
