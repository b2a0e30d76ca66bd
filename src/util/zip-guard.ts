// Opens a zip (XLSX, DOCX) that came from outside as hostile input: the size,
// the number of entries and each wanted part's unpacked size and compression
// ratio are checked from the central directory before anything is inflated,
// and nothing inflates past the part limit whatever the directory says.
import * as zlib from 'node:zlib';

export interface ZipLimits {
  readonly fileBytes: number;
  readonly entries: number;
  /** Uncompressed size of any one part we read. */
  readonly partBytes: number;
  /** Compression ratio beyond which a part is taken for a zip bomb. */
  readonly ratio: number;
}

export type ZipProblem = 'too-large' | 'encrypted' | 'not-zip' | 'too-many-parts' | 'zip-bomb' | 'damaged';

export class ZipGuardError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail?: string,
  ) {
    super(detail ?? problem);
    this.name = 'ZipGuardError';
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Whether the bytes are an OLE compound file: a password-protected Office file, or an old .doc/.xls. */
function isOleFile(bytes: Uint8Array): boolean {
  return OLE.every((byte, i) => bytes[i] === byte);
}

/** Refuses what is too big, encrypted (an OLE container) or not a zip at all, before any unpacking. */
export function checkZipFile(bytes: Uint8Array, limits: ZipLimits): void {
  if (bytes.length > limits.fileBytes) throw new ZipGuardError('too-large');
  if (isOleFile(bytes)) throw new ZipGuardError('encrypted');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ZipGuardError('not-zip');
}

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;

/**
 * The wanted parts, inflated, once each has passed the limits in the central
 * directory. Node's zlib inflates them with a ceiling on the output, so a
 * header that lies about a size cannot make it unpack more (and it is some
 * three times faster than inflating in JavaScript: merge reads 40,000 files).
 * Only what OOXML writers produce is read: stored or deflated parts, no ZIP64.
 */
export function unzipGuarded(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  try {
    return readEntries(bytes, limits, wanted);
  } catch (error) {
    if (error instanceof ZipGuardError) throw error;
    throw new ZipGuardError('damaged', (error as Error).message);
  }
}

function readEntries(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  if (count > limits.entries) throw new ZipGuardError('too-many-parts');
  let at = view.getUint32(end + 16, true);
  const parts = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw new ZipGuardError('damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipGuardError('damaged');
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8');
    at += 46 + skip;
    if (!wanted(name)) continue;
    if (flags & 1) throw new ZipGuardError('encrypted');
    if (size > limits.partBytes || size > Math.max(compressed, 1) * limits.ratio) throw new ZipGuardError('zip-bomb');
    const part = inflate(bytes, view, local, method, compressed, limits);
    // A part whose bytes are not the ones its header vouches for is damaged, whatever it inflates to.
    if (part.length !== size || crc32(part) !== view.getUint32(at - skip - 46 + 16, true)) throw new ZipGuardError('damaged');
    parts.set(name, part);
  }
  // a directory holding more entries than its end record counts hides parts from this check that another reader would open
  if (at !== view.getUint32(end + 16, true) + view.getUint32(end + 12, true)) throw new ZipGuardError('damaged');
  return parts;
}

function findEndOfDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipGuardError('damaged');
}

function inflate(bytes: Uint8Array, view: DataView, local: number, method: number, compressed: number, limits: ZipLimits): Uint8Array {
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw new ZipGuardError('damaged');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressed > bytes.length) throw new ZipGuardError('damaged');
  const data = bytes.subarray(start, start + compressed);
  if (method === 0) return data;
  if (method !== 8) throw new ZipGuardError('damaged');
  try {
    // The central directory can lie about sizes; the ceiling holds whatever it says.
    return zlib.inflateRawSync(data, { maxOutputLength: limits.partBytes });
  } catch (error) {
    throw new ZipGuardError(error instanceof RangeError ? 'zip-bomb' : 'damaged');
  }
}

let crcTable: Uint32Array | undefined;

/** CRC-32 of ZIP: zlib's own where Node has it (20.15 and later), else by table. */
function crc32(data: Uint8Array): number {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data) >>> 0;
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
