// The head rules: what a phrase is. Each is a function over the tokens of the
// phrase outside brackets; the first that reads the phrase decides, and the
// refiners (refiners.ts) then apply brackets and «кроме …». In order (readHead):
// unscheduled («по мере необходимости»), a term's start or end («по итогам
// четверти», edges.ts), a recurrence or a quota («каждый 3-й понедельник
// месяца», «один раз в четверть») — before the whole period, so that «в течение
// года ежемесячно» is monthly —, the whole period («в течение года»), moved days
// off (moved-days.ts), then dates, ranges, periods and deadlines; last, a
// school week's length with its days («5 дней (понедельник – пятница)»).
import type { Schedule } from '../model.js';
import { applyExcept, isLength, refineWithBrackets, splitBrackets, weekdaysIn } from './refiners.js';
import { readEdge, vagueEdge } from './edges.js';
import { readMovedDays } from './moved-days.js';
import { readRecurrence } from './recurrence.js';
import { checkYearTypo, partOfEveryMonth, rangeSpan, schoolSpans, termSpan, type SpanContext } from './spans.js';
import { summerHolidays } from './school-year.js';
import { readTerms, type Item, type Term } from './terms.js';
import { isMonth, isSpelled, isUnit, isWord, type Token } from './tokens.js';
import type { LinkWord } from './lexicon.js';
import { addDays, daysBetween } from '../days.js';
import type { Span } from '../model.js';
import { numberBeforeUnit } from '../../text/russian-words.js';

/** Words that only link or soften («в», «как правило», «текущего года»): used by any reading, never named as ignored. */
const quietWords: LinkWord[] = ['filler', 'in', 'current', 'time-unit', 'inclusive', 'during', 'whole', 'and', 'period', 'term'];

export function readHead(tokens: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  let { main, groups } = splitBrackets(tokens);
  if (!main.some(meaningful) && groups.length > 0) {
    main = groups.flatMap((group) => group.tokens);
    groups = [];
  }
  // «9 дней (с 30 октября 2022 г. по 7 ноября 2022 г. включительно)»: a length said first, its dates in brackets
  if (
    groups.length === 1 &&
    isLength(main.filter(meaningful)) &&
    groups[0]!.tokens.some((token) => token.type === 'date' || (token.type === 'word' && token.entry?.kind === 'month'))
  ) {
    main = groups[0]!.tokens;
    groups = [];
  }
  // «Выходные дни: суббота, воскресенье» lists the days nothing happens on: not a schedule.
  const firstWord = main.find(meaningful);
  if (isWord(firstWord, 'days-off')) {
    context.notes.push({ code: 'phrase-days-off' });
    return undefined;
  }
  // «конец мая – начало июня»: some days of two months, which ones not said («конец мая» alone is its last decade: edges.ts)
  const vague = main.findIndex((token, index) => isWord(token, 'begin', 'finish', 'middle') && isMonth(main[index + 1]));
  if (vague !== -1 && !readEdge(main, new Set(), { ...context, problems: [], notes: [] })) {
    context.notes.push({ code: 'phrase-vague', params: { value: `${main[vague]!.text} ${main[vague + 1]!.text}` } });
    return undefined;
  }
  const edge = vagueEdge(main, context);
  if (edge !== undefined) {
    context.notes.push({ code: 'phrase-vague-edge', params: { value: edge } });
    return undefined;
  }
  let cut = main.findIndex((token) => isWord(token, 'except', 'days-off'));
  // «за исключением …» is «кроме …»
  if (cut > 0 && isSpelled(main[cut - 1], 'за') && isSpelled(main[cut], 'исключением')) used.add(main[--cut]!);
  // «кроме субботы» alone takes days out of nothing: no core is left to read
  const except = cut >= 0 ? main.slice(cut).filter((token) => !used.has(token)) : [];
  const core = cut >= 0 ? main.slice(0, cut) : main;
  let schedule =
    readUnscheduled(core, used) ??
    readEdge(core, used, context) ??
    readRecurrence(core, used, context) ??
    readWholePeriod(core, used, context) ??
    readMovedDays(core, used, context) ??
    readDates(core, used, context, statedLength(tokens));
  if (!schedule && groups.length === 1) {
    schedule = readSchoolWeek(core, groups[0]!.tokens, used, context);
    if (schedule) groups = [];
  }
  if (!schedule) return undefined;
  // «по графику (март – апрель)», «в течение года (1 раз в четверть)», «2 раза в год (декабрь, май)»: the brackets say more
  const inner =
    groups.length === 1 &&
    (schedule.kind === 'unscheduled' ||
      schedule.kind === 'quota' ||
      (schedule.kind === 'period' && schedule.start === context.period.start && schedule.end === context.period.end))
      ? readInner(groups[0]!.tokens, used, context, schedule)
      : undefined;
  if (inner) {
    schedule = inner;
    groups = [];
  }
  schedule = refineWithBrackets(schedule, groups, core, used, context);
  if (schedule && except.length > 0) schedule = applyExcept(schedule, except, used, context);
  if (!schedule) return undefined;
  // A relative word left over («после», «накануне», «за день до») changes the dates in a way the reader cannot follow.
  const relative = tokens.find((token) => isWord(token, 'relative', 'after-end', 'every-other') && !used.has(token));
  if (relative) {
    context.notes.push({ code: 'phrase-relative', params: { value: relative.text } });
    return undefined;
  }
  markLengths(tokens, used);
  for (const token of tokens) {
    if (isWord(token, ...quietWords) || token.type === 'time') used.add(token);
    // «текущего года», «2025 г.»: the year word after «текущего»
    if (isUnit(token, 'year') && used.has(tokens[tokens.indexOf(token) - 1]!)) used.add(token);
  }
  return schedule;
}

