// A juror filling in a sheet, with a writer other than centre's own: the
// sheet's XML is edited in place with fflate, as a spreadsheet program would
// save typed values (numbers as <v>, text as inline strings).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Typed = number | string | null;

export function fillSheet(bytes: Uint8Array, values: Record<string, Typed>, saved?: string): Uint8Array {
  const parts = unzipSync(bytes);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  let xml = strFromU8(parts[sheetPath]!);
  for (const [address, value] of Object.entries(values)) {
    const pattern = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
    if (!pattern.test(xml)) throw new Error(`no cell ${address} in the sheet`);
    xml = xml.replace(pattern, (_, attributes: string) => {
      const style = /\ss="\d+"/.exec(attributes)?.[0] ?? '';
      if (value === null) return `<c r="${address}"${style}/>`;
      if (typeof value === 'number') return `<c r="${address}"${style}><v>${value}</v></c>`;
      return `<c r="${address}"${style} t="inlineStr"><is><t>${value}</t></is></c>`;
    });
  }
  parts[sheetPath] = strToU8(xml);
  if (saved !== undefined && parts['docProps/core.xml']) {
    parts['docProps/core.xml'] = strToU8(strFromU8(parts['docProps/core.xml']).replace(/(<dcterms:modified\b[^>]*>)[^<]*/, `$1${saved}`));
  }
  return zipSync(parts);
}

/** Every score cell of rows `rows` (sheet rows) and columns `letters`, set to `score`. */
export function allScores(rows: readonly number[], letters: readonly string[], score: (row: number, letter: string) => Typed): Record<string, Typed> {
  return Object.fromEntries(rows.flatMap((row) => letters.map((letter) => [`${letter}${row}`, score(row, letter)])));
}
