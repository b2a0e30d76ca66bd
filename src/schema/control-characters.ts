// Control characters (NUL, BEL, ESC, the C1 block…) are invisible: a document
// drops them, gluing the words around them, and a terminal obeys them. They
// reach a file by pasting from another program or by a YAML escape ("\e"), and
// are refused wherever they are, with the character named. Tab, line feed and
// carriage return are ordinary text. Lone surrogate halves and U+FFFE/U+FFFF
// are no characters at all and cannot be written into a document either.

export const forbidden = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const forbiddenAll = new RegExp(forbidden.source, 'g');

/** At most this many are reported per file: a binary file would have thousands. */
export const maxReported = 20;

const c0Names = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');
const c1Names: Record<number, string> = { 0x85: 'NEL', 0x9b: 'CSI', 0x9d: 'OSC' };

export function hasControlCharacter(text: string): boolean {
  return forbidden.test(text);
}

/** «U+001B ESC», «U+0085 NEL», «U+D800» for the character at the start of `char`. */
export function describeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = code < 0x20 ? c0Names[code] : code === 0x7f ? 'DEL' : c1Names[code];
  return name ? `${hex} ${name}` : hex;
}

export interface FoundCharacter {
  readonly offset: number;
  readonly char: string;
}

/** The control characters written as such in the text, first ones first. */
export function findControlCharacters(text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  forbiddenAll.lastIndex = 0;
  for (let match = forbiddenAll.exec(text); match && found.length < maxReported; match = forbiddenAll.exec(text)) {
    found.push({ offset: match.index, char: match[0] });
  }
  return found;
}
