// centre site build: reads the workspace (plans/ with its documents and
// practices, site/ with Markdown pages), builds the section in memory, checks
// every link, then writes only inside the output folder and only over files it
// wrote itself (a manifest in the folder lists them).
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildAgenda, buildIcsEvents, calendarWindow, lastPlanDay, type PlanSource } from '../../calendar/agenda.js';
import { academicYearOf, maxDate, minDate } from '../../calendar/days.js';
import { writeIcs } from '../../calendar/ical.js';
import type { Span } from '../../calendar/model.js';
import { planPeriod } from '../../calendar/plan-entries.js';
import { russianCalendar, type LocalDay } from '../../calendar/working-days.js';
import { parseDateText, toIsoDate } from '../../schema/dates.js';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../../schema/diagnostic.js';
import type { Centre } from '../../schema/centre.js';
import type { CentreDocument } from '../../schema/document.js';
import type { PlanDocument } from '../../schema/plan.js';
import type { Registry } from '../../schema/reports.js';
import { buildSite } from '../../site/build.js';
import { findBrokenLinks } from '../../site/links.js';
import { regionTotals, REGION_TOTAL_LABEL, type RegionTotals } from '../../site/monitoring.js';
import { slugify, uniqueSlugs, type SiteInput, type SiteMarkdownPage, type SitePlan, type SitePractice } from '../../site/model.js';
import { findWorkspaceRoot } from '../../workspace/files.js';
import { suggest } from '../../schema/suggest.js';
import type { CliContext } from '../context.js';
import { allDiagnostics, loadFiles, type LoadedFile } from '../load.js';
import { renderDiagnostics } from '../output/diagnostics.js';
import { writeOutput, writeOutputSync } from '../write-output.js';
import { today } from './today.js';

export interface SiteBuildOptions {
  readonly output?: string;
  readonly pdf?: boolean;
  /** The section's address on the school site, for the calendar subscription link. */
  readonly url?: string;
  /** A summary workbook of `centre report merge`: its region totals make the «Мониторинг» page. */
  readonly monitoring?: string;
}

export const manifestName = '.centre-site.json';
const reservedSlugs = ['index', 'calendar', 'coordinators', 'style', 'contrast', 'plans', 'documents', 'practices', 'files'];
const upcomingWeeks = 8;

export interface PreparedSite {
  readonly files: Map<string, string | Uint8Array>;
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
  /** Inputs, so that the output folder is never one of them. */
  readonly inputs: readonly string[];
  readonly pages: number;
}