const meaningful = (token: Token) => (token.type === 'word' && !isWord(token, 'filler', 'in', 'and')) || token.type === 'number' || token.type === 'date';

function readUnscheduled(core: readonly Token[], used: Set<Token>): Schedule | undefined {
  const markers = core.filter((token) => isWord(token, 'unscheduled'));
  if (markers.length === 0) return undefined;
  if (readTerms(core).items.some((item) => item.kind === 'term')) return undefined;
  // «по плану ОО», «по графику РЦ», «по запросу школ»: whose plan or request is said, not left unread — a phrase with no dates is an answer
  for (const token of core) used.add(token);
  return { kind: 'unscheduled' };
}

/** «в течение (всего) (учебного) года», «в течение всего периода», «постоянно», «весь год». */
function readWholePeriod(core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const constantly = core.some((token) => isWord(token, 'constantly'));
  const during = core.some((token) => isWord(token, 'during', 'whole'));
  // «в течение месяца» in a plan of one month (a «месячник») is that month; in a year's plan, which month is not said
  const month = core.some((token) => isUnit(token, 'month'));
  const monthLong = month && daysBetween(context.period.start, context.period.end).length <= 31;
  const span = monthLong || core.some((token) => isWord(token, 'period') || isUnit(token, 'year'));
  if (!constantly && !(during && span)) return undefined;
  const { items, used: termTokens } = readTerms(core);
  if (items.some((item) => item.kind === 'term')) {
    // «сентябрь, в течение года»: a start named beside the whole year, which holds it
    const inside = items.every((item) =>
      item.kind === 'link'
        ? item.link === 'comma'
        : item.term.kind === 'month' && (termSpan(item.term, undefined, context)?.start ?? '') >= context.period.start,
    );
    if (!inside || !items.some((item) => item.kind === 'link')) return undefined;
    termTokens.forEach((token) => used.add(token));
    context.notes.push({ code: 'phrase-parts-in-year' });
  }
  for (const token of core)
    if (
      isWord(token, 'constantly', 'during', 'whole', 'period', 'academic', 'in') ||
      (token.type === 'word' && token.entry?.kind === 'unit' && (token.entry.unit === 'year' || token.entry.unit === 'month'))
    )
      used.add(token);
  return { kind: 'period', start: context.period.start, end: context.period.end };
}

interface Piece {
  first: Term;
  firstItem: Item;
  last?: Term;
  from: boolean;
  deadline: boolean;
}

