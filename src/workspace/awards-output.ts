// What the award commands (`contest diplomas`, `certificates`) write besides
// the DOCX: how they know their own earlier output, and the PDF beside it.
import { readFileSync } from 'node:fs';
import { AWARDS_DESCRIPTION } from '../contest/awards-docx.js';
import { pdfOfDocx } from '../docs/pdf.js';
import type { WorkspaceContext } from './context.js';
import { isDocxDescribedAs } from './own-documents.js';
import { writeOutput } from './write-output.js';

/** Whether an existing file is a DOCX of awards that `contest diplomas` or `certificates` wrote (its document properties say so). */
export function isOwnAwards(file: string): boolean {
  try {
    // a PDF is ours when it is one and the DOCX it was made from, beside it, is ours
    if (file.toLowerCase().endsWith('.pdf'))
      return readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-' && isOwnAwards(file.replace(/\.pdf$/iu, '.docx'));
    return isDocxDescribedAs(file, AWARDS_DESCRIPTION, 50 * 1024 * 1024);
  } catch {
    return false;
  }
}

/** The PDF beside the DOCX, when LibreOffice can make it (true); said, and why, when it cannot. */
export async function writePdfOf(ctx: WorkspaceContext, docx: Uint8Array, pdfTarget: string): Promise<boolean> {
  const made = await pdfOfDocx(docx, ctx.env);
  if ('notMade' in made) {
    ctx.warn(ctx.t('awards-pdf-not-made', made.notMade));
    return false;
  }
  await writeOutput(ctx, pdfTarget, made.pdf);
  return true;
}
