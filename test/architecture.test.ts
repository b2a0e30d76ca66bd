// ARCHITECTURE.md's table of layers and the layers that `npm run lint:layers` enforces
// (.dependency-cruiser.cjs) are one list: a layer moved or added in one is moved or added in both.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const { layers } = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as { layers: string[][] };

/** The folders of each row of the table under «## Layers», bottom up. */
function documentedLayers(): string[][] {
  const text = readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
  const section = text.slice(text.indexOf('\n## Layers\n'), text.indexOf('\n## ', text.indexOf('\n## Layers\n') + 1));
  return section
    .split('\n')
    .filter((line) => /^\| [^-|]/.test(line) && !line.startsWith('| layer '))
    .map((line) => [...line.split('|')[2]!.matchAll(/`src\/([\w-]+)\/`/g)].map((match) => match[1]!));
}

describe('the layers of ARCHITECTURE.md', () => {
  it('are the layers the lint enforces, in the same order', () => {
    expect(documentedLayers()).toEqual(layers);
  });

  it('hold every folder of src/', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(layers.flat().sort()).toEqual(folders);
  });
});
