// A reading said in one line, for tests that read many phrases in a table: «2025-05-15»,
// «2024-09-01 – 2025-08-31 open», «by 2025-05-15», «weekly {"weekdays":[1]}», «refused: phrase-relative»,
// then its notes and the words it left out. The note of the federal school year, which every term of
// the school year read without a workspace gives, is left out.
import type { PhraseReading } from '../../src/calendar/reader/reading.js';
import type { Schedule, Span } from '../../src/calendar/model.js';

const span = ({ start, end }: Span) => (start === end ? start : `${start} – ${end}`);

function scheduleOf(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'date':
      return schedule.date;
    case 'range':
      return `${span(schedule)}${schedule.open ? ' open' : ''}`;
    case 'deadline':
      return `by ${schedule.due}`;
    case 'period':
      return `period ${span(schedule)}`;
    case 'dates':
      return schedule.spans.map(span).join(', ');
    case 'recurring': {
      const { frequency, ...rest } = schedule.rule;
      return `${frequency} ${JSON.stringify(rest)} ${span(schedule)}`;
    }
    case 'quota':
      return `${schedule.count} per ${schedule.per}${schedule.atLeast ? ' at least' : ''} (${schedule.periods.length} periods from ${schedule.periods[0]?.start})`;
    default:
      return schedule.kind;
  }
}

export function briefReading(reading: PhraseReading): string {
  const notes = reading.notes.map((note) => note.code).filter((code) => code !== 'phrase-federal-school-year');
  return [
    reading.schedule ? scheduleOf(reading.schedule) : 'refused',
    ...(notes.length > 0 ? [`notes: ${notes.join(', ')}`] : []),
    ...(reading.ignored.length > 0 ? [`ignored: ${reading.ignored.map((run) => run.text).join(', ')}`] : []),
  ].join(' | ');
}
