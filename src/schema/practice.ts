// An effective practice of a class teacher (`kind: practice`): what a school
// sent to the centre, and whether the centre selected and published it. Only
// published practices appear on the site.
import * as z from 'zod/mini';
import { describe, text } from './fields.js';

const practiceStatuses = ['submitted', 'selected', 'published'] as const;

/** A file kept next to the practice: a relative path that stays inside the workspace. */
const attachedPath = z
  .string({ error: 'expected-text' })
  .check(
    z.regex(/^(?![\\/])(?![A-Za-z]:)(?!.*(^|[\\/])\.\.([\\/]|$))[^\0]+$/, { error: 'attachment-path' }),
    describe('Путь к файлу от папки этого файла: «files/kejs.pdf» (без «..»).'),
  );

const webAddress = z
  .string({ error: 'expected-text' })
  .check(z.regex(/^https?:\/\/[^\s]+$/i, { error: 'link-url' }), describe('Адрес в интернете: https://….'));

export const practiceSchema = z
  .strictObject({
    kind: z.literal('practice'),
    title: text('Название практики.'),
    school: text('Школа: краткое наименование, как в реестре: МБОУ «СОШ № 6».'),
    author: text('Автор или авторы: «И.И. Иванова, классный руководитель 7 «А» класса».'),
    topic: text('Направление: «Работа с родителями», «Профориентация».'),
    year: z.int({ error: 'expected-number' }).check(z.minimum(1990, { error: 'year-range' }), z.maximum(2100, { error: 'year-range' }), describe('Год: 2023.')),
    description: text('Краткое описание: что сделано и что получилось (абзацы — с новой строки).'),
    files: z._default(z.array(z.strictObject({ title: text('Подпись к файлу.'), path: attachedPath }), { error: 'expected-list' }), []),
    links: z._default(z.array(z.strictObject({ title: text('Подпись к ссылке.'), url: webAddress }), { error: 'expected-list' }), []),
    status: z
      .enum(practiceStatuses, { error: 'practice-status' })
      .check(describe('submitted (прислана), selected (отобрана), published (опубликована на сайте).')),
    example: z._default(z.boolean({ error: 'expected-boolean' }), false).check(describe('true — учебный пример, на сайте помечен как пример.')),
  })
  .check(z.meta({ title: 'Эффективная практика', description: 'Практика классного руководителя для каталога на сайте (kind: practice).' }));

export type Practice = z.infer<typeof practiceSchema>;
