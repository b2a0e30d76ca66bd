// A date written in a test as the one date type: parsed by the date module, as
// a schema would (27.09.2023 comes out as 2023-09-27). A text that is not a
// date is a mistake in the test, so it throws.
import { parseIsoDate, type IsoDate } from '../../src/schema/iso-date.js';

export function iso(text: string): IsoDate {
  const date = parseIsoDate(text);
  if (date === undefined) throw new Error(`not a date: ${JSON.stringify(text)}`);
  return date;
}