/** Reads and checks the workspace and builds the section in memory; diagnostics with errors mean nothing is to be written. */
export async function prepareSite(ctx: CliContext, root: string, options: SiteBuildOptions = {}): Promise<PreparedSite> {
  const plansFolder = path.join(root, 'plans');
  const loaded = await loadFiles(ctx, [plansFolder], { positions: true });
  const diagnostics = allDiagnostics(loaded);
  const inputs = loaded.files.map((file) => file.path);
  const empty = (): PreparedSite => ({ files: new Map(), diagnostics, sources: loaded.sources, inputs, pages: 0 });
  if (hasErrors(diagnostics)) return empty();

  const ofKind = <K extends string>(kind: K) => loaded.files.filter((file) => file.validated?.kind === kind);
  const single = <T>(kind: string): T | undefined => {
    const files = ofKind(kind);
    if (files.length > 1) diagnostics.push(fileDiagnostic(ctx.display(plansFolder), 'site-several', { kind, files: files.map((f) => f.shown).join('|') }));
    return files[0]?.validated?.value as T | undefined;
  };
  const centre = single<Centre>('centre');
  const registry = single<Registry>('registry');

  const planFiles = loaded.files.filter((file) => file.validated?.kind === 'plan' || file.validated?.kind === 'cyclogram');
  const sources: PlanSource[] = planFiles.map((file) => ({ plan: file.validated!.value as PlanDocument, file: file.shown, lineOf: file.lineOf }));
  const localDays: LocalDay[] = ofKind('holidays').flatMap((file) =>
    (file.validated!.value as { days: { date: string; working: boolean; name?: string }[] }).days.map((day) => ({ ...day, date: toIsoDate(parseDateText(day.date)!) })),
  );
  const now = today(ctx);
  const calendar = russianCalendar(localDays);
  const upcomingWindow = calendarWindow(now, { weeks: upcomingWeeks });
  const yearWindow = shownYear(now, sources);
  const icsWindow: Span = { start: sources.reduce((first, s) => minDate(first, planPeriod(s.plan)?.start ?? first), now), end: lastPlanDay(sources, now) };
  const icsEvents = buildIcsEvents(sources, icsWindow, calendar);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

  const files = new Map<string, string | Uint8Array>();
  const icsName = 'files/calendar.ics';
  files.set(icsName, writeIcs(icsEvents, { calendarName: centre?.name.trim() ?? 'centre', stamp }));

  const planSlugs = uniqueSlugs(planFiles.map((file) => path.basename(file.path, path.extname(file.path))));
  const plans: SitePlan[] = [];
  // docx is heavy: loaded only when there is a plan to write.
  const renderer = planFiles.length ? await import('../../docs/plan-docx.js') : undefined;
  for (const [index, file] of planFiles.entries()) {
    const slug = planSlugs[index]!;
    const docx = await renderer!.renderPlanDocx(file.validated!.value as PlanDocument);
    files.set(`files/${slug}.docx`, docx);
    const downloads = [{ file: `${slug}.docx`, label: 'DOCX', bytes: docx.length }];
    if (options.pdf) {
      const pdf = await convertToPdf(docx);
      if (pdf) {
        files.set(`files/${slug}.pdf`, pdf);
        downloads.push({ file: `${slug}.pdf`, label: 'PDF', bytes: pdf.length });
      }
    }
    plans.push({ plan: file.validated!.value as PlanDocument, slug, downloads });
  }

  const documentFiles = ofKind('document');
  const documentSlugs = uniqueSlugs(documentFiles.map((file) => path.basename(file.path, path.extname(file.path))));
  const documentRenderer = documentFiles.length ? await import('../../docs/document-docx.js') : undefined;
  const documents: SiteInput['documents'][number][] = [];
  for (const [index, file] of documentFiles.entries()) {
    const document = file.validated!.value as CentreDocument;
    const slug = documentSlugs[index]!;
    const docx = await documentRenderer!.renderDocumentDocx(document);
    files.set(`files/documents/${slug}.docx`, docx);
    documents.push({ document, slug, docx: { file: `files/documents/${slug}.docx`, bytes: docx.length } });
  }

  const practices = readPractices(ctx, loaded.sources, ofKind('practice'), files, diagnostics);
  if (registry) checkPracticeSchools(ofKind('practice'), registry, loaded.sources, diagnostics);
  const pages = await readMarkdownPages(ctx, path.join(root, 'site'), diagnostics, inputs, loaded.sources);
  const monitoring = options.monitoring === undefined ? undefined : await readMonitoring(ctx, path.resolve(ctx.cwd, options.monitoring), diagnostics, inputs);
  if (hasErrors(diagnostics)) return empty();

  const input: SiteInput = {
    centre,
    documents,
    plans,
    registry,
    practices,
    pages,
    calendar: {
      upcoming: { window: upcomingWindow, rows: buildAgenda(sources, upcomingWindow, calendar) },
      year: { window: yearWindow, rows: buildAgenda(sources, yearWindow, calendar) },
      ics: icsName,
      ...(options.url ? { subscribe: subscriptionAddress(options.url, icsName) } : {}),
    },
    ...(monitoring ? { monitoring } : {}),
    today: now,
  };
  const built = buildSite(input);
  for (const [name, text] of built) files.set(name, text);
  for (const broken of findBrokenLinks(files)) diagnostics.push(fileDiagnostic(broken.page, 'site-broken-link', { page: broken.page, href: broken.href }));
  for (const [name, text] of built) {
    const size = Buffer.byteLength(text);
    if (name.endsWith('.html') && size > 100 * 1024) diagnostics.push({ ...fileDiagnostic(name, 'site-page-large', { page: name, size: Math.round(size / 1024) }), severity: 'warning' });
  }
  const pageCount = [...built.keys()].filter((name) => name.endsWith('.html') && !name.endsWith('.fragment.html') && !name.startsWith('contrast/')).length;
  return { files, diagnostics, sources: loaded.sources, inputs, pages: pageCount };
}

async function readMonitoring(ctx: CliContext, file: string, diagnostics: Diagnostic[], inputs: string[]): Promise<RegionTotals | undefined> {
  const shown = ctx.display(file);
  inputs.push(file);
  if (!existsSync(file)) {
    diagnostics.push(fileDiagnostic(shown, 'file-not-found'));
    return undefined;
  }
  const { readSummaryRows } = await import('../../site/summary-reader.js');
  const reading = await readSummaryRows(file);
  if ('problem' in reading) {
    diagnostics.push(fileDiagnostic(shown, 'site-summary-unreadable', { reason: reading.reason ?? ctx.t(reading.problem === 'too-large' ? 'site-summary-too-large' : 'site-summary-no-sheet') }));
    return undefined;
  }
  const totals = regionTotals(reading.rows);
  if (!totals) diagnostics.push(fileDiagnostic(`${shown}!Свод`, 'site-summary-no-total', { label: REGION_TOTAL_LABEL }));
  return totals;
}

