// What the site is built from: the workspace's files, already validated, and
// the dates the calendar has read from them. Pure data; the command gathers it.
import type { AgendaRow } from '../calendar/agenda.js';
import type { Span } from '../calendar/model.js';
import type { Centre } from '../schema/centre.js';
import type { IsoDate } from '../schema/iso-date.js';
import type { CentreDocument } from '../schema/document.js';
import type { PlanDocument } from '../schema/plan.js';
import type { Practice } from '../schema/practice.js';
import type { Registry } from '../schema/reports.js';
import type { RegionTotals } from './monitoring.js';

/**
 * Which academic year the calendar shows: «current» — a plan covers today's; «next» — none does, but a
 * later one is planned; «finished» — every plan is past (the last is shown); «none» — no plan at all.
 */
export type YearState = 'current' | 'next' | 'finished' | 'none';

export interface SitePlan {
  readonly plan: PlanDocument;
  /** Base name for its pages and downloads: «2023-2024-regional-plan». */
  readonly slug: string;
  /** Downloads next to the page, by file name: the DOCX, and the PDF when there is one. */
  readonly downloads: readonly { readonly file: string; readonly label: string; readonly bytes: number }[];
  /** The days it covers (its period or academic year), when it says. */
  readonly period?: Span;
}

export interface SitePractice {
  readonly practice: Practice;
  readonly slug: string;
  /** The attached files as they will be published: name under the practice's folder. */
  readonly files: readonly { readonly title: string; readonly file: string; readonly bytes: number }[];
}

export interface SiteMarkdownPage {
  readonly slug: string;
  readonly title: string;
  /** Rendered, sanitised body. */
  readonly body: string;
}

export interface SiteInput {
  readonly centre?: Centre;
  readonly documents: readonly {
    readonly document: CentreDocument;
    readonly slug: string;
    /** The DOCX (`plan build` makes the same), by its path in the section. */
    readonly docx?: { readonly file: string; readonly bytes: number };
  }[];
  readonly plans: readonly SitePlan[];
  readonly registry?: Registry;
  readonly practices: readonly SitePractice[];
  readonly pages: readonly SiteMarkdownPage[];
  readonly calendar: {
    /** The day the calendar pivots on: what is coming is listed from it. */
    readonly today: IsoDate;
    readonly upcoming: { readonly window: Span; readonly rows: readonly AgendaRow[] };
    /** The academic year shown by month: today's, the next one planned, or (all past) the last one planned. */
    readonly year: { readonly window: Span; readonly rows: readonly AgendaRow[]; readonly state: YearState };
    /** File name of the iCalendar export, written by the command. */
    readonly ics: string;
    /** webcal:// address of that file, when the section's address on the web is known. */
    readonly subscribe?: string;
  };
  /** The «Мониторинг» page: region totals, only when asked for. */
  readonly monitoring?: RegionTotals;
  /** The section's address on the web (`--url`): the fragments' links are made absolute on it. */
  readonly url?: string;
  /** When the site was built, for the footer: YYYY-MM-DD. */
  readonly today: IsoDate;
}

const translit: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A URL-safe name: Latin letters, digits and hyphens («МБОУ «СОШ № 6»» → «mbou-sosh-6»). */
export function slugify(text: string): string {
  const latin = [...text.toLowerCase()].map((char) => translit[char] ?? char).join('');
  return (
    latin
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'page'
  );
}

/** Slugs made unique in order: the second «a» becomes «a-2». */
export function uniqueSlugs(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
