// The text around the plan table: approval stamps and the title above it,
// the signature below. Works on lines, whatever laid them out: a borderless
// table, tabs, or paragraphs one under another.
import type { ImportedApproval, ImportNote, Place } from './imported-plan.js';
import { FULL_DATE, readRussianDate } from './russian-dates.js';

export interface PlacedLine {
  readonly text: string;
  readonly place: Place;
}

const STAMP = /^(согласовано|утверждаю|утвержд[её]н[аоы]?|рассмотрено|принято|принят[аы]?)(?![а-яё])[\s:.]*(.*)$/i;
// «Н.К. Антюфеева», «Н.К.Антюфеева», «Антюфеева Н.К.», and «НК Антюфеева» with the dots lost
const SIGNATORY = String.raw`[А-ЯЁ]\.\s*[А-ЯЁ]\.?\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s*[А-ЯЁ]\.?|[А-ЯЁ]{2}\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?`;
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
  return match ? { before: match[1]!.replace(/[_\s:]+$/, '').trim(), name: normaliseName(match[2]!) } : undefined;
}

const BLANK_DATE = /^[«"]?\s*_*\s*[»"]?\s*_*\s*(20__|\d{4})\s*г?\.?$/;

/** The date line of a signed stamp: a full date, a year under blanks, or blanks alone; undefined when it is not one. */
function approvalDate(text: string): { date?: string | number } | undefined {
  const full = readRussianDate(text.replace(/[«»"]/g, ''));
  if (full) return { date: full };
  const blank = BLANK_DATE.exec(text.trim());
  if (!blank) return undefined;
  return blank[1] === '20__' ? {} : { date: Number(blank[1]) };
}

const ORDER = new RegExp(String.raw`^(.*?)\s+от\s+(${FULL_DATE})\s*(?:г\.?|года)?\s*№\s*(\S+)\.?$`, 'i');
const PROTOCOL = new RegExp(String.raw`^(.*?)[,\s]*протокол(?:ом)?\s*№\s*([^\s,]+)[,\s]*(?:от\s+(${FULL_DATE})\s*(?:г\.?|года)?)?\.?$`, 'i');

const ORDER_NUMBER_FIRST = new RegExp(String.raw`^(.*?)\s+№\s*(\S+)\s+от\s+(${FULL_DATE})\s*(?:г\.?|года)?\.?$`, 'i');

/** «приказом … от 30.08.2023 № 01-10/96» or «приказом … № 45 от 30.08.2023». */
function readOrder(text: string): { order: string; orderDate: string; orderNumber: string } | undefined {
  const dateFirst = ORDER.exec(text);
  const numberFirst = dateFirst ? undefined : ORDER_NUMBER_FIRST.exec(text);
  const [order, date, number] = dateFirst ? [dateFirst[1]!, dateFirst[2]!, dateFirst[3]!] : numberFirst ? [numberFirst[1]!, numberFirst[3]!, numberFirst[2]!] : [];
  const orderDate = date === undefined ? undefined : readRussianDate(date);
  return orderDate && order ? { order: order.trim(), orderDate, orderNumber: number! } : undefined;
}

interface StampResult {
  readonly approval?: ImportedApproval;
  /** Lines used, counting the stamp's. */
  readonly used: number;
}

function readStamp(stampWord: string, rest: string, following: readonly string[]): StampResult {
  const word = stampWord.toUpperCase().replace('Ё', 'Е');
  // «УТВЕРЖДЁН приказом … от … № …» and «Утверждено на заседании …, протокол № … от …» may run over several lines
  for (let count = 0; count <= Math.min(following.length, 6); count++) {
    const text = [rest, ...following.slice(0, count)].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    const protocol = PROTOCOL.exec(text);
    if (protocol && /^(УТВЕРЖДЕНО|РАССМОТРЕНО|ПРИНЯТО|ПРИНЯТ|ПРИНЯТА)$/.test(word)) {
      const stamp = word === 'РАССМОТРЕНО' ? 'РАССМОТРЕНО' : word.startsWith('ПРИНЯТ') ? 'ПРИНЯТО' : 'УТВЕРЖДЕНО';
      const protocolDate = protocol[3] ? readRussianDate(protocol[3]) : undefined;
      const approval = { stamp, meeting: protocol[1]!.trim(), protocolNumber: protocol[2]!, ...(protocolDate ? { protocolDate } : {}) } as const;
      return { approval, used: count + 1 };
    }
    const order = readOrder(text);
    if (order && /^УТВЕРЖДЕН[АЫ]?$/.test(word)) {
      const stamp = word === 'УТВЕРЖДЕНА' ? 'УТВЕРЖДЕНА' : 'УТВЕРЖДЁН';
      return { approval: { stamp, ...order }, used: count + 1 };
    }
  }
  if (word !== 'СОГЛАСОВАНО' && word !== 'УТВЕРЖДАЮ') return { used: 1 };
  const position: string[] = rest ? [rest] : [];
  for (let index = 0; index < following.length && index < 8; index++) {
    const line = following[index]!;
    if (STAMP.test(line)) break;
    const named = nameLine(line);
    if (named) {
      if (named.before) position.push(named.before);
      const dated = following[index + 1] === undefined ? undefined : approvalDate(following[index + 1]!);
      if (position.length === 0) break;
      const approval = { stamp: word, position: position.join('\n'), name: named.name, ...(dated?.date !== undefined ? { date: dated.date } : {}) } as const;
      return { approval, used: index + 2 + (dated ? 1 : 0) };
    }
    if (approvalDate(line)) break;
    position.push(line);
  }
  return { used: 1 };
}

/**
 * The stamps found in a run of lines (one cell, or one column of text), and
 * the lines that belong to none.
 */
export function readApprovals(lines: readonly PlacedLine[]): { approvals: ImportedApproval[]; rest: PlacedLine[]; incomplete: ImportNote[] } {
  const approvals: ImportedApproval[] = [];
  const rest: PlacedLine[] = [];
  const incomplete: ImportNote[] = [];
  for (let index = 0; index < lines.length; ) {
    const stamp = STAMP.exec(lines[index]!.text);
    if (!stamp) {
      rest.push(lines[index++]!);
      continue;
    }
    // a stamp reads at most nine lines after its own (eight, and a date under the name)
    const result = readStamp(stamp[1]!, stamp[2]!.trim(), lines.slice(index + 1, index + 10).map((line) => line.text));
    if (result.approval) approvals.push(result.approval);
    else incomplete.push({ code: 'import-incomplete-approval', place: lines[index]!.place, text: lines[index]!.text });
    index += result.used;
  }
  return { approvals, rest, incomplete };
}

const ACADEMIC_YEAR = /[\s,]*(?:на|в)\s+(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*(?:гг?\.?\s*)?(?:учебн(?:ый|ого|ом)|уч\.)\s*(?:год[ау]?|г\.?)?\.?/i;
const PERIOD = new RegExp(String.raw`[\s,]*на\s+период\s+с\s+(${FULL_DATE})\s*(?:г\.?)?\s+по\s+(${FULL_DATE})\s*(?:г\.?)?`, 'i');

/** The title's lines without its academic year or period, which are returned apart. */
export function readTitle(lines: readonly string[]): { title: string; academicYear?: string; period?: { from: string; to: string } } {
  let text = lines.join('\n');
  let academicYear: string | undefined;
  let period: { from: string; to: string } | undefined;
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

const isPositionLine = (text: string) => text !== '' && text.length < 80 && !nameLine(text) && !STAMP.test(text);

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
    if (position.length === 0) continue;
    const cleaned = position.map((line) => line.replace(/[\s:_]+$/, '')).filter(Boolean);
    if (cleaned.length === 0) continue;
    return { signature: { position: cleaned.join('\n'), name: named.name }, rest: [...lines.slice(0, first), ...lines.slice(index + 1)] };
  }
  return { rest: [...lines] };
}