/** Dates, lists, ranges («с … по …», «…–…»), open ranges («с 14.03.2023»), deadlines («до …», «не позднее …»). */
function readDates(core: readonly Token[], used: Set<Token>, context: SpanContext, length?: number): Schedule | undefined {
  const { items, used: termTokens } = readTerms(core);
  const pieces: Piece[] = [];
  let from = false;
  let deadline = false;
  let expectEnd = false;
  // after a comma or «и» only the end of a «с …» range can still come («…, но не позднее 5 сентября»): «октябрь, 2 этап – декабрь» is a list
  let separated = false;
  for (const item of items) {
    const current = pieces.at(-1);
    if (item.kind === 'link') {
      const link = item.link;
      // «в начале учебного года, сентябрь»: a comma ends what «с» or «начало» began
      if (link === 'comma' || link === 'and') [separated, from] = [true, false];
      const open = current !== undefined && current.last === undefined && (!separated || (current.from && link !== 'dash'));
      if (link === 'from' || link === 'begin') from = true;
      else if (link === 'until' || link === 'not-later') {
        // «с 1 апреля до 30 июня», «с 6 июля …, но не позднее 5 сентября»: the end of a range; otherwise a deadline
        if (open && current.from) expectEnd = true;
        else deadline = item.close;
      } else if ((link === 'to' || link === 'dash' || link === 'finish') && open) expectEnd = true;
      continue;
    }
    // «Июнь август 2007 года»: two months with nothing between them are a range, as if a dash stood there
    const juxtaposed =
      current !== undefined &&
      !current.last &&
      items[items.indexOf(item) - 1] === current.firstItem &&
      current.first.kind === 'month' &&
      current.first.year === undefined &&
      item.term.kind === 'month';
    if ((expectEnd || juxtaposed) && current && !current.last) current.last = item.term;
    else pieces.push({ first: item.term, firstItem: item, from, deadline });
    from = deadline = expectEnd = separated = false;
  }
  if (pieces.length === 0) return undefined;
  termTokens.forEach((token) => used.add(token));
  const read = pieces.map((piece) => readPiece(piece, context, length));
  if (read.some((schedule) => schedule === undefined)) return undefined;
  const schedules = read as Schedule[];
  if (schedules.length === 1) return schedules[0];
  const spans = schedules.map(spanOf);
  if (spans.some((span) => span === undefined)) return undefined;
  return joinSpans(spans as Span[], pieces);
}

function readPiece(piece: Piece, context: SpanContext, length?: number): Schedule | undefined {
  const { first, last } = piece;
  if (last) {
    const span = rangeSpan(first, last, context);
    if (!span) return undefined;
    // «с 10.2023 по 06.11.2023 (9 дней)»: the day left out of the start is the one the length gives, if it is in that month
    if (first.kind === 'month' && first.numeric && last.kind === 'day' && length !== undefined) {
      const start = addDays(span.end, 1 - length);
      if (start.slice(0, 7) === span.start.slice(0, 7)) {
        context.notes.push({ code: 'phrase-day-from-length', params: { date: start, days: length } });
        return { kind: 'range', start, end: span.end };
      }
    }
    // «с 10.2023 по 06.11.2023»: a day missing, most likely; read from the month's first, and said
    if (first.kind === 'month' && first.numeric && last.kind === 'day')
      context.problems.push({
        code: 'phrase-day-missing',
        params: { value: `${String(first.month).padStart(2, '0')}.${first.year}`, date: span.start },
        severity: 'warning',
        start: first.start,
        end: first.end,
      });
    checkYearTypo(first, { start: span.start, end: span.start }, context);
    checkYearTypo(last, { start: span.end, end: span.end }, context);
    return { kind: 'range', ...span };
  }
  if (first.kind === 'school' && first.unit === 'holidays' && first.season === undefined && !piece.deadline && !piece.from) {
    // «в каникулы»: each of the year's holidays
    const spans = schoolSpans(first, context);
    return spans.length === 0 ? undefined : { kind: 'dates', spans };
  }
  if (first.kind === 'part' && first.month === undefined) {
    // «1-я неделя месяца»: that week of every month of the plan
    const spans = piece.deadline || piece.from ? [] : partOfEveryMonth(first, context);
    return spans.length === 0 ? undefined : { kind: 'dates', spans };
  }
  // «до каникул»: before which of them is not said
  if (first.kind === 'school' && first.unit === 'holidays' && first.season === undefined && piece.deadline) return undefined;
  const span = termSpan(first, undefined, context);
  if (!span) return undefined;
  checkYearTypo(first, span, context);
  // «до осенних каникул»: the last day before them
  if (piece.deadline) return { kind: 'deadline', due: first.kind === 'school' && first.unit === 'holidays' ? addDays(span.start, -1) : span.end };
  // «с 1 сентября на 2 недели», «с 10.03.2024 (5 дней)»: a start and a length are a range
  if (piece.from && length !== undefined && length > 0 && first.kind === 'day')
    return { kind: 'range', start: span.start, end: addDays(span.start, length - 1) };
  if (piece.from) return openRange(span, context);
  if (first.kind === 'day') return { kind: 'date', date: span.start };
  if (first.kind === 'month' || first.kind === 'part' || first.kind === 'quarter') return { kind: 'range', ...span };
  return { kind: 'period', ...span };
}

