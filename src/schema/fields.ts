// Field schemas shared by every kind of file. Each failing check carries one of
// our message codes (see src/i18n/messages.ts) as its zod message, so the
// validator can say precisely what is wrong instead of zod's generic text.
//
// The schemas use zod/mini, zod's tree-shakable form: the same validation and
// JSON Schema, but it loads in a fifth of the time, and every `centre validate`
// pays that time before it reads a file.
import * as z from 'zod/mini';
import { parseAcademicYear } from './dates.js';
import { outputsIsoDate, parseIsoDate } from './iso-date.js';

export const describe = (description: string) => z.meta({ description });

// A check holds no state of the field it checks, so one serves every field: a
// schema file has some hundred of them, and making each again is a noticeable
// part of the start-up of every command that validates (issue 9).
const notBlank = z.regex(/\S/, { error: 'empty-text' });

/** A piece of text that must say something (not empty, not only spaces). */
export const text = (description: string) => z.string({ error: 'expected-text' }).check(notBlank, describe(description));

const dateFormat = z.regex(/^\s*(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})\s*$/, { error: 'date-format', abort: true });
const possibleDate = z.refine<string>((value) => parseIsoDate(value) !== undefined, { error: 'impossible-date' });
// The date as the one date type, normalised: «27.09.2023» comes out as «2023-09-27». An overwrite,
// not a transform, so that the JSON Schema (io: 'input') keeps the defaults around it; after an
// impossible date (refused above) the value is left as written.
const normalisedDate = z.overwrite((value: string) => parseIsoDate(value) ?? value);

/** A calendar date written as 2023-09-27 or 27.09.2023; impossible dates are refused; the value is its normalised IsoDate. */
export const calendarDate = (description: string) =>
  outputsIsoDate(z.string({ error: 'expected-date' }).check(dateFormat, possibleDate, normalisedDate, describe(description)));

/** An academic year such as 2023-2024 (1 September – 31 August); the years must follow each other. */
export const academicYear = z.string({ error: 'expected-academic-year' }).check(
  z.regex(/^\s*\d{4}\s*[-–—]\s*\d{4}\s*$/, { error: 'academic-year-format', abort: true }),
  z.refine((value: string) => parseAcademicYear(value) !== undefined, { error: 'academic-year-order' }),
  describe('Учебный год, например 2023-2024 (с 1 сентября по 31 августа).'),
);

/** `example: true`: a file `centre init` wrote to start from; `centre site build` leaves it out until the line is deleted. */
export const exampleFlag = z.optional(
  z
    .boolean({ error: 'expected-boolean' })
    .check(describe('true — пример из centre init: на сайт не попадает, пока эта строка не удалена (или centre site build --examples).')),
);

/** A short, stable code such as an item's id: Latin letters, digits, «-», «_», «.», no spaces. */
export const identifier = (description: string) =>
  z.string({ error: 'expected-text' }).check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'id-format' }), describe(description));

/**
 * An item's id: a code (buz-001, «2.1» in quotes) or a whole number written
 * bare (14), which means the same as «14». A bare number with a dot is not
 * taken: YAML reads 2.10 as the number 2.1.
 */
export const itemIdentifier = (description: string) =>
  z.union([
    identifier(description),
    z.pipe(
      z.number({ error: 'expected-text' }).check(z.refine((value: number) => Number.isInteger(value) && value >= 0, { error: 'id-number-with-dot' })),
      z.transform((value: number) => String(value)),
    ),
  ]);

export const textList = (description: string) =>
  z.array(text('Строка списка.'), { error: 'expected-list' }).check(z.minLength(1, { error: 'empty-list' }), describe(description));
