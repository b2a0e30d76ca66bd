// A day off moved to another day, as production calendars and school
// schedules write it: «с субботы 28 декабря на понедельник 30 декабря»,
// «7 марта (пн.), перенос с 3 января (вс)». Both days are read — the working
// day and the day off — never the days between them, which «с … на …» does
// not mean. A weekday written before a day picks its year (a production
// calendar is often decided for the next year), as one in brackets does.
import { isoDate, weekdayOf } from '../days.js';
import type { Schedule, Span, Weekday } from '../model.js';
import { termSpan, type SpanContext } from './spans.js';
import { readTerms, type Term } from './terms.js';
import { isWord, type Token } from './tokens.js';

const weekdayWord = (token: Token | undefined): Weekday | undefined =>
  token?.type === 'word' && token.entry?.kind === 'weekday' ? token.entry.weekday : undefined;

export function readMovedDays(core: readonly Token[], used: Set<Token>, context: SpanContext): Schedule | undefined {
  const { items, used: termTokens } = readTerms(core);
  const days = items.flatMap((item) => (item.kind === 'term' ? [item.term] : []));
  if (days.length !== 2 || days.some((term) => term.kind !== 'day')) return undefined;
  // «7 марта (пн.), перенос с 3 января (вс)»: the day after «с» is the one moved from, wherever it is written
  const afterFrom = (term: Term) => {
    const index = items.findIndex((item) => item.kind === 'term' && item.term === term);
    return items[index - 1]?.kind === 'link' && (items[index - 1] as { link: string }).link === 'from';
  };
  const [from, to] = (afterFrom(days[1]!) && !afterFrom(days[0]!) ? [days[1], days[0]] : days) as (Term & { kind: 'day' })[];
  const at = (term: Term) => core.findIndex((token) => token.start === term.start);
  // «на» right before the second day, or before its weekday: «… на понедельник 30 декабря»
  const onIndex = at(to!) - (weekdayWord(core[at(to!) - 1]) ? 2 : 1);
  const fromTo =
    items.some((item) => item.kind === 'link' && item.link === 'from') && core[onIndex]?.type === 'word' && core[onIndex]!.text.toLowerCase() === 'на';
  const moved = core.find((token) => isWord(token, 'moved'));
  if (!fromTo && !moved) return undefined;
  if (items.some((item) => item.kind === 'link' && item.link !== 'from' && item.link !== 'comma')) return undefined;
  const spans: Span[] = [];
  for (const term of [from!, to!]) {
    // «с субботы 2 ноября»: the weekday may stand between «с» and the day
    const before = core[at(term) - 1];
    const stated = weekdayWord(before);
    const span = termSpan(term, yearOfWeekday(term, stated, context), context);
    if (!span) return undefined;
    if (stated !== undefined) {
      used.add(before!);
      if (weekdayOf(span.start) !== stated)
        context.problems.push({
          code: 'phrase-weekday-mismatch',
          params: { date: span.start, weekday: stated },
          severity: 'warning',
          start: before!.start,
          end: term.end,
        });
    }
    spans.push(span);
  }
  termTokens.forEach((token) => used.add(token));
  if (moved) used.add(moved);
  if (fromTo) used.add(core[onIndex]!);
  context.notes.push({ code: 'phrase-moved-day', params: { from: spans[0]!.start, to: spans[1]!.start } });
  return { kind: 'dates', spans: spans.sort((a, b) => (a.start < b.start ? -1 : 1)) };
}

/** The year, of the plan's and the two beside it, in which a day without one falls on the weekday written before it. */
function yearOfWeekday(term: Term & { kind: 'day' }, stated: Weekday | undefined, context: SpanContext): number | undefined {
  if (term.year !== undefined || stated === undefined) return undefined;
  const plain = termSpan(term, undefined, { ...context, problems: [], notes: [] });
  if (!plain) return undefined;
  const year = Number(plain.start.slice(0, 4));
  const match = [year, year + 1, year - 1].find((candidate) => term.day <= 31 && weekdayOf(isoDate(candidate, term.month, term.day)) === stated);
  if (match !== undefined && match !== year) context.notes.push({ code: 'phrase-weekday-year', params: { date: isoDate(match, term.month, term.day) } });
  return match ?? year;
}
