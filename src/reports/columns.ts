/** A spreadsheet column's letters from its number: 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  const rest = Math.floor((column - 1) / 26);
  return (rest > 0 ? columnLetter(rest) : '') + String.fromCharCode(65 + ((column - 1) % 26));
}
