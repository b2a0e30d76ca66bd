// The monitoring side: the registry of districts and schools (`kind: registry`)
// and the monitoring form schools fill in twice a year (`kind: form`).
import * as z from 'zod/mini';
import { describe, exampleFlag, text } from './fields.js';

/** Ids are what files are named by and what merge matches on: short, stable, no spaces. */
const id = (description: string) =>
  z.string({ error: 'expected-text' }).check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'id-format' }), describe(description));

const email = z
  .string({ error: 'expected-text' })
  .check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'email-format' }), describe('Адрес электронной почты.'));
const phone = z.string({ error: 'expected-text' }).check(z.regex(/^[+\d][\d\s()-]{4,}$/, { error: 'phone-format' }), describe('Телефон: +7 (3532) 77-00-00.'));

/** Which of a coordinator's fields the site may show: personal data stays off the site unless listed. */
const contactFields = ['name', 'position', 'phone', 'email'] as const;
const publicFields = (description: string) =>
  z.optional(z.array(z.enum(contactFields, { error: 'public-field' }), { error: 'expected-list' }).check(describe(description)));

const contactSchema = z
  .strictObject({
    name: text('Фамилия, имя, отчество или инициалы и фамилия.'),
    position: z.optional(text('Должность.')),
    phone: z.optional(phone),
    email: z.optional(email),
    public: publicFields('Что из сведений о координаторе показывать на сайте (вместо общего public реестра): [name, position, phone, email].'),
  })
  .check(describe('Координатор: кто отвечает и как с ним связаться.'));

export const registrySchema = z
  .strictObject({
    kind: z.literal('registry'),
    example: exampleFlag,
    region: z.optional(text('Регион: «Оренбургская область».')),
    level: z.optional(
      z
        .enum(['region', 'okrug', 'district'], { error: 'registry-level' })
        .check(
          describe(
            'Чей это реестр: region — региона (итог сводки «Итого по региону»), okrug — городского или муниципального округа («Итого по округу»), district — района («Итого по району»). Без него — по полю region.',
          ),
        ),
    ),
    public: publicFields('Что из сведений о координаторах показывать на сайте, например [name, position]; без этого — ничего.'),
    districts: z
      .array(
        z.strictObject({
          id: id('Код района (муниципалитета): buzuluk.'),
          name: text('Название района или городского округа.'),
          coordinator: z.optional(contactSchema),
        }),
        { error: 'expected-list' },
      )
      .check(z.minLength(1, { error: 'empty-list' })),
    schools: z
      .array(
        z.strictObject({
          id: id('Постоянный код школы: по нему называются файлы отчётов.'),
          district: id('Код района из списка districts.'),
          name: text('Полное наименование.'),
          shortName: z.optional(text('Краткое наименование: МОБУ «Елшанская Первая СОШ».')),
          coordinator: z.optional(contactSchema),
        }),
        { error: 'expected-list' },
      )
      .check(z.minLength(1, { error: 'empty-list' })),
  })
  .check(z.meta({ title: 'Реестр школ и координаторов', description: 'Районы, школы и их координаторы (kind: registry).' }));

const indicatorTypes = ['integer', 'number', 'percent', 'boolean', 'choice', 'text', 'date'] as const;

/** How the summary totals an indicator over the schools of a district and of the region. */
const indicatorTotals = ['sum', 'mean', 'weighted mean', 'count of да', 'count per choice', 'none'] as const;
export type IndicatorTotal = (typeof indicatorTotals)[number];

const indicatorSchema = z
  .strictObject({
    id: id('Код показателя: заголовок столбца в своде и в CSV.'),
    label: text('Формулировка показателя, как её видит школа.'),
    type: z.enum(indicatorTypes, { error: 'indicator-type' }).check(describe('integer, number, percent, boolean, choice, text или date.')),
    unit: z.optional(text('Единица измерения: «чел.», «%».')),
    min: z.optional(z.number({ error: 'expected-number' })),
    max: z.optional(z.number({ error: 'expected-number' })),
    choices: z.optional(z.array(text('Вариант.'), { error: 'expected-list' }).check(z.minLength(2, { error: 'choices-too-few' }))),
    required: z._default(z.boolean({ error: 'expected-boolean' }), true),
    hint: z.optional(text('Подсказка в ячейке ввода.')),
    total: z
      .optional(z.enum(indicatorTotals, { error: 'indicator-total' }))
      .check(
        describe(
          'Итог по району и региону: sum (сумма), mean (среднее по школам), weighted mean (среднее, взвешенное по показателю из by), count of да (число ответов «да»), count per choice (число ответов каждого варианта), none. По умолчанию: sum для чисел, mean для процентов, count of да для да/нет, count per choice для выбора.',
        ),
      ),
    by: z.optional(id('Для total: weighted mean — числовой показатель, по которому взвешивается среднее: class_teachers.')),
  })
  .check(describe('Показатель мониторинга: одна строка формы.'));

const monthDay = z
  .string({ error: 'expected-text' })
  .check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'month-day-format' }), describe('Срок сдачи: месяц-день, 12-15.'));

export const formSchema = z
  .strictObject({
    kind: z.literal('form'),
    id: id('Код формы: по нему свод узнаёт свою форму.'),
    version: z
      .int({ error: 'expected-number' })
      .check(z.minimum(1, { error: 'version-range' }), describe('Версия формы: целое число, растёт при каждом изменении.')),
    title: text('Заголовок формы.'),
    periods: z
      .array(
        z.strictObject({
          id: id('interim или final.'),
          title: text('Промежуточный контроль, итоговый контроль.'),
          due: monthDay,
        }),
        { error: 'expected-list' },
      )
      .check(z.minLength(1, { error: 'empty-list' })),
    indicators: z.array(indicatorSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' })),
    checks: z._default(
      z.array(
        z.strictObject({
          rule: text('Сравнение двух показателей или показателя с числом: «trained <= class_teachers».'),
          message: text('Что сказать школе, если правило нарушено.'),
        }),
        { error: 'expected-list' },
      ),
      [],
    ),
  })
  .check(z.meta({ title: 'Форма мониторинга', description: 'Форма отчёта школы (kind: form).' }));

export type Registry = z.infer<typeof registrySchema>;
export type MonitoringForm = z.infer<typeof formSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type School = Registry['schools'][number];
export type Contact = z.infer<typeof contactSchema>;
export type ContactField = (typeof contactFields)[number];
