// The section, made from the workspace: reads plans/ (with its documents,
// practices and contests), templates/ (the monitoring form), site/ (Markdown
// pages) and news/, checks them and what they attach, and builds every page in
// memory with its links checked. `centre site build` writes what this makes,
// `centre site serve` serves it.
import path from 'node:path';
import { buildAgenda, buildIcsEvents, calendarWindow, lastPlanDay, type PlanSource } from '../calendar/agenda.js';
import { academicYearOf, maxDate, minDate } from '../calendar/days.js';
import { writeIcs } from '../calendar/ical.js';
import type { Span } from '../calendar/model.js';
import { planPeriod } from '../calendar/plan-entries.js';
import { russianCalendar } from '../calendar/working-days.js';
import { existsSync } from 'node:fs';
import { agendaSources, calendarInputs, calendarName } from './calendar-sources.js';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../schema/diagnostic.js';
import type { KindName } from '../kinds/kind-names.js';
import { pdfOfDocx } from '../docs/pdf.js';
import { buildSite } from '../site/build.js';
import { findBrokenLinks, type BrokenLink } from '../site/links.js';
import { withoutVersion } from '../site/layout.js';
import { uniqueSlugs, type SiteInput, type SitePlan } from '../site/model.js';
import type { WorkspaceContext } from './context.js';
import { allDiagnostics, loadWorkspace } from './load.js';
import { filesByKind, type FileOf } from './model.js';
import {
  checkPracticeSchools,
  type MarkdownOrigin,
  readMarkdownPages,
  readMonitoring,
  readPractices,
  shownYear,
  siteFiles,
  subscriptionAddress,
} from './site-inputs.js';
import { readNews } from './news-inputs.js';
import { readSiteContests } from './contest-site-inputs.js';
import { readResults } from './results-inputs.js';
import { today } from './today.js';