/** webcal://school.ru/centre/files/calendar.ics from https://school.ru/centre/. */
export function subscriptionAddress(base: string, file: string): string {
  const url = new URL(file, base.endsWith('/') ? base : `${base}/`);
  return `webcal://${url.host}${url.pathname}`;
}

/** The academic year the calendar shows: today's, if a plan covers it, else the latest plan's. */
function shownYear(now: string, sources: readonly PlanSource[]): Span {
  const current = academicYearOf(now);
  const periods = sources.map((source) => planPeriod(source.plan)).filter((period): period is Span => period !== undefined);
  if (periods.length === 0 || periods.some((period) => period.start <= current.end && period.end >= current.start)) return { start: current.start, end: current.end };
  const latest = periods.reduce((a, b) => (b.end > a.end ? b : a));
  const year = academicYearOf(latest.start);
  return { start: year.start, end: maxDate(year.end, latest.end) };
}

function readPractices(ctx: CliContext, sources: ReadonlyMap<string, string>, files: readonly LoadedFile[], output: Map<string, string | Uint8Array>, diagnostics: Diagnostic[]): SitePractice[] {
  const slugs = uniqueSlugs(files.map((file) => path.basename(file.path, path.extname(file.path))));
  return files.map((file, index) => {
    const practice = file.validated!.value as SitePractice['practice'];
    const slug = slugs[index]!;
    const attachmentSlugs = uniqueSlugs(practice.files.map((attached) => path.basename(attached.path, path.extname(attached.path))));
    const published = practice.status === 'published';
    const attached = practice.files.flatMap((attachment, i) => {
      const source = path.resolve(path.dirname(file.path), attachment.path);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(source);
      } catch {
        const where = locateValue(sources.get(file.shown) ?? '', file.lineOf?.(['files', i]) ?? 1, 'path');
        diagnostics.push({ file: file.shown, ...where, severity: published ? 'error' : 'warning', code: 'site-attachment-missing', params: { value: attachment.path } });
        return [];
      }
      if (!published) return [];
      const name = `files/practices/${slug}/${attachmentSlugs[i]}${path.extname(attachment.path).toLowerCase().replace(/[^.a-z0-9]/g, '')}`;
      output.set(name, bytes);
      return [{ title: attachment.title, file: name, bytes: bytes.length }];
    });
    return { practice, slug, files: attached };
  });
}

/**
 * A school a practice names that the registry does not know is likely a slip
 * («СОШ №6» for «СОШ № 6»): its practices would get a school page of their own.
 */
function checkPracticeSchools(files: readonly LoadedFile[], registry: Registry, sources: ReadonlyMap<string, string>, diagnostics: Diagnostic[]): void {
  const squash = (name: string) => name.replace(/[\s\u00a0]+/g, '').toLocaleLowerCase('ru');
  const known = registry.schools.flatMap((school) => [school.shortName, school.name].filter((name): name is string => name !== undefined));
  for (const file of files) {
    const school = (file.validated!.value as SitePractice['practice']).school.trim();
    if (known.includes(school)) continue;
    const near = known.find((name) => squash(name) === squash(school));
    const where = locateValue(sources.get(file.shown) ?? '', 1, 'school');
    diagnostics.push({ file: file.shown, ...where, severity: 'warning', code: 'practice-school-unknown', params: { value: school, suggestion: near ?? suggest(school, known) } });
  }
}

/** Where the value of `key` is written, at or after the line where its block starts. */
function locateValue(text: string, fromLine: number, key: string): { line: number; column: number } {
  const lines = text.split('\n');
  for (let index = fromLine - 1; index < lines.length; index++) {
    const match = new RegExp(`^(.*?[\\s{,-])?${key}:\\s*`).exec(lines[index]!);
    if (match) return { line: index + 1, column: match[0].length + 1 };
  }
  return { line: fromLine, column: 1 };
}

