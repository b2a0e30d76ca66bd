// A founding document of the centre (`kind: document`): an order, a regulation,
// any titled text with numbered clauses, its approval heading («УТВЕРЖДЁН
// приказом … от … № …», «УТВЕРЖДАЮ») and appendices. The site shows them on
// «О центре».
import * as z from 'zod/mini';
import { calendarDate, describe, text, textList } from './fields.js';
import { approvalSchema } from './plan.js';

const list = z.optional(textList('Перечень: строки, которые в документе начинаются с «-».'));

/** A clause of the second level (3.1, 3.2 …): a line of text, or a text with a dashed list. */
const subClauseSchema = z.union([text('Текст пункта.'), z.strictObject({ text: text('Текст пункта.'), list })]);

/** A clause of the first level (1, 2 …): a text, or a heading or text with sub-clauses or a list. */
const clauseSchema = z.union([
  text('Текст пункта.'),
  z
    .strictObject({
      title: z.optional(text('Заголовок раздела: «Общие положения».')),
      text: z.optional(text('Текст пункта.')),
      list,
      clauses: z.optional(z.array(subClauseSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }))),
    })
    .check(describe('Пункт с заголовком, подпунктами (1.1, 1.2 …) или перечнем.')),
]);

const bodyFields = {
  type: text('Вид документа, как в шапке: «Приказ», «Положение».'),
  title: text('Заголовок: «О создании муниципального центра …».'),
  preamble: z.optional(text('Текст перед пунктами; каждая строка — отдельный абзац.')),
  numbered: z._default(z.boolean({ error: 'expected-boolean' }), true).check(describe('Нумеровать пункты (1, 1.1 …); false — абзацы без номеров.')),
  clauses: z.array(clauseSchema, { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }), describe('Пункты документа по порядку.')),
};

const appendixSchema = z
  .strictObject({
    label: text('Отметка приложения: «Приложение 1 к приказу № 383 от 01.09.2020».'),
    ...bodyFields,
  })
  .check(describe('Приложение к документу (например, положение, утверждённое приказом).'));

export const documentSchema = z
  .strictObject({
    kind: z.literal('document'),
    issuer: z.optional(text('Кто издал, строками шапки: «Администрация …\\nОтдел образования».')),
    ...bodyFields,
    date: z.optional(calendarDate('Дата документа: 2020-09-01 или 01.09.2020.')),
    number: z.optional(text('Номер документа: «383».')),
    place: z.optional(text('Место издания: «г. Гай».')),
    approvals: z
      ._default(z.array(approvalSchema, { error: 'expected-list' }), [])
      .check(describe('Грифы: «УТВЕРЖДЁН приказом … от … № …», УТВЕРЖДАЮ, СОГЛАСОВАНО.')),
    signature: z.optional(
      z.strictObject({ position: text('Должность подписавшего.'), name: text('Инициалы и фамилия: «Н.Н. Шпота».') }).check(describe('Подпись под документом.')),
    ),
    acquainted: z.optional(textList('«С приказом ознакомлены»: фамилии и инициалы.')),
    appendices: z._default(z.array(appendixSchema, { error: 'expected-list' }), []),
  })
  .check(z.meta({ title: 'Документ центра', description: 'Приказ, положение и другие документы центра (kind: document).' }));

export type CentreDocument = z.infer<typeof documentSchema>;
export type DocumentClause = CentreDocument['clauses'][number];
export type DocumentAppendix = CentreDocument['appendices'][number];
