// News items: Markdown files of the workspace's news/ folder, each starting with
// front matter (YAML between «---» lines) that gives its title and date. The
// front matter is read by the same located reader as every YAML file, so a
// mistake is reported at its line and column in the .md file. Pure.
import { compareDiagnostics, hasErrors, type Diagnostic } from '../schema/diagnostic.js';
import type { IsoDate } from '../schema/iso-date.js';
import { issuesToDiagnostics } from '../schema/issues.js';
import { newsSchema, type NewsFrontMatter } from '../schema/news.js';
import { parseSource } from '../schema/source.js';

export interface NewsText {
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly date: IsoDate;
  readonly summary?: string;
  readonly draft: boolean;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** The line of the file where the body starts (1-based), to place what is said about it. */
  readonly bodyLine: number;
}

const fence = /^---[ \t]*\r?$/;

/** The title, date and body of a news file, or the located problems that keep it out of the site. */
export function readNewsText(file: string, text: string): { news?: NewsText; diagnostics: Diagnostic[] } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (!fence.test(lines[0] ?? '')) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', code: 'news-no-front-matter' }] };
  const closing = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (closing === -1) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', code: 'news-front-matter-unclosed' }] };
  // the opening «---» is YAML's own start of a document: the front matter parses with the positions of the .md file
  const { source, diagnostics } = parseSource(file, lines.slice(0, closing).join('\n'));
  if (hasErrors(diagnostics)) return { diagnostics: diagnostics.sort(compareDiagnostics) };
  const data: unknown = source.document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { diagnostics: [{ file, line: 2, column: 1, severity: 'error', code: 'news-no-front-matter' }] };
  const parsed = newsSchema.safeParse(data);
  if (!parsed.success) return { diagnostics: [...diagnostics, ...issuesToDiagnostics(source, newsSchema, data, parsed.error.issues)].sort(compareDiagnostics) };
  const value: NewsFrontMatter = parsed.data;
  return {
    news: {
      title: value.title.trim(),
      date: value.date,
      ...(value.summary !== undefined ? { summary: value.summary.trim() } : {}),
      draft: value.draft === true,
      body: lines.slice(closing + 1).join('\n'),
      bodyLine: closing + 2,
    },
    diagnostics,
  };
}

/** Newest first; on one day, by title. */
export function newestFirst<T extends { readonly date: string; readonly title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title, 'ru') : a.date < b.date ? 1 : -1));
}
