// Reads documents back the way a user sees them: LibreOffice headless turns
// the DOCX into a PDF, and poppler's pdftotext reads the PDF's lines with their
// positions. Table cells interleave in plain text output, so text is regrouped
// by the column each line starts in.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { offlineProfile } from '../../src/util/offline-libreoffice.js';

export interface PdfLine {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * Runs LibreOffice headless with a profile of its own, so that parallel runs do not clash: the one
 * centre's conversions start from (src/util/offline-libreoffice.ts), with any more settings given.
 */
export function soffice(args: readonly string[], settings: readonly string[] = []): void {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'centre-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=${offlineProfile(profile, settings)}`, '--headless', ...args], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A folder holding a stand-in `soffice` (or another `name`), a shell script that runs `body`: put first on a command's PATH. */
export function standInSoffice(body: string, name = 'soffice'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centre-soffice-'));
  writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
  chmodSync(path.join(dir, name), 0o755);
  return dir;
}

/** Converts DOCX files to PDF in one LibreOffice run; fails when a PDF is missing or empty (soffice exits 0 even then). */
export function convertToPdf(docxPaths: readonly string[], outDir = mkdtempSync(path.join(os.tmpdir(), 'centre-pdf-'))): string[] {
  soffice(['--convert-to', 'pdf', '--outdir', outDir, ...docxPaths]);
  return docxPaths.map((docx) => {
    const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
    if (!existsSync(pdf) || statSync(pdf).size === 0) throw new Error(`LibreOffice could not open ${docx}: no PDF was written`);
    return pdf;
  });
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'", '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(lt|gt|amp|quot|apos|#39);/g, (entity) => entities[entity]!);

/** Wider than a space between words, narrower than a cell border with its margins. */
const CELL_GAP = 8;

/**
 * Every line of text in the PDF, page by page, top to bottom, with where it
 * starts. pdftotext joins the lines of neighbouring table cells that share a
 * baseline; they are split again where the gap between two words is too wide
 * to be a space.
 */
export function pdfLines(pdf: string): PdfLine[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: PdfLine[] = [];
  xhtml
    .split('<page ')
    .slice(1)
    .forEach((page, index) => {
      for (const line of page.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
        let current: { x: number; y: number; end: number; words: string[] } | undefined;
        for (const word of line[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
          const [x, y, end] = [Number(word[1]), Number(word[2]), Number(word[3])];
          if (!current || x - current.end > CELL_GAP) {
            if (current) lines.push({ page: index + 1, x: current.x, y: current.y, text: current.words.join(' ') });
            current = { x, y, end, words: [] };
          }
          current.words.push(unescape(word[4]!));
          current.end = end;
        }
        if (current) lines.push({ page: index + 1, x: current.x, y: current.y, text: current.words.join(' ') });
      }
    });
  return lines.sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
}

/** Joins lines into running text; a line ending in a hyphen continues the word on the next line. */
export function joinLines(lines: readonly PdfLine[]): string {
  return lines.reduce((text, line) => (text === '' ? line.text : text.endsWith('-') ? text + line.text : `${text} ${line.text}`), '');
}

/**
 * Groups the lines of a table by column: the x positions where many lines
 * start are the left edges of left-aligned columns. Returns each column's
 * text in reading order, and the text of all other lines (centred titles,
 * section rows, item numbers, anything outside the table).
 */
export function columnTexts(lines: readonly PdfLine[], minimumLines = 5): { columns: string[]; other: string } {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.x), (counts.get(Math.round(line.x)) ?? 0) + 1);
  const starts = [...counts.entries()]
    .filter(([, count]) => count >= minimumLines)
    .map(([x]) => x)
    .sort((a, b) => a - b);
  const columnOf = (line: PdfLine) => starts.findIndex((start) => Math.abs(line.x - start) <= 1.5);
  const columns = starts.map((_, index) => joinLines(lines.filter((line) => columnOf(line) === index)));
  return { columns, other: joinLines(lines.filter((line) => columnOf(line) === -1)) };
}

/**
 * Whitespace of every kind (including no-break spaces) folded to one space;
 * soft hyphens dropped; a word broken after its own hyphen at the end of a
 * line («научно-⏎методического») joined again.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1-')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

/** Asserts that every needle occurs in `text`, each after the previous one. */
export function expectInOrder(text: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `«${needle}» should appear after position ${from} in:\n${text.slice(Math.max(0, from - 200), from + 400)}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

const run = promisify(execFile);

/**
 * How pdftotext orders the text. `raw` keeps the order LibreOffice wrote it in:
 * cell by cell, row by row, so the lines of one table cell stay together.
 * `layout` keeps the lines of the page, so neighbouring cells interleave line
 * by line; it suits checking what sits beside what.
 */
export type PdfTextMode = 'raw' | 'layout';

/** Converts one DOCX to PDF into `outDir` and returns the PDF's path. */
export function docxToPdf(docxPath: string, outDir: string): string {
  return convertToPdf([docxPath], outDir)[0]!;
}

/** The text of a PDF as pdftotext reads it (UTF-8, pages separated by form feeds). */
export async function pdfToText(pdfPath: string, mode: PdfTextMode = 'raw'): Promise<string> {
  const { stdout } = await run('pdftotext', [`-${mode}`, '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}
