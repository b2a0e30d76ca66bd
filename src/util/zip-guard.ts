// Opens a zip (XLSX, DOCX) that came from outside as hostile input: the size,
// the number of entries and each wanted part's unpacked size and compression
// ratio are checked from the central directory before anything is inflated,
// and again on what was actually inflated.
import { unzipSync, type UnzipFileInfo } from 'fflate';

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
  constructor(readonly problem: ZipProblem, detail?: string) {
    super(detail ?? problem);
    this.name = 'ZipGuardError';
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Whether the bytes are an OLE compound file: a password-protected Office file, or an old .doc/.xls. */
export function isOleFile(bytes: Uint8Array): boolean {
  return OLE.every((byte, i) => bytes[i] === byte);
}

/** Refuses what is too big, encrypted (an OLE container) or not a zip at all, before any unpacking. */
export function checkZipFile(bytes: Uint8Array, limits: ZipLimits): void {
  if (bytes.length > limits.fileBytes) throw new ZipGuardError('too-large');
  if (isOleFile(bytes)) throw new ZipGuardError('encrypted');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ZipGuardError('not-zip');
}

/** The wanted parts, inflated, once every entry of the central directory has passed the limits. */
export function unzipGuarded(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let entries = 0;
  const check = (file: UnzipFileInfo) => {
    if (++entries > limits.entries) throw new ZipGuardError('too-many-parts');
    if (!wanted(file.name)) return false;
    if (file.originalSize > limits.partBytes || file.originalSize > Math.max(file.size, 1) * limits.ratio) throw new ZipGuardError('zip-bomb');
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof ZipGuardError) throw error;
    throw new ZipGuardError('damaged', (error as Error).message);
  }
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    // The central directory can lie about sizes; what was inflated cannot.
    if (data.length > limits.partBytes) throw new ZipGuardError('zip-bomb');
    parts.set(name, data);
  }
  return parts;
}