export interface SiteOptions {
  readonly pdf?: boolean;
  /** The section's address on the school site, for the calendar subscription link. */
  readonly url?: string;
  /** A summary workbook of `centre report merge`: its region totals make the «Мониторинг» page. */
  readonly monitoring?: string;
  /** Publish the files marked `example: true` too. */
  readonly examples?: boolean;
}

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
export async function prepareSite(ctx: WorkspaceContext, root: string, options: SiteOptions = {}): Promise<PreparedSite> {
  const plansFolder = path.join(root, 'plans');
  // templates/ holds the monitoring form, whose report deadlines the calendar lists as `centre calendar` does
  const templatesFolder = path.join(root, 'templates');
  const loaded = await loadWorkspace(ctx, existsSync(templatesFolder) ? [plansFolder, templatesFolder] : [plansFolder], { positions: true });
  const diagnostics = allDiagnostics(loaded);
  const inputs = loaded.files.map((file) => file.path);
  const empty = (): PreparedSite => ({ files: new Map(), diagnostics, sources: loaded.sources, inputs, pages: 0 });
  if (hasErrors(diagnostics)) return empty();

  const published = siteFiles(root, loaded.files, options.examples === true, diagnostics);
  const byKind = filesByKind(published);
  const single = <K extends KindName>(kind: K, files: readonly FileOf<K>[]): FileOf<K> | undefined => {
    if (files.length > 1) diagnostics.push(fileDiagnostic(ctx.display(plansFolder), 'site-several', { kind, files: files.map((f) => f.shown).join('|') }));
    return files[0];
  };
  const centre = single('centre', byKind.centres)?.validated.value;
  const registry = single('registry', byKind.registries)?.validated.value;

  if (!centre) diagnostics.push({ ...fileDiagnostic(ctx.display(plansFolder), 'site-no-centre'), severity: 'warning' });
  const planFiles = byKind.plans;
  const calendarFiles = calendarInputs(byKind);
  const sources: PlanSource[] = calendarFiles.plans;
  const now = today(ctx);
  const calendar = russianCalendar(calendarFiles.localDays);
  const upcomingWindow = calendarWindow(now, { weeks: upcomingWeeks });
  const year = shownYear(now, sources);
  // every dated item, past and coming: from the first plan's first day to the end of the shown year (a form's deadlines recur every year)
  const icsWindow: Span = {
    start: sources.reduce((first, s) => minDate(first, planPeriod(s.plan)?.start ?? first), now),
    end: maxDate(lastPlanDay(sources, now), maxDate(year.window.end, academicYearOf(now).end)),
  };
  const icsEvents = buildIcsEvents(agendaSources(calendarFiles, icsWindow), icsWindow, calendar);
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

  const files = new Map<string, string | Uint8Array>();
  const icsName = 'files/calendar.ics';
  files.set(icsName, writeIcs(icsEvents, { calendarName: calendarName(calendarFiles), stamp }));

  const planSlugs = uniqueSlugs(planFiles.map((file) => path.basename(file.path, path.extname(file.path))));
  const plans: SitePlan[] = [];
  // docx is heavy: loaded only when there is a plan to write.
  const renderer = planFiles.length ? await import('../docs/plan-docx.js') : undefined;
  for (const [index, file] of planFiles.entries()) {
    const slug = planSlugs[index]!;
    const docx = await renderer!.renderPlanDocx(file.validated.value);
    files.set(`files/${slug}.docx`, docx);
    const downloads = [{ file: `${slug}.docx`, label: 'DOCX', bytes: docx.length }];
    if (options.pdf) {
      const made = await pdfOfDocx(docx, ctx.env);
      if ('pdf' in made) {
        files.set(`files/${slug}.pdf`, made.pdf);
        downloads.push({ file: `${slug}.pdf`, label: 'PDF', bytes: made.pdf.length });
      } else diagnostics.push({ ...fileDiagnostic(file.shown, 'site-pdf-not-made', made.notMade), severity: 'warning' });
    }
    const plan = file.validated.value;
    const period = planPeriod(plan);
    plans.push({ plan, slug, downloads, ...(period ? { period } : {}) });
  }

  const documentFiles = byKind.documents;
  const documentSlugs = uniqueSlugs(documentFiles.map((file) => path.basename(file.path, path.extname(file.path))));
  const documentRenderer = documentFiles.length ? await import('../docs/document-docx.js') : undefined;
  const documents: SiteInput['documents'][number][] = [];
  for (const [index, file] of documentFiles.entries()) {
    const document = file.validated.value;
    const slug = documentSlugs[index]!;
    const docx = await documentRenderer!.renderDocumentDocx(document);
    files.set(`files/documents/${slug}.docx`, docx);
    documents.push({ document, slug, docx: { file: `files/documents/${slug}.docx`, bytes: docx.length } });
  }

  const practices = readPractices(root, loaded.sources, byKind.practices, files, diagnostics);
  if (registry) checkPracticeSchools(byKind.practices, registry, loaded.sources, diagnostics);
  const contests = await readSiteContests(ctx, root, loaded.sources, byKind.contests, files, diagnostics, inputs);
  const origins: MarkdownOrigin[] = [];
  const pages = await readMarkdownPages(ctx, root, diagnostics, inputs, loaded.sources, origins);
  const news = await readNews(ctx, root, diagnostics, inputs, loaded.sources);
  const results = readResults(
    root,
    (file) => ctx.display(file),
    byKind,
    new Map(planFiles.map((file, index) => [file.path, planSlugs[index]!])),
    files,
    diagnostics,
  );
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
      today: now,
      upcoming: { window: upcomingWindow, rows: buildAgenda(agendaSources(calendarFiles, upcomingWindow), upcomingWindow, calendar) },
      year: { ...year, rows: buildAgenda(agendaSources(calendarFiles, year.window), year.window, calendar) },
      ics: icsName,
      ...(options.url ? { subscribe: subscriptionAddress(options.url, icsName) } : {}),
    },
    ...(monitoring ? { monitoring } : {}),
    ...(options.url ? { url: options.url.endsWith('/') ? options.url : `${options.url}/` } : {}),
    today: now,
  };
  const built = buildSite(input, { news, results, contests, ...(options.url ? { url: options.url } : {}) });
  for (const [name, text] of built) files.set(name, text);
  diagnostics.push(...brokenLinkDiagnostics(findBrokenLinks(files), origins));
  for (const [name, text] of built) {
    const size = Buffer.byteLength(text);
    if (name.endsWith('.html') && size > 100 * 1024)
      diagnostics.push({ ...fileDiagnostic(name, 'site-page-large', { page: name, size: Math.round(size / 1024) }), severity: 'warning' });
  }
  const pageCount = [...built.keys()].filter((name) => name.endsWith('.html') && !name.endsWith('.fragment.html') && !name.startsWith('contrast/')).length;
  return { files, diagnostics, sources: loaded.sources, inputs, pages: pageCount };
}

/**
 * A broken link of a Markdown page is said once, at its line in the page's
 * source (not again for the page's fragment and large-type copies); any other
 * at the page that has it.
 */
function brokenLinkDiagnostics(broken: readonly BrokenLink[], origins: readonly MarkdownOrigin[]): Diagnostic[] {
  const bySlug = new Map(origins.map((origin) => [origin.slug, origin]));
  const said = new Set<string>();
  return broken.flatMap((link): Diagnostic[] => {
    const code = link.malformed ? 'site-link-malformed' : 'site-broken-link';
    const origin = bySlug.get(withoutVersion(link.page).replace(/(\.fragment)?\.html$/, ''));
    const place = origin?.links.find((written) => written.href === link.href);
    if (!origin || !place) return [fileDiagnostic(link.page, code, { page: link.page, href: link.href })];
    const key = `${origin.shown}:${place.line}:${place.column}:${link.href}`;
    if (said.has(key)) return [];
    said.add(key);
    return [
      {
        file: origin.shown,
        line: place.line,
        column: place.column,
        ...(place.endColumn ? { endColumn: place.endColumn } : {}),
        severity: 'error',
        code,
        params: { page: `${origin.slug}.html`, href: link.href },
      },
    ];
  });
}
