// What centre site build reads besides the validated YAML: practices' attached
// files, the Markdown pages of site/, the optional summary workbook; and the
// checks across files (a practice's school against the registry).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PlanSource } from '../calendar/agenda.js';
import { academicYearOf, maxDate } from '../calendar/days.js';
import type { IsoDate, Span } from '../calendar/model.js';
import { planPeriod } from '../calendar/plan-entries.js';
import type { MessageCode, MessageParams } from '../i18n/messages.js';
import { fileDiagnostic, type Diagnostic } from '../schema/diagnostic.js';
import type { Registry } from '../schema/reports.js';
import { suggest } from '../schema/suggest.js';
import { OVERALL_TOTAL_LABELS } from '../reports/summary-data.js';
import { attachmentHeadBytes, checkAttachment, publishableTypeNames } from '../site/attachments.js';
import type { MarkdownLink } from '../site/markdown.js';
import { regionTotals, type RegionTotals } from '../site/monitoring.js';
import { slugify, uniqueSlugs, type SiteMarkdownPage, type SitePractice, type YearState } from '../site/model.js';
import { errnoOf, readRegularFile } from './files.js';
import { readFileInside, readPublishedMarkdown } from './safe-paths.js';
import type { WorkspaceContext } from './context.js';
import { isMarkedExample } from './load.js';
import { isOfKind, type FileOf, type LoadedFile } from './model.js';

/**
 * What the section is made of: the files of plans/, and of templates/ only the monitoring form (the
 * calendar lists its report deadlines). A file marked `example: true`, as `centre init` writes them, is
 * left out unless `examples`, and said so (a practice too; with `examples`, its page says it is an example).
 */
export function siteFiles(root: string, files: readonly LoadedFile[], examples: boolean, diagnostics: Diagnostic[]): LoadedFile[] {
  const plans = path.join(root, 'plans') + path.sep;
  return files.filter((file) => {
    if (!file.path.startsWith(plans)) return isOfKind(file, 'form');
    const example = isMarkedExample(file);
    if (example && !examples) diagnostics.push({ ...fileDiagnostic(file.shown, 'site-example-left-out'), severity: 'warning' });
    return !example || examples;
  });
}

const reservedSlugs = [
  'index',
  'calendar',
  'coordinators',
  'style',
  'contrast',
  'plans',
  'documents',
  'practices',
  'files',
  'monitoring',
  'news',
  'results',
  'contests',
];

export async function readMonitoring(ctx: WorkspaceContext, file: string, diagnostics: Diagnostic[], inputs: string[]): Promise<RegionTotals | undefined> {
  const shown = ctx.display(file);
  inputs.push(file);
  if (!existsSync(file)) {
    diagnostics.push(fileDiagnostic(shown, 'file-not-found'));
    return undefined;
  }
  const { readSummaryWorkbook, differenceParams } = await import('../site/summary-reader.js');
  const { SUMMARY_FILE_LIMIT } = await import('../reports/read-summary.js');
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, SUMMARY_FILE_LIMIT);
  } catch (error) {
    const reason = errnoOf(error);
    diagnostics.push(
      fileDiagnostic(shown, 'site-summary-unreadable', { reason: reason === 'ERR_FS_FILE_TOO_LARGE' ? ctx.t('site-summary-too-large') : reason }),
    );
    return undefined;
  }
  const reading = await readSummaryWorkbook(bytes);
  if ('over' in reading) {
    const { code, params } = reading.over.describe();
    diagnostics.push(fileDiagnostic(shown, code, params));
    return undefined;
  }
  if ('problem' in reading) {
    diagnostics.push(fileDiagnostic(shown, 'site-summary-unreadable', { reason: reading.reason ?? ctx.t(unreadableReasons[reading.problem]) }));
    return undefined;
  }
  const { data } = reading;
  // a total corrected by hand in «Свод» is what the page shows, and said, as report compare says it
  for (const difference of data.differences) {
    diagnostics.push({ ...fileDiagnostic(`${shown}!${difference.cell}`, 'summary-corrected', differenceParams(difference)), severity: 'warning' });
  }
  const totals = regionTotals(data.rows!);
  if (!totals)
    diagnostics.push(
      fileDiagnostic(`${shown}!Свод`, 'site-summary-no-total', {
        label: data.totals.find((total) => total.district === '*')?.name ?? OVERALL_TOTAL_LABELS.region,
      }),
    );
  return totals;
}

