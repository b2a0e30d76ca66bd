// The centre itself (`kind: centre`): its name, the organisation it works at,
// its head and public contacts. One such file per workspace; the site's «О
// центре» starts with it. These are an organisation's contacts, published as
// they are written.
import * as z from 'zod/mini';
import { describe, exampleFlag, text } from './fields.js';

export const centreSchema = z
  .strictObject({
    kind: z.literal('centre'),
    example: exampleFlag,
    name: text('Полное название центра, как в приказе о создании.'),
    host: text('Организация, на базе которой работает центр: МБОУ «СОШ № 6».'),
    region: z.optional(text('Район или регион: «Гайский городской округ Оренбургской области».')),
    head: z.optional(
      z.strictObject({ name: text('Инициалы и фамилия.'), position: text('Должность: «Руководитель центра».') }).check(describe('Руководитель центра.')),
    ),
    address: z.optional(text('Почтовый адрес организации.')),
    phone: z.optional(text('Телефон организации.')),
    email: z.optional(text('Электронная почта организации.')),
    about: z.optional(text('Несколько слов о центре для первой страницы раздела (абзацы — с новой строки).')),
  })
  .check(z.meta({ title: 'Центр', description: 'Сведения о центре для раздела сайта (kind: centre).' }));

export type Centre = z.infer<typeof centreSchema>;
