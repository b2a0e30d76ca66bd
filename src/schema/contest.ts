// A professional contest (`kind: contest`): its nominations, stages with their
// tests and criteria, the jury, how scores become a ranking, and the
// participants. Jury sheets, the merge of the filled sheets and the ranking
// are made from it (src/contest/).
import * as z from 'zod/mini';
import { academicYear, calendarDate, describe, exampleFlag, identifier, text } from './fields.js';

const contestLevels = ['school', 'municipal', 'regional', 'federal'] as const;

/** What the site may publish besides the regulation and the stages: the ranking, and with it each juror's and criterion's scores. */
const contestPublicParts = ['results', 'scores'] as const;

const points = (description: string) => z.number({ error: 'expected-number' }).check(z.positive({ error: 'contest-positive' }), describe(description));

const criterionSchema = z
  .strictObject({
    id: identifier('Код критерия: «goal», «k1».'),
    title: text('Критерий: «Соответствие содержания цели».'),
    max: points('Наибольший балл по критерию.'),
  })
  .check(describe('Критерий оценки и его наибольший балл.'));

const testSchema = z
  .strictObject({
    id: identifier('Код испытания: «lesson».'),
    title: text('Испытание: «Классный час».'),
    criteria: z.array(criterionSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }), describe('Критерии испытания.')),
  })
  .check(describe('Конкурсное испытание этапа.'));

const advanceSchema = z
  .strictObject({
    top: z.optional(
      z
        .int({ error: 'expected-count' })
        .check(
          z.minimum(1, { error: 'expected-count' }),
          describe('Сколько лучших в каждой номинации проходит дальше (разделившие последнее место проходят все).'),
        ),
    ),
    from: z.optional(points('Итоговый балл, с которого участник проходит дальше.')),
  })
  .check(describe('Кто проходит на следующий этап: top (число лучших) или from (балл).'));

const stageSchema = z
  .strictObject({
    id: identifier('Код этапа: «distance», «final».'),
    title: text('Этап: «Заочный тур», «Очный тур».'),
    from: calendarDate('Начало этапа.'),
    to: z.optional(calendarDate('Конец этапа (если этап длится не один день).')),
    tests: z.array(testSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }), describe('Испытания этапа.')),
    jury: z.optional(z.array(identifier('Код члена жюри.'), { error: 'expected-list' }).check(describe('Кто из жюри оценивает этот этап (по умолчанию все).'))),
    admitted: z.optional(
      z.array(identifier('Код участника.'), { error: 'expected-list' }).check(describe('Кто допущен к этапу (по умолчанию все участники).')),
    ),
    advance: z.optional(advanceSchema),
  })
  .check(describe('Этап (тур) конкурса.'));

const jurorSchema = z
  .strictObject({
    id: identifier('Код члена жюри: «ivanova».'),
    name: text('Инициалы и фамилия: «И.И. Иванова».'),
    position: text('Должность.'),
    organisation: z.optional(text('Организация, если это не школа из реестра.')),
    school: z.optional(identifier('Код школы из реестра: участники из этой школы этим членом жюри не оцениваются.')),
    chair: z.optional(z.boolean({ error: 'expected-boolean' }).check(describe('Председатель жюри.'))),
  })
  .check(describe('Член жюри.'));

const thresholdSchema = z
  .strictObject({
    title: text('Звание: «победитель», «призёр», «лауреат», «участник».'),
    percent: z
      .number({ error: 'expected-number' })
      .check(
        z.minimum(0, { error: 'contest-percent' }),
        z.maximum(100, { error: 'contest-percent' }),
        describe('С какой доли наибольшего балла, в процентах.'),
      ),
  })
  .check(describe('Звание по доле набранных баллов.'));

const placesSchema = z
  .strictObject({
    count: z.optional(
      z
        .int({ error: 'expected-count' })
        .check(z.minimum(1, { error: 'expected-count' }), describe('Сколько призовых мест в номинации: 3 — первое, второе и третье.')),
    ),
    thresholds: z.optional(z.array(thresholdSchema, { error: 'expected-list' }).check(describe('Звания по доле баллов, от высшего к низшему.'))),
  })
  .check(describe('Места (count) или звания по доле баллов (thresholds) в последнем этапе.'));

