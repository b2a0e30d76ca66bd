// The register of issued diplomas and certificates (`kind: register`): every
// number «порядковый номер/год» given, to whom and for what. Numbers run on
// through the calendar year across every contest and event, start again at 1
// in January, and are never given twice (src/contest/register.ts).
import * as z from 'zod/mini';
import { calendarDate, describe, text } from './fields.js';

const issuedSchema = z
  .strictObject({
    number: z
      .string({ error: 'expected-text' })
      .check(z.regex(/^\s*[1-9]\d*\/\d{4}\s*$/, { error: 'register-number-format' }), describe('Номер «порядковый номер/год»: «15/2025».')),
    date: calendarDate('Дата выдачи.'),
    name: text('Кому выдан: фамилия, имя, отчество.'),
    document: text('Что выдано: «Диплом I степени», «Сертификат участника».'),
    event: text('За что: конкурс и номинация или мероприятие плана.'),
    key: text('Код выдачи (конкурс, этап и участник или пункт плана и участник): повторная печать того же документа получает тот же номер.'),
  })
  .check(describe('Выданный документ.'));

export const registerSchema = z
  .strictObject({
    kind: z.literal('register'),
    title: text('Название: «Реестр выданных дипломов и сертификатов».'),
    issued: z
      ._default(z.array(issuedSchema, { error: 'expected-list' }), [])
      .check(describe('Выданные документы по порядку; записи не удаляются, чтобы номер не был выдан дважды.')),
  })
  .check(z.meta({ title: 'Реестр выданных документов', description: 'Номера выданных дипломов и сертификатов (kind: register).' }));

export type Register = z.infer<typeof registerSchema>;
export type IssuedDocument = Register['issued'][number];

/** «15/2025» → [15, 2025]. */
export function parseIssuedNumber(number: string): readonly [sequence: number, year: number] {
  const [sequence, year] = number.trim().split('/');
  return [Number(sequence), Number(year)];
}
