// The stored results of formula cells, read from a sheet's XML inside the zip:
// exceljs drops a stored result of 0 or of empty text (its formula value keeps
// only truthy fields), and a total a person corrected to 0 must still be read.
// The zip's parts were checked against their limits before (read-summary.ts).
import { strFromU8, unzipSync } from 'fflate';

/** A stored result as a person sees it: a number, a text («да»/«нет» for a boolean), or nothing (an error). */
export type StoredResult = number | string | null;

const xmlText = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[name]) return named[name]!;
    return String.fromCodePoint(name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });

/** The zip part of a sheet, by its name: through xl/workbook.xml and its relationships, as any program may have named the part. */
function sheetPart(bytes: Uint8Array, sheet: string): string | undefined {
  const parts = unzipSync(bytes, { filter: (file) => file.name === 'xl/workbook.xml' || file.name === 'xl/_rels/workbook.xml.rels' });
  const workbook = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
  const tag = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map((match) => match[0])
    .find((one) => xmlText(/\bname="([^"]*)"/.exec(one)?.[1] ?? '') === sheet);
  const id = tag && /\b\w+:id="([^"]*)"/.exec(tag)?.[1];
  if (!id) return undefined;
  const relationship = [...strFromU8(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array()).matchAll(/<Relationship\b[^>]*>/g)]
    .map((match) => match[0])
    .find((one) => one.includes(`Id="${id}"`));
  const target = relationship && /\bTarget="([^"]*)"/.exec(relationship)?.[1];
  return target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * The stored results of the formula cells named, read from the sheet's XML itself: exceljs
 * drops a result of 0 or of empty text, and a total a person corrected to 0 must still be seen.
 */
export function storedResults(bytes: Uint8Array, sheet: string, wanted: ReadonlySet<string>): Map<string, StoredResult> {
  const found = new Map<string, StoredResult>();
  const part = sheetPart(bytes, sheet);
  const xml = part ? unzipSync(bytes, { filter: (file) => file.name === part })[part] : undefined;
  if (!xml) return found;
  for (const cell of strFromU8(xml).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const address = /\br="([A-Z]+\d+)"/.exec(cell[1]!)?.[1];
    if (!address || !wanted.has(address)) continue;
    const stored = /<v>([^<]*)<\/v>/.exec(cell[2] ?? '')?.[1];
    if (stored === undefined) continue;
    const type = /\bt="(\w+)"/.exec(cell[1]!)?.[1];
    found.set(address, type === 'str' ? xmlText(stored) : type === 'e' ? null : type === 'b' ? (stored === '1' ? 'да' : 'нет') : Number(stored));
  }
  return found;
}
