// The work plan (`kind: plan`) and the cyclogram (`kind: cyclogram`): the single
// source of their types, their validation and their JSON Schema.
import * as z from 'zod/mini';
import { academicYear, calendarDate, describe, exampleFlag, itemIdentifier, text, textList } from './fields.js';
import { scheduleSchema } from './schedule.js';

const position = text(
  'Должность подписывающего; каждая строка с новой строки (используйте «|» в YAML), например «Директор МБУДО «ЦВР»\\nБузулукского района».',
);
const signatoryName = text('Инициалы и фамилия: «Н.К. Антюфеева».');

const approvalDate = z
  .optional(
    z.union([
      calendarDate('Полная дата: 2023-08-30 или 30.08.2023.'),
      z.int({ error: 'expected-date' }).check(z.minimum(1900, { error: 'year-range' }), z.maximum(2100, { error: 'year-range' })),
    ]),
  )
  .check(describe('Дата грифа: полная дата (2023-08-30), только год (2023 — тогда « ___ » ________ 2023 г.) или ничего (« ___ » ________ 20__ г.).'));

const orderFields = {
  order: text('Чей приказ: «приказом отдела образования администрации Пономаревского района».'),
  orderDate: calendarDate('Дата приказа: 2020-06-30 или 30.06.2020.'),
  orderNumber: text('Номер приказа: «01-10/96».'),
};

const signedStamp = (stamp: 'СОГЛАСОВАНО' | 'УТВЕРЖДАЮ', description: string) =>
  z
    .strictObject({
      stamp: z.literal(stamp),
      position,
      name: signatoryName,
      date: approvalDate,
      orderNumber: z.optional(text('Номер приказа под грифом, если он есть: «112-од» (печатается «Приказ № 112-од от …»).')),
      orderDate: z.optional(calendarDate('Дата того приказа: 2025-08-29 или 29.08.2025.')),
    })
    .check(describe(description));

const orderStamp = z.strictObject({ stamp: z.enum(['УТВЕРЖДЁН', 'УТВЕРЖДЕНА']), ...orderFields }).check(describe('Гриф «УТВЕРЖДЁН приказом … от … № …».'));

// «Утверждено на заседании педагогического совета, протокол № 1 от …» or
// «УТВЕРЖДЕНО приказом … от … № …»: one stamp word, said of a meeting or of an order.
const protocolStamp = z
  .strictObject({
    stamp: z.enum(['УТВЕРЖДЕНО', 'РАССМОТРЕНО', 'ПРИНЯТО']),
    meeting: z.optional(text('Где утверждено: «на заседании педагогического совета», «на заседании МО классных руководителей».')),
    protocolNumber: z.optional(z.union([text('Номер протокола: «1».'), z.int({ error: 'expected-text' })])),
    protocolDate: z.optional(calendarDate('Дата протокола: 2023-08-29 или 29.08.2023.')),
    order: z.optional(orderFields.order),
    orderDate: z.optional(orderFields.orderDate),
    orderNumber: z.optional(orderFields.orderNumber),
  })
  .check(
    z.refine((stamp) => (stamp.meeting !== undefined && stamp.protocolNumber !== undefined) || (stamp.order !== undefined && stamp.orderNumber !== undefined), {
      error: 'approval-meeting-or-order',
    }),
    describe('Гриф «Утверждено на заседании …, протокол № … от …» или «УТВЕРЖДЕНО приказом … от … № …».'),
  );

export const approvalSchema = z.discriminatedUnion(
  'stamp',
  [
    signedStamp('СОГЛАСОВАНО', 'Гриф согласования: слева вверху первой страницы.'),
    signedStamp('УТВЕРЖДАЮ', 'Гриф утверждения: справа вверху первой страницы.'),
    orderStamp,
    protocolStamp,
  ],
  { error: 'approval-stamp' },
);

const subEventSchema = z
  .strictObject({
    title: text('Название, как в плане: «Профориентационный минимум – сегодня, жизненные цели – завтра».'),
    date: calendarDate('Дата проведения: 2023-09-27 или 27.09.2023.'),
  })
  .check(describe('Датированное событие внутри мероприятия (родительское собрание, вебинар).'));

const itemFields = {
  id: z.optional(
    itemIdentifier(
      'Постоянный код мероприятия (например, parent-meetings или номер пункта «2.1»): по нему отчёт о выполнении (kind: record) ссылается на пункт плана.',
    ),
  ),
  activity: text('Наименование мероприятия. Строки, начинающиеся с «- », печатаются списком.'),
  responsible: z.optional(textList('Ответственные, каждый с новой строки «- »; если в плане нет такого столбца, ключ не пишется.')),
  events: z.optional(z.array(subEventSchema, { error: 'expected-list' })),
  note: z.optional(text('Примечание к мероприятию.')),
  schedule: z.optional(scheduleSchema),
  extra: z.optional(
    z
      .record(z.string(), text('Значение в дополнительном столбце.'))
      .check(describe('Значения дополнительных столбцов плана (columns), по их названиям: «Классы: 5-9».')),
  ),
};

