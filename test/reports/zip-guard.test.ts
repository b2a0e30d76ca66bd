// The zip guard under the form reader: what it refuses, and why.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipGuarded, ZipGuardError } from '../../src/util/zip-guard.js';

const limits = { fileBytes: 64 * 1024 * 1024, entries: 10, partBytes: 1024 * 1024, ratio: 200 };
const all = () => true;

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof ZipGuardError) return error.problem;
    throw error;
  }
}

/** Offsets of the central directory headers of a zip. */
function centralHeaders(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at++) if (view.getUint32(at, true) === 0x02014b50) found.push(at);
  return found;
}

describe('unzipGuarded', () => {
  it('calls a part damaged when its bytes are not the ones its CRC-32 vouches for', () => {
    const zip = zipSync({ 'a.xml': [strToU8('<a>12</a>'), { level: 0 }] });
    expect(strFromU8(unzipGuarded(zip, limits, all).get('a.xml')!)).toBe('<a>12</a>');
    const flipped = zip.slice();
    const at = flipped.indexOf(0x31); // the «1» of the stored text
    flipped[at] = 0x39;
    expect(problemOf(() => unzipGuarded(flipped, limits, all))).toBe('damaged');
  });

  it('reads stored and deflated parts, only those wanted', () => {
    const zip = zipSync({ 'a.xml': [strToU8('<a/>'), { level: 0 }], 'b.xml': [strToU8('<b>'.repeat(100)), { level: 9 }], 'c.xml': strToU8('<c/>') });
    const parts = unzipGuarded(zip, limits, (name) => name !== 'c.xml');
    expect([...parts.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(strFromU8(parts.get('a.xml')!)).toBe('<a/>');
    expect(strFromU8(parts.get('b.xml')!)).toBe('<b>'.repeat(100));
  });

  it('refuses a part whose central directory lies about its size, once it unpacks past the ceiling', () => {
    const zip = zipSync({ 'x.xml': [new Uint8Array(3 * 1024 * 1024), { level: 9 }] });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const [header] = centralHeaders(zip);
    view.setUint32(header! + 24, 1000, true); // «1000 bytes unpacked»
    expect(problemOf(() => unzipGuarded(zip, { ...limits, ratio: 1e9 }, all))).toBe('zip-bomb');
    // and an honest header is refused before anything is inflated
    expect(problemOf(() => unzipGuarded(zipSync({ 'x.xml': [new Uint8Array(3 * 1024 * 1024), { level: 9 }] }), limits, all))).toBe('zip-bomb');
  });

  it('refuses too many parts, an encrypted part, and damage, each by its name', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`${i}.xml`, strToU8('<x/>')])));
    expect(problemOf(() => unzipGuarded(many, limits, all))).toBe('too-many-parts');
    const encrypted = zipSync({ 'x.xml': strToU8('<x/>') });
    const view = new DataView(encrypted.buffer, encrypted.byteOffset, encrypted.byteLength);
    view.setUint16(centralHeaders(encrypted)[0]! + 8, 1, true);
    expect(problemOf(() => unzipGuarded(encrypted, limits, all))).toBe('encrypted');
    const good = zipSync({ 'x.xml': strToU8('<x>'.repeat(50)) });
    expect(problemOf(() => unzipGuarded(good.subarray(0, good.length - 30), limits, all))).toBe('damaged');
    const corrupt = Uint8Array.from(good);
    corrupt.fill(0xff, 40, 60); // inside the deflated data
    expect(problemOf(() => unzipGuarded(corrupt, limits, all))).toMatch(/damaged|zip-bomb/);
  });
});
