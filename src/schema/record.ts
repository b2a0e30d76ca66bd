// The year's record (`kind: record`): what happened to the items of one plan —
// held or not, when, with how many participants, with what evidence — and the
// methodologist's narrative for the «Анализ работы». Entries name plan items
// by their `id`.
import * as z from 'zod/mini';
import { calendarDate, describe, itemIdentifier, text } from './fields.js';
import { approvalSchema, signatureSchema } from './plan.js';

export const recordStatuses = ['held', 'moved', 'cancelled', 'not-held'] as const;
export type RecordStatus = (typeof recordStatuses)[number];

/** The statuses as a methodist writes them in Russian, accepted beside the English ones. */
export const russianStatuses: Readonly<Record<string, RecordStatus>> = {
  проведено: 'held',
  перенесено: 'moved',
  отменено: 'cancelled',
  'не проведено': 'not-held',
};

/** A status in English or Russian («перенесено»), any case, as the record keeps it; undefined when it is none. */
export function statusOf(text: string): RecordStatus | undefined {
  const word = text.trim().toLowerCase().replace(/\s+/g, ' ').replaceAll('ё', 'е');
  return (recordStatuses as readonly string[]).includes(word) ? (word as RecordStatus) : russianStatuses[word];
}

/** Participant categories, in the order the analysis prints them. */
export const participantCategories = ['classTeachers', 'deputyDirectors', 'parents', 'pupils', 'schools', 'districts'] as const;
export type ParticipantCategory = (typeof participantCategories)[number];

/** People are counted in the total; schools and districts are organisations, counted apart. */
export const peopleCategories = ['classTeachers', 'deputyDirectors', 'parents', 'pupils'] as const satisfies readonly ParticipantCategory[];

/** How a methodist names each category (lower case, «ё» as «е»), beside the key itself. */
const categoryNames: Readonly<Record<ParticipantCategory, readonly string[]>> = {
  classTeachers: ['классные руководители', 'классных руководителей', 'кл рук', 'классные', 'педагоги'],
  deputyDirectors: ['заместители директоров', 'заместителей директоров', 'зам дир', 'заместители', 'замдиректора'],
  parents: ['родители', 'родителей', 'родит'],
  pupils: ['обучающиеся', 'обучающихся', 'учащиеся', 'учащихся', 'обуч', 'школьники', 'дети'],
  schools: ['образовательные организации', 'образовательных организаций', 'оо', 'школы', 'школ'],
  districts: ['муниципальные районы', 'муниципальных районов', 'районы', 'районов', 'муниципалитеты'],
};

/** The category a name means: «классные руководители», «кл. рук.», «родители», «classTeachers» …; undefined when none or several. */
export function participantCategoryOf(name: string): ParticipantCategory | undefined {
  const key = participantCategories.find((category) => category.toLowerCase() === name.trim().toLowerCase());
  if (key) return key;
  const wanted = name.toLowerCase().replaceAll('ё', 'е').replace(/[^a-zа-я0-9]+/g, ' ').trim();
  if (wanted === '') return undefined;
  const exact = participantCategories.filter((category) => categoryNames[category].includes(wanted));
  if (exact.length === 1) return exact[0];
  const started = participantCategories.filter((category) => categoryNames[category].some((known) => known.startsWith(wanted)));
  return wanted.length >= 4 && started.length === 1 ? started[0] : undefined;
}

const count = (description: string) =>
  z.optional(z.int({ error: 'expected-count' }).check(z.minimum(0, { error: 'expected-count' }), describe(description)));

const participantsSchema = z
  .strictObject({
    total: count('Всего участников (человек).'),
    classTeachers: count('Классных руководителей.'),
    deputyDirectors: count('Заместителей директоров.'),
    parents: count('Родителей.'),
    pupils: count('Обучающихся.'),
    schools: count('Образовательных организаций.'),
    districts: count('Муниципальных районов (округов).'),
  })
  .check(describe('Участники: всего и по категориям; люди и организации считаются отдельно.'));

export const recordEntrySchema = z
  .strictObject({
    // a plan without ids (a Word plan imported as it is) is recorded by the numbers its document prints
    item: itemIdentifier('Код мероприятия плана (его id) или его номер в документе плана: 7.'),
    status: z._default(
      z.pipe(z.enum([...recordStatuses, ...Object.keys(russianStatuses)], { error: 'record-status' }), z.transform((status: string) => statusOf(status)!)),
      'held',
    ).check(describe('held (проведено), moved (перенесено), cancelled (отменено), not-held (не проведено); можно по-русски.')),
    dates: z.optional(z.array(calendarDate('Дата проведения: 2023-10-12 или 12.10.2023.'), { error: 'expected-list' })),
    participants: z.optional(participantsSchema),
    evidence: z.optional(z.array(text('Ссылка или имя файла.'), { error: 'expected-list' }).check(describe('Подтверждения: ссылки на публикации, имена файлов (приказы, протоколы, фото).'))),
    comment: z.optional(text('Комментарий; для непроведённого мероприятия — причина.')),
  })
  .check(describe('Что произошло с одним мероприятием плана.'));

const narrativePartSchema = z
  .strictObject({
    title: text('Заголовок части: «Выводы», «Трудности», «Задачи на следующий учебный год».'),
    text: text('Текст части; абзацы разделяются пустой строкой, строки «- » печатаются списком.'),
  })
  .check(describe('Часть анализа, написанная методистом.'));

export const recordSchema = z
  .strictObject({
    kind: z.literal('record'),
    plan: text('Файл плана, к которому относится отчёт, относительно этого файла: «2023-2024-regional-plan.yaml».'),
    title: z.optional(text('Заголовок анализа без учебного года: «Анализ работы регионального центра …».')),
    approvals: z._default(z.array(approvalSchema, { error: 'expected-list' }), []).check(describe('Грифы анализа (необязательно), как в плане.')),
    signature: z.optional(signatureSchema),
    entries: z._default(z.array(recordEntrySchema, { error: 'expected-list' }), []).check(describe('Отметки о мероприятиях плана.')),
    analysis: z.optional(z.array(narrativePartSchema, { error: 'expected-list' }).check(describe('Выводы, трудности, задачи: печатаются в конце анализа по порядку.'))),
  })
  .check(z.meta({ title: 'Отчёт о выполнении плана', description: 'Что из плана проведено, когда и с каким охватом (kind: record).' }));

export type YearRecord = z.infer<typeof recordSchema>;
export type RecordEntry = z.infer<typeof recordEntrySchema>;
export type Participants = z.infer<typeof participantsSchema>;
export type NarrativePart = z.infer<typeof narrativePartSchema>;
