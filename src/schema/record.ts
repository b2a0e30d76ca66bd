// The year's record (`kind: record`): what happened to the items of one plan —
// held or not, when, with how many participants, with what evidence — and the
// methodologist's narrative for the «Анализ работы». Entries name plan items
// by their `id`.
import * as z from 'zod/mini';
import { calendarDate, describe, itemIdentifier, text } from './fields.js';
import { approvalSchema, signatureSchema } from './plan.js';

export type { ParticipantCategory, RecordStatus } from './record-words.js';
import { recordStatuses, russianStatuses, statusOf } from './record-words.js';

const count = (description: string) => z.optional(z.int({ error: 'expected-count' }).check(z.minimum(0, { error: 'expected-count' }), describe(description)));

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

const recordEntrySchema = z
  .strictObject({
    // a plan without ids (a Word plan imported as it is) is recorded by the numbers its document prints
    item: itemIdentifier('Код мероприятия плана (его id) или его номер в документе плана: 7.'),
    status: z
      ._default(
        z.pipe(
          z.enum([...recordStatuses, ...Object.keys(russianStatuses)], { error: 'record-status' }),
          z.transform((status: string) => statusOf(status)!),
        ),
        'held',
      )
      .check(describe('held (проведено), moved (перенесено), cancelled (отменено), not-held (не проведено); можно по-русски.')),
    dates: z.optional(z.array(calendarDate('Дата проведения: 2023-10-12 или 12.10.2023.'), { error: 'expected-list' })),
    participants: z.optional(participantsSchema),
    evidence: z.optional(
      z
        .array(text('Ссылка или имя файла.'), { error: 'expected-list' })
        .check(describe('Подтверждения: ссылки на публикации, имена файлов (приказы, протоколы, фото).')),
    ),
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
    analysis: z.optional(
      z.array(narrativePartSchema, { error: 'expected-list' }).check(describe('Выводы, трудности, задачи: печатаются в конце анализа по порядку.')),
    ),
  })
  .check(z.meta({ title: 'Отчёт о выполнении плана', description: 'Что из плана проведено, когда и с каким охватом (kind: record).' }));

export type YearRecord = z.infer<typeof recordSchema>;
export type RecordEntry = z.infer<typeof recordEntrySchema>;
export type Participants = z.infer<typeof participantsSchema>;
export type NarrativePart = z.infer<typeof narrativePartSchema>;