const scoringSchema = z
  .strictObject({
    over: z._default(z.enum(['mean', 'sum'], { error: 'wrong-value' }), 'mean').check(describe('mean — среднее по членам жюри, sum — сумма.')),
    dropExtremes: z
      ._default(z.boolean({ error: 'expected-boolean' }), false)
      .check(describe('Не учитывать наибольшую и наименьшую оценки (при пяти членах жюри и более).')),
    tieBreak: z
      ._default(z.array(identifier('Код испытания.'), { error: 'expected-list' }), [])
      .check(describe('Испытания, по баллам за которые различаются равные итоги, по порядку; иначе место делится.')),
  })
  .check(describe('Как баллы членов жюри дают итог.'));

const participantSchema = z
  .strictObject({
    id: identifier('Код участника: «p01».'),
    name: text('Фамилия, имя, отчество.'),
    school: text('Код школы из реестра или название организации.'),
    nomination: identifier('Код номинации.'),
    position: z.optional(text('Должность: «учитель начальных классов, классный руководитель 3 «А» класса».')),
  })
  .check(describe('Участник конкурса.'));

const signerSchema = z.strictObject({ position: text('Должность.'), name: text('Инициалы и фамилия.') });

export const contestSchema = z
  .strictObject({
    kind: z.literal('contest'),
    id: identifier('Код конкурса: он записывается в листы жюри.'),
    title: text('Название конкурса.'),
    note: z.optional(text('Примечание (например, что конкурс — пример).')),
    level: z.enum(contestLevels, { error: 'wrong-value' }).check(describe('school, municipal, regional или federal.')),
    organiser: text('Организатор.'),
    academicYear,
    applications: z.optional(z.strictObject({ from: calendarDate('Начало приёма заявок.'), to: calendarDate('Конец приёма заявок.') })),
    results: z.optional(calendarDate('Дата подведения итогов.')),
    nominations: z
      .array(z.strictObject({ id: identifier('Код номинации.'), title: text('Номинация.') }), { error: 'expected-list' })
      .check(z.minLength(1, { error: 'empty-list' }), describe('Номинации.')),
    stages: z.array(stageSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }), describe('Этапы по порядку.')),
    jury: z.array(jurorSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }), describe('Жюри.')),
    scoring: z._default(scoringSchema, { over: 'mean', dropExtremes: false, tieBreak: [] }),
    places: z._default(placesSchema, { count: 3 }),
    participants: z._default(z.array(participantSchema, { error: 'expected-list' }), []).check(describe('Участники.')),
    eligibility: z.optional(text('Кто может участвовать: «классные руководители общеобразовательных организаций района».')),
    regulation: z.optional(text('Положение о конкурсе (PDF, DOCX…): путь к файлу внутри рабочей папки, от этого файла. Публикуется на сайте.')),
    public: z.optional(
      z
        .array(z.enum(contestPublicParts, { error: 'wrong-value' }), { error: 'expected-list' })
        .check(describe('Что публикуется на сайте кроме положения и этапов: [results] — итоги (места, участники, школы); [results, scores] — и баллы.')),
    ),
    sheets: z.optional(
      text('Папка с заполненными листами жюри последнего этапа, от этого файла (например, ../out/contest/…-final): по ней сайт публикует итоги.'),
    ),
    example: exampleFlag,
    signatures: z.optional(
      z.strictObject({
        protocol: z.optional(z.array(signerSchema, { error: 'expected-list' }).check(describe('Кто подписывает протокол жюри.'))),
        diplomas: z.optional(signerSchema),
      }),
    ),
  })
  .check(z.meta({ title: 'Конкурс', description: 'Конкурс профессионального мастерства: этапы, критерии, жюри, участники (kind: contest).' }));

export type Contest = z.infer<typeof contestSchema>;
export type ContestStage = Contest['stages'][number];
export type Juror = Contest['jury'][number];
export type Participant = Contest['participants'][number];