const timing = text('Сроки дословно, как их пишет автор: «каждый 3-й понедельник месяца», «до 15 декабря».');

// A plan written without «сроки» for some item (an imported one, often) is still a plan: its item is simply not on the calendar.
const planItemSchema = z.strictObject({ ...itemFields, timing: z.optional(timing) }).check(describe('Мероприятие плана.'));
const cyclogramItemSchema = z
  .strictObject({ ...itemFields, timing: z.optional(timing) })
  .check(describe('Мероприятие циклограммы; сроки необязательны: их задаёт периодичность группы.'));

const orientation = z
  ._default(z.enum(['portrait', 'landscape'], { error: 'orientation' }), 'portrait')
  .check(describe('Ориентация страницы: portrait (книжная) или landscape (альбомная).'));

const period = z
  .strictObject({
    from: calendarDate('Первый день периода.'),
    to: calendarDate('Последний день периода.'),
  })
  .check(describe('Период плана, если он не совпадает с учебным годом.'));

export const signatureSchema = z.strictObject({ position: text('Должность: «Заведующий ОО».'), name: signatoryName }).check(describe('Подпись под таблицей.'));

const documentFields = {
  example: exampleFlag,
  appendixTo: z.optional(text('Строка «Приложение № 1 к приказу … от … № …», если план — приложение к приказу; печатается справа вверху первой страницы.')),
  title: text('Заголовок без учебного года: год добавляется сам («… на 2023–2024 учебный год»).'),
  epigraph: z.optional(text('Девиз или тема года над заголовком: «2025 год – Год защитника Отечества».')),
  goal: z.optional(text('Цель работы: печатается под заголовком («Цель: …»).')),
  tasks: z.optional(textList('Задачи: печатаются под целью нумерованным списком, каждая с новой строки «- ».')),
  organisation: z.optional(text('Организация, составившая план (пишется в свойства документа).')),
  academicYear: z.optional(academicYear),
  period: z.optional(period),
  orientation,
  approvals: z
    ._default(z.array(approvalSchema, { error: 'expected-list' }), [])
    .check(describe('Грифы СОГЛАСОВАНО (слева) и УТВЕРЖДАЮ (справа), сколько угодно.')),
  signature: z.optional(signatureSchema),
  columns: z.optional(
    z
      .array(
        z.strictObject({
          title: text('Заголовок столбца: «Классы», «Форма проведения», «Отметка о выполнении».'),
          width: z.optional(
            z.number({ error: 'expected-number' }).check(z.minimum(3), z.maximum(60), describe('Ширина в процентах ширины таблицы (по умолчанию 12).')),
          ),
          after: z.optional(
            z
              .enum(['activity', 'timing', 'responsible'], { error: 'column-after' })
              .check(describe('После какого столбца печатать: activity (мероприятие), timing (сроки) или responsible (ответственные, по умолчанию).')),
          ),
        }),
        { error: 'expected-list' },
      )
      .check(describe('Дополнительные столбцы таблицы (по умолчанию после «Ответственные»); значения — в «extra» мероприятий.')),
  ),
};

export const planSchema = z
  .strictObject({
    kind: z.literal('plan'),
    ...documentFields,
    sections: z
      .array(
        z.strictObject({
          title: text('Название раздела (номер римскими цифрами ставится сам).'),
          items: z.array(planItemSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'section-without-items' })),
        }),
        { error: 'expected-list' },
      )
      .check(z.minLength(1, { error: 'plan-without-sections' })),
  })
  .check(z.meta({ title: 'План работы центра', description: 'Файл плана работы (kind: plan).' }));

export const cyclogramSchema = z
  .strictObject({
    kind: z.literal('cyclogram'),
    ...documentFields,
    sections: z
      .array(
        z.strictObject({
          periodicity: text('Периодичность группы: «Ежемесячно», «Еженедельно».'),
          items: z.array(cyclogramItemSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'section-without-items' })),
        }),
        { error: 'expected-list' },
      )
      .check(z.minLength(1, { error: 'plan-without-sections' })),
  })
  .check(z.meta({ title: 'Циклограмма', description: 'Циклограмма деятельности центра (kind: cyclogram).' }));

export type Plan = z.infer<typeof planSchema>;
export type Cyclogram = z.infer<typeof cyclogramSchema>;
export type PlanDocument = Plan | Cyclogram;
export type Approval = z.infer<typeof approvalSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type CyclogramItem = z.infer<typeof cyclogramItemSchema>;