/** «С 14.03.2023»: from then on. Begun in the summer holidays, it ends with them (31 August). */
function openRange(span: Span, context: SpanContext): Schedule {
  const { start } = span;
  const first = Number(start.slice(0, 4)) - (Number(start.slice(5, 7)) >= 9 ? 0 : 1);
  const summer = summerHolidays(context.schoolYear(first));
  if (start >= summer.start && start <= summer.end) {
    context.notes.push({ code: 'phrase-open-summer', params: { end: summer.end } });
    return { kind: 'range', start, end: summer.end };
  }
  const end = context.period.end >= start ? context.period.end : addDays(start, 0);
  return { kind: 'range', start, end, open: true };
}

function spanOf(schedule: Schedule): Span | undefined {
  switch (schedule.kind) {
    case 'date':
      return { start: schedule.date, end: schedule.date };
    case 'range':
    case 'period':
      return { start: schedule.start, end: schedule.end };
    case 'deadline':
      // «до 20 декабря, до 20 мая»: each deadline is one day of the list
      return { start: schedule.due, end: schedule.due };
    default:
      return undefined;
  }
}

/** A list: adjacent whole months («сентябрь, октябрь, ноябрь») are one period; anything else stays a list of days and spans. */
function joinSpans(spans: Span[], pieces: Piece[]): Schedule {
  const months = pieces.every((piece) => piece.first.kind === 'month' && (!piece.last || piece.last.kind === 'month'));
  const adjacent = spans.every((span, index) => index === 0 || addDays(spans[index - 1]!.end, 1) === span.start);
  if (months && adjacent) return { kind: 'range', start: spans[0]!.start, end: spans.at(-1)!.end };
  return { kind: 'dates', spans };
}

/** «5 дней (понедельник – пятница)»: the length of a school week with its days — every week, on those days. */
function readSchoolWeek(core: readonly Token[], inner: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const words = core.filter(meaningful);
  const [count, unit] = words;
  const weekdays = weekdaysIn(inner);
  if (words.length !== 2 || count?.type !== 'number' || unit?.type !== 'word' || unit.entry?.kind !== 'unit' || unit.entry.unit !== 'day') return undefined;
  if (!weekdays || weekdays.length !== count.value) return undefined;
  [...core, ...inner].forEach((token) => used.add(token));
  return { kind: 'recurring', rule: { frequency: 'weekly', weekdays }, start: context.period.start, end: context.period.end };
}

/** «(9 дней)», «9 календарных дней», «на 2 недели»: a length in calendar days (not «42 учебных дня»), or undefined. */
function statedLength(tokens: readonly Token[]): number | undefined {
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (token.type !== 'number' || token.digits > 3) continue;
    const next = /^календарн/i.test(tokens[i + 1]!.text) ? tokens[i + 2] : tokens[i + 1];
    // «3 неделя» names a week, it is no length
    if (next?.type === 'word' && numberBeforeUnit(token.value, next.text) === 'nth') continue;
    if (isUnit(next, 'day')) return token.value;
    if (isUnit(next, 'week')) return token.value * 7;
  }
  return undefined;
}

/** «– 9 дней», «(42 учебных дня)»: a length said again beside the dates; read as a remark. */
function markLengths(tokens: readonly Token[], used: Set<Token>): void {
  tokens.forEach((token, index) => {
    if (token.type !== 'number' || used.has(token)) return;
    let next = index + 1;
    while (isWord(tokens[next], 'academic', 'weekdays-word')) next++;
    const unit = tokens[next];
    if (unit?.type !== 'word' || unit.entry?.kind !== 'unit' || (unit.entry.unit !== 'day' && unit.entry.unit !== 'week')) return;
    if (numberBeforeUnit(token.value, unit.text) === 'nth') return;
    for (let i = index; i <= next; i++) used.add(tokens[i]!);
  });
}

/** What brackets say more precisely than a vague head: dates for «по графику» or a quota, a recurrence for «в течение года». */
function readInner(tokens: readonly Token[], used: Set<Token>, context: SpanContext, head: Schedule): Schedule | undefined {
  const trial = new Set<Token>();
  const inner = head.kind === 'period' ? readRecurrence(tokens, trial, context) : readDates(tokens, trial, context);
  if (!inner || inner.kind === 'deadline') return undefined;
  trial.forEach((token) => used.add(token));
  return inner;
}
