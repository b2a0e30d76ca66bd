// Whether an existing file is a document this tool wrote, so that it may be
// written over: a DOCX says so in its properties (docProps/core.xml's
// description), set by the renderer that made it. Anything unreadable is not ours.
import { readFileSync } from 'node:fs';
import { unzipGuarded } from '../util/zip-guard.js';

/** Whether `file` is a DOCX whose description is `description`. */
export function isDocxDescribedAs(file: string, description: string, fileBytes = 20 * 1024 * 1024): boolean {
  try {
    const parts = unzipGuarded(readFileSync(file), { fileBytes, entries: 500, partBytes: 1024 * 1024, ratio: 200 }, (name) => name === 'docProps/core.xml');
    return new TextDecoder().decode(parts.get('docProps/core.xml') ?? new Uint8Array()).includes(`<dc:description>${description}</dc:description>`);
  } catch {
    return false;
  }
}