async function readMarkdownPages(ctx: CliContext, folder: string, diagnostics: Diagnostic[], inputs: string[], sources: Map<string, string>): Promise<SiteMarkdownPage[]> {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder)
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .sort();
  if (names.length === 0) return [];
  // markdown-it is loaded only by a workspace that has pages
  const { renderMarkdown } = await import('../../site/markdown.js');
  const markdownSlug = (name: string) => slugify(name.replace(/\.(md|markdown)$/i, ''));
  const used = new Set(reservedSlugs);
  const pages: SiteMarkdownPage[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const shown = ctx.display(file);
    inputs.push(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      diagnostics.push(fileDiagnostic(shown, 'file-unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      continue;
    }
    sources.set(shown, text);
    const rendered = renderMarkdown(text);
    if (!rendered.title) {
      diagnostics.push({ file: shown, line: 1, column: 1, severity: 'error', code: 'site-page-without-title' });
      continue;
    }
    let slug = markdownSlug(name);
    for (let n = 2; used.has(slug); n++) slug = `${markdownSlug(name)}-${n}`;
    used.add(slug);
    pages.push({ slug, title: rendered.title, body: rendered.body });
  }
  return pages;
}

async function convertToPdf(docx: Uint8Array): Promise<Uint8Array | undefined> {
  const { convertWithLibreOffice } = await import('../../site/pdf.js');
  return convertWithLibreOffice(docx);
}

export async function siteBuildCommand(ctx: CliContext, options: SiteBuildOptions): Promise<number> {
  if (options.url !== undefined && !/^https?:\/\/[^\s/]+(\/\S*)?$/i.test(options.url)) {
    const { userError } = await import('../../schema/diagnostic.js');
    throw userError('centre site build', 'site-bad-url', { value: options.url }, 2);
  }
  const root = findWorkspaceRoot(ctx.cwd);
  const outDir = path.resolve(ctx.cwd, options.output ?? path.join(root, 'out', 'site'));
  const site = await prepareSite(ctx, root, options);
  ctx.stderr.write(await renderDiagnostics(site.diagnostics, 'human', { t: ctx.t, colours: ctx.errorColours, sources: site.sources }));
  if (hasErrors(site.diagnostics)) return 1;
  const { written, unchanged } = await writeSite(ctx, outDir, site);
  ctx.stdout.write(`${ctx.t('site-wrote', { count: written, unchanged, path: ctx.display(outDir), pages: site.pages, index: ctx.display(path.join(outDir, 'index.html')) })}\n`);
  return 0;
}

/**
 * Writes the section into `outDir`: never outside it, never over a file the
 * previous build did not write (the manifest says which it did), and removes
 * the pages of the previous build that are gone.
 */
export async function writeSite(ctx: CliContext, outDir: string, site: PreparedSite): Promise<{ written: number; unchanged: number }> {
  const { userError } = await import('../../schema/diagnostic.js');
  if (site.inputs.some((input) => isInside(outDir, input))) throw userError(ctx.display(outDir), 'site-output-holds-inputs', { path: ctx.display(outDir) });
  const manifestFile = path.join(outDir, manifestName);
  const previous = readManifest(manifestFile);
  const targets = [...site.files.keys()].map((name) => {
    const target = path.resolve(outDir, name);
    if (!isInside(outDir, target)) throw userError(ctx.display(outDir), 'site-outside-output', { path: name });
    return [name, target] as const;
  });
  const realOut = existingRealPath(outDir);
  const checkedFolders = new Set<string>();
  for (const [name, target] of targets) {
    if (existsSync(target) && !previous.has(name)) throw userError(ctx.display(target), 'site-not-ours', { path: ctx.display(target) });
    // a folder inside the output that is a link to somewhere else would carry the write out of it
    const folder = path.dirname(target);
    if (checkedFolders.has(folder)) continue;
    if (!isInside(realOut, path.join(existingRealPath(folder), 'x'))) throw userError(ctx.display(outDir), 'site-outside-output', { path: name });
    checkedFolders.add(folder);
  }
  const folders = new Set<string>();
  let unchanged = 0;
  for (const [name, target] of targets) {
    const data = site.files.get(name)!;
    // A page the last build wrote the same is left alone: quicker, and its date tells what to upload again.
    if (previous.has(name) && sameContent(target, data)) unchanged++;
    else writeOutputSync(ctx, target, data, folders);
  }
  for (const stale of previous) {
    const target = path.resolve(outDir, stale);
    if (!site.files.has(stale) && isInside(outDir, target)) rmSync(target, { force: true });
  }
  await writeOutput(ctx, manifestFile, `${JSON.stringify({ writtenBy: 'centre site build', files: [...site.files.keys()].sort() }, null, 1)}\n`);
  return { written: targets.length - unchanged, unchanged };
}

function sameContent(file: string, data: string | Uint8Array): boolean {
  try {
    const existing = readFileSync(file);
    return typeof data === 'string' ? existing.length === Buffer.byteLength(data) && existing.toString('utf8') === data : Buffer.compare(existing, data) === 0;
  } catch {
    return false;
  }
}

function readManifest(file: string): Set<string> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { files?: unknown };
    return new Set(Array.isArray(parsed.files) ? parsed.files.filter((name): name is string => typeof name === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The real path of the nearest existing folder of `folder` (itself or an ancestor), with the rest appended. */
function existingRealPath(folder: string): string {
  let existing = folder;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, folder));
}

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
