// The renderings of diagnostics: human (header, source frame), short
// (`file:line:col: error: message`, one per line) and JSON.
import type { Palette } from './colours.js';
import type { Diagnostic } from '../../schema/diagnostic.js';
import type { Translate } from '../../i18n/messages.js';

export type DiagnosticFormat = 'human' | 'short' | 'json';

export interface RenderOptions {
  readonly t: Translate;
  readonly colours: Palette;
  /** Source text by file, for the frame under each diagnostic. */
  readonly sources: ReadonlyMap<string, string>;
}

function location(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
}

export function renderShort(d: Diagnostic, t: Translate): string {
  return `${location(d)}: ${t(`severity-${d.severity}`)}: ${t(d.code, d.params)}`;
}

type CodeFrame = typeof import('./code-frame.js').codeFrameColumns;

function renderHuman(d: Diagnostic, { t, colours, sources }: RenderOptions, codeFrameColumns?: CodeFrame): string {
  const paint = d.severity === 'error' ? colours.error : colours.warning;
  const header = `${colours.strong(location(d))}  ${paint(`${t(`severity-${d.severity}`)}:`)} ${t(d.code, d.params)}`;
  const source = sources.get(d.file);
  if (d.line === 0 || source === undefined || !codeFrameColumns) return header;
  const end = d.endColumn === undefined ? undefined : { line: d.line, column: d.endColumn };
  const frame = codeFrameColumns(source, { start: { line: d.line, column: d.column }, end }, { highlightCode: false, linesAbove: 1, linesBelow: 1 });
  return `${header}\n${frame}\n`;
}

export function renderJson(diagnostics: readonly Diagnostic[], t: Translate): string {
  const rows = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: t(d.code, d.params),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export async function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: Exclude<DiagnosticFormat, 'json'>,
  options: RenderOptions,
): Promise<string> {
  if (diagnostics.length === 0) return '';
  if (format === 'short') return `${diagnostics.map((d) => renderShort(d, options.t)).join('\n')}\n`;
  // Loaded only when there is something to show: a clean run never pays for it.
  const { codeFrameColumns } = await import('./code-frame.js');
  return `${diagnostics.map((d) => renderHuman(d, options, codeFrameColumns)).join('\n')}\n`;
}
