// Who attended an event of the plan, as its participation certificates and
// its record entry need them: each person's certificate page and register
// request, and the count by category for the year's record. Pure.
import type { IsoDate } from '../schema/iso-date.js';
import type { ParticipantCategory } from '../schema/record.js';
import { participantCategoryOf, peopleCategories } from '../schema/record-words.js';
import type { AwardPage } from './awards-docx.js';
import { namesInDative } from './diplomas.js';
import type { IssueRequest } from './register.js';
import type { RosterProblem, RosterRow } from './roster.js';

/** A person's category as a list says it, one person a row: «классный руководитель», «родитель». */
const SINGULAR: readonly (readonly [RegExp, ParticipantCategory])[] = [
  [/^классн\S* руковод/u, 'classTeachers'],
  [/^(?:заместител\S*|зам) (?:директор|по )/u, 'deputyDirectors'],
  [/^родител/u, 'parents'],
  [/^(?:обучающ|учащ|ученик|ученица|школьни)/u, 'pupils'],
];

function categoryOfPerson(text: string): ParticipantCategory | undefined {
  const words = text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^a-zа-я0-9]+/gu, ' ')
    .trim();
  const category = SINGULAR.find(([pattern]) => pattern.test(words))?.[1] ?? participantCategoryOf(text);
  return category && (peopleCategories as readonly string[]).includes(category) ? category : undefined;
}

export interface AttendancePlan {
  readonly pages: readonly Omit<AwardPage, 'number'>[];
  readonly requests: readonly IssueRequest[];
  readonly uncertain: readonly string[];
  readonly categories: Partial<Record<ParticipantCategory, number>>;
  readonly problems: readonly RosterProblem[];
}

/** `eventKey` names the event in the register («plans/plan.yaml#14»): a person's certificate for it keeps its number. */
export function planCertificates(rows: readonly RosterRow[], event: string, eventKey: string, date: IsoDate): AttendancePlan {
  const { names, uncertain } = namesInDative(rows.map((row) => row.values.name!));
  // a list with categories says how many of each there were, none included: the record's old counts are replaced
  const categories: Partial<Record<ParticipantCategory, number>> = rows.some((row) => row.values.category !== undefined)
    ? Object.fromEntries(peopleCategories.map((category) => [category, 0]))
    : {};
  const schools = new Set(rows.flatMap((row) => (row.values.school === undefined ? [] : [row.values.school.toLowerCase().replace(/\s+/gu, ' ')])));
  if (schools.size > 0) categories.schools = schools.size;
  const problems: RosterProblem[] = [];
  for (const row of rows) {
    const said = row.values.category;
    if (said === undefined) continue;
    const category = categoryOfPerson(said);
    if (category) categories[category] = (categories[category] ?? 0) + 1;
    else problems.push({ place: row.place, severity: 'warning', code: 'roster-unknown-category', params: { value: said } });
  }
  return {
    pages: rows.map((row, index) => ({
      heading: 'СЕРТИФИКАТ',
      degree: 'участника',
      name: names[index]!,
      ...(row.values.school ? { organisation: row.values.school } : {}),
      reason: 'за участие в мероприятии',
    })),
    requests: rows.map((row) => ({
      date,
      name: row.values.name!,
      document: 'Сертификат участника',
      event,
      key: `${eventKey}/${row.values.name!.toLowerCase().replaceAll('ё', 'е')}${row.values.school ? `/${row.values.school.toLowerCase()}` : ''}`,
    })),
    uncertain,
    categories,
    problems,
  };
}
