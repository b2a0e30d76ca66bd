// What a practice may attach for the school's site: documents and pictures that
// a browser shows or downloads but never runs. A web page, an SVG or a script
// published on the school's own domain would run there with the school's
// authority, so they are refused; and a file's name is not trusted: its first
// bytes must say the same type (a «.pdf» that is a web page is refused too).

interface AttachmentType {
  readonly name: string;
  readonly extensions: readonly string[];
  readonly matches: (head: Uint8Array) => boolean;
}

const startsWith = (head: Uint8Array, expected: string | readonly number[], at = 0): boolean => {
  const bytes = typeof expected === 'string' ? Buffer.from(expected, 'latin1') : expected;
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false;
  return true;
};

const zip = (head: Uint8Array) => startsWith(head, 'PK\x03\x04');
// Word 97–2003 and Excel 97–2003: an OLE compound file
const ole = (head: Uint8Array) => startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// OpenDocument: a zip whose first entry, stored uncompressed, is «mimetype»
const openDocument = (mime: string) => (head: Uint8Array) =>
  zip(head) && startsWith(head, 'mimetype', 30) && startsWith(head, `application/vnd.oasis.opendocument.${mime}`, 38);

const publishable: readonly AttachmentType[] = [
  { name: 'PDF', extensions: ['.pdf'], matches: (head) => startsWith(head, '%PDF-') },
  { name: 'DOCX', extensions: ['.docx'], matches: zip },
  { name: 'DOC', extensions: ['.doc'], matches: ole },
  { name: 'ODT', extensions: ['.odt'], matches: openDocument('text') },
  { name: 'XLSX', extensions: ['.xlsx'], matches: zip },
  { name: 'XLS', extensions: ['.xls'], matches: ole },
  { name: 'ODS', extensions: ['.ods'], matches: openDocument('spreadsheet') },
  { name: 'PPTX', extensions: ['.pptx'], matches: zip },
  { name: 'PNG', extensions: ['.png'], matches: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: 'JPEG', extensions: ['.jpg', '.jpeg'], matches: (head) => startsWith(head, [0xff, 0xd8, 0xff]) },
  { name: 'GIF', extensions: ['.gif'], matches: (head) => startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a') },
  { name: 'WebP', extensions: ['.webp'], matches: (head) => startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8) },
];

/** How many first bytes of a file `checkAttachment` needs. */
export const attachmentHeadBytes = 96;

export type AttachmentCheck =
  | { readonly ok: true; readonly type: string }
  /** Not a type a school publishes (a web page, SVG, script, archive, text…). */
  | { readonly ok: false; readonly problem: 'type' }
  /** The name says `expected`, the content is something else (`found`, when it is a known type or a web page). */
  | { readonly ok: false; readonly problem: 'content'; readonly expected: string; readonly found?: string };

/** Whether a file named with `extension` («.pdf») and starting with `head` may be published. */
export function checkAttachment(extension: string, head: Uint8Array): AttachmentCheck {
  const type = publishable.find((candidate) => candidate.extensions.includes(extension.toLowerCase()));
  if (!type) return { ok: false, problem: 'type' };
  if (type.matches(head)) return { ok: true, type: type.name };
  const found = looksLikeMarkup(head) ? 'HTML' : publishable.find((candidate) => candidate.matches(head))?.name;
  return { ok: false, problem: 'content', expected: type.name, ...(found ? { found } : {}) };
}

/** Text that starts, after a byte-order mark and white space, with «<»: a web page, SVG or XML. */
function looksLikeMarkup(head: Uint8Array): boolean {
  const text = Buffer.from(head)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  return text.startsWith('<');
}

/** The types a school may attach, for messages: «PDF, DOCX, …». */
export const publishableTypeNames = publishable.map((type) => type.name).join(', ');
