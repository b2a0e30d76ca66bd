// A news item of the site: a Markdown file of the workspace's news/ folder that
// starts with front matter (YAML between «---» lines) giving its title and date.
import * as z from 'zod/mini';
import { calendarDate, describe, text } from './fields.js';

export const newsSchema = z
  .strictObject({
    title: text('Заголовок новости.'),
    date: calendarDate('Дата новости: 2023-11-20 или 20.11.2023; список новостей идёт от новых к старым.'),
    summary: z.optional(text('Одна-две фразы для списка новостей и ленты (необязательно; иначе — первый абзац).')),
    draft: z.optional(
      z
        .boolean({ error: 'expected-boolean' })
        .check(describe('true — черновик (так его пишет centre news from-record): на сайт не попадает, пока эта строка не удалена.')),
    ),
  })
  .check(z.meta({ title: 'Новость', description: 'Заголовок и дата новости раздела (front matter файла news/*.md).' }));

export type NewsFrontMatter = z.infer<typeof newsSchema>;
