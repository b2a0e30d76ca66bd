// A hash of every name and content under a folder, to show that a command left it as it was.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function folderHash(folder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder, { recursive: true }).map(String).sort()) {
    hash.update(name);
    try {
      hash.update(readFileSync(path.join(folder, name)));
    } catch {
      hash.update('(folder)');
    }
  }
  return hash.digest('hex');
}