const unreadableReasons = {
  'too-large': 'site-summary-too-large',
  unreadable: 'site-summary-damaged',
  damaged: 'site-summary-damaged',
  'no-sheet': 'site-summary-no-sheet',
  'not-summary': 'site-summary-not-summary',
} as const;

/** webcal://school.ru/centre/files/calendar.ics from https://school.ru/centre/. */
export function subscriptionAddress(base: string, file: string): string {
  const url = new URL(file, base.endsWith('/') ? base : `${base}/`);
  return `webcal://${url.host}${url.pathname}`;
}

/**
 * The academic year the calendar shows: today's, when a plan covers it; else the next one a plan
 * covers (the year coming); else the last one planned, which is over; with no plan, today's.
 */
export function shownYear(now: IsoDate, sources: readonly PlanSource[]): { window: Span; state: YearState } {
  const current = academicYearOf(now);
  const periods = sources.map((source) => planPeriod(source.plan)).filter((period): period is Span => period !== undefined);
  if (periods.length === 0) return { window: { start: current.start, end: current.end }, state: 'none' };
  if (periods.some((period) => period.start <= current.end && period.end >= current.start))
    return { window: { start: current.start, end: current.end }, state: 'current' };
  const coming = periods.filter((period) => period.start > now);
  const chosen = coming.length ? coming.reduce((a, b) => (b.start < a.start ? b : a)) : periods.reduce((a, b) => (b.end > a.end ? b : a));
  const year = academicYearOf(chosen.start);
  return { window: { start: year.start, end: maxDate(year.end, chosen.end) }, state: coming.length ? 'next' : 'finished' };
}

/**
 * The practices with their attachments. An attachment is published only when it
 * is a regular file inside the workspace (a link out of it, to /etc/passwd, is
 * refused, not read) of a type a school publishes, its content saying the same
 * type as its name. A refused attachment of a published practice fails the
 * build (error at its `path:`): the methodist expects the page with all its
 * materials, and a warning would publish it without one; of a practice not yet
 * published, it is a warning, read no further than its first bytes.
 */
export function readPractices(
  root: string,
  sources: ReadonlyMap<string, string>,
  files: readonly FileOf<'practice'>[],
  output: Map<string, string | Uint8Array>,
  diagnostics: Diagnostic[],
): SitePractice[] {
  const slugs = uniqueSlugs(files.map((file) => path.basename(file.path, path.extname(file.path))));
  return files.map((file, index) => {
    const practice = file.validated.value;
    const slug = slugs[index]!;
    const attachmentSlugs = uniqueSlugs(practice.files.map((attached) => path.basename(attached.path, path.extname(attached.path))));
    const published = practice.status === 'published';
    const attached = practice.files.flatMap((attachment, i) => {
      const refuse = (code: MessageCode, params: MessageParams = {}) => {
        const where = locateValue(sources.get(file.shown) ?? '', file.lineOf?.(['files', i]) ?? 1, 'path');
        diagnostics.push({ file: file.shown, ...where, severity: published ? 'error' : 'warning', code, params: { value: attachment.path, ...params } });
      };
      const read = readAttachment(root, path.resolve(path.dirname(file.path), attachment.path), refuse, !published);
      if (!read) return [];
      if (!published) return [];
      const name = `files/practices/${slug}/${attachmentSlugs[i]}${path
        .extname(attachment.path)
        .toLowerCase()
        .replace(/[^.a-z0-9]/g, '')}`;
      output.set(name, read.bytes);
      return [{ title: attachment.title, file: name, bytes: read.bytes.length }];
    });
    return { practice, slug, files: attached };
  });
}

/**
 * A file the site may publish beside a page (a practice's material, a contest's regulation): a
 * regular file whose real path is inside the workspace, of an allowed type whose first bytes agree
 * with its extension. Otherwise `refuse` is told why and nothing is returned. `headOnly` reads no
 * further than the bytes the check needs (for a file that is checked, not published).
 */
export function readAttachment(
  root: string,
  file: string,
  refuse: (code: MessageCode, params?: MessageParams) => void,
  headOnly = false,
): { bytes: Buffer; type: string } | undefined {
  const read = readFileInside(root, file, headOnly ? { head: attachmentHeadBytes } : {});
  if ('problem' in read) {
    if (read.problem === 'missing') refuse('site-attachment-missing');
    else if (read.problem === 'outside') refuse('site-attachment-outside', { target: read.real });
    else if (read.problem === 'not-a-file') refuse('site-attachment-not-file');
    else refuse('site-attachment-unreadable', { reason: read.reason });
    return undefined;
  }
  const check = checkAttachment(path.extname(file), read.bytes.subarray(0, attachmentHeadBytes));
  if (!check.ok) {
    if (check.problem === 'type') refuse('site-attachment-type', { types: publishableTypeNames });
    else refuse('site-attachment-content', { expected: check.expected, actual: check.found });
    return undefined;
  }
  return { bytes: read.bytes, type: check.type };
}

/**
 * A school a practice names that the registry does not know is likely a slip
 * («СОШ №6» for «СОШ № 6»): its practices would get a school page of their own.
 */
export function checkPracticeSchools(
  files: readonly FileOf<'practice'>[],
  registry: Registry,
  sources: ReadonlyMap<string, string>,
  diagnostics: Diagnostic[],
): void {
  const squash = (name: string) => name.replace(/[\s\u00a0]+/g, '').toLocaleLowerCase('ru');
  const known = registry.schools.flatMap((school) => [school.shortName, school.name].filter((name): name is string => name !== undefined));
  // many practices of one school the registry lacks: the nearest name is looked for once
  const suggestions = new Map<string, string | undefined>();
  for (const file of files) {
    const school = file.validated.value.school.trim();
    if (known.includes(school)) continue;
    if (!suggestions.has(school)) suggestions.set(school, known.find((name) => squash(name) === squash(school)) ?? suggest(school, known));
    const where = locateValue(sources.get(file.shown) ?? '', 1, 'school');
    diagnostics.push({
      file: file.shown,
      ...where,
      severity: 'warning',
      code: 'practice-school-unknown',
      params: { value: school, suggestion: suggestions.get(school) },
    });
  }
}

/** Where the value of `key` is written, at or after the line where its block starts. */
export function locateValue(text: string, fromLine: number, key: string): { line: number; column: number } {
  const lines = text.split('\n');
  for (let index = fromLine - 1; index < lines.length; index++) {
    const match = new RegExp(`^(.*?[\\s{,-])?${key}:\\s*`).exec(lines[index]!);
    if (match) return { line: index + 1, column: match[0].length + 1 };
  }
  return { line: fromLine, column: 1 };
}

/** Where a Markdown page came from, to name the line of a broken link in its source rather than in the page. */
export interface MarkdownOrigin {
  readonly slug: string;
  readonly shown: string;
  readonly links: readonly MarkdownLink[];
}

export async function readMarkdownPages(
  ctx: WorkspaceContext,
  root: string,
  diagnostics: Diagnostic[],
  inputs: string[],
  sources: Map<string, string>,
  origins: MarkdownOrigin[] = [],
): Promise<SiteMarkdownPage[]> {
  const folder = path.join(root, 'site');
  // a page is published as it is: one that is a link out of the workspace (to a system file) is refused, not read
  const files = readPublishedMarkdown(root, folder, ctx.display, { diagnostics, inputs, sources });
  if (files.length === 0) return [];
  // markdown-it is loaded only by a workspace that has pages
  const { renderMarkdown } = await import('../site/markdown.js');
  const markdownSlug = (name: string) => slugify(name.replace(/\.(md|markdown)$/i, ''));
  const used = new Set(reservedSlugs);
  const pages: SiteMarkdownPage[] = [];
  for (const { name, shown, text } of files) {
    const rendered = renderMarkdown(text);
    if (!rendered.title) {
      diagnostics.push({ file: shown, line: 1, column: 1, severity: 'error', code: 'site-page-without-title' });
      continue;
    }
    let slug = markdownSlug(name);
    for (let n = 2; used.has(slug); n++) slug = `${markdownSlug(name)}-${n}`;
    used.add(slug);
    pages.push({ slug, title: rendered.title, body: rendered.body });
    origins.push({ slug, shown, links: rendered.links });
  }
  return pages;
}
