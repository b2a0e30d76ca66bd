// The imported plan as YAML written for people: the editor's schema line, a
// comment naming the source, keys in the order of the README's example, long
// and multi-line texts as block scalars, and what could not be placed as
// comments where it belongs.
import { Document, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ImportedItem, ImportedPlan, Place } from './imported-plan.js';

export interface YamlComments {
  /** Lines at the top of the file, after the schema line. */
  readonly header: readonly string[];
  /** Lines above an item, by the place (table and row, or paragraph) it came from. */
  readonly items: ReadonlyMap<string, readonly string[]>;
}

// a paragraph is a place of its own: a note on the text above a plan written in paragraphs belongs to no item
export const rowKey = (place: Place) => `${place.table ?? 0}:${place.row ?? 0}:${place.paragraph ?? 0}`;

/** A whole number is written bare (id: 14), anything else as text (id: "2.1"). */
const idValue = (id: string) => (/^(?:0|[1-9]\d{0,8})$/.test(id) ? Number(id) : id);

function itemObject(item: ImportedItem): Record<string, unknown> {
  return {
    ...(item.id !== undefined ? { id: idValue(item.id) } : {}),
    activity: item.activity,
    ...(item.timing !== undefined ? { timing: item.timing } : {}),
    ...(item.responsible.length > 0 ? { responsible: item.responsible } : {}),
    ...(item.events ? { events: item.events.map((event) => ({ title: event.title, date: event.date })) } : {}),
    ...(item.note ? { note: item.note } : {}),
    ...(item.extra ? { extra: item.extra } : {}),
    ...item.kept,
  };
}

/** The plan as a plain object, keys in the README's order. */
export function planObject(plan: ImportedPlan): Record<string, unknown> {
  const heading = plan.kind === 'plan' ? 'title' : 'periodicity';
  return {
    kind: plan.kind,
    ...(plan.appendixTo ? { appendixTo: plan.appendixTo } : {}),
    title: plan.title,
    ...(plan.epigraph ? { epigraph: plan.epigraph } : {}),
    ...(plan.academicYear ? { academicYear: plan.academicYear } : {}),
    ...(plan.period ? { period: plan.period } : {}),
    ...(plan.goal ? { goal: plan.goal } : {}),
    ...(plan.tasks?.length ? { tasks: plan.tasks } : {}),
    ...(plan.approvals.length > 0 ? { approvals: plan.approvals } : {}),
    ...(plan.extraColumns.length > 0 ? { columns: plan.extraColumns } : {}),
    sections: plan.sections.map((section) => ({ [heading]: section.heading, items: section.items.map(itemObject) })),
    ...(plan.signature ? { signature: plan.signature } : {}),
    ...plan.kept,
  };
}

/** Long one-line texts fold at this width; shorter ones stay on their key's line. */
const LINE_WIDTH = 100;
/** Longer than this, a text would not fit on its key's line once indented: it becomes a folded block. */
const FOLD_FROM = 72;

/** Multi-line texts as literal blocks, long ones as folded blocks; the rest as yaml picks (set here, not by a visit of the finished document: 500 items are 10 000 nodes). */
function withBlockScalars(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.includes('\n')) return Object.assign(new Scalar(value), { type: Scalar.BLOCK_LITERAL });
    if (value.length > FOLD_FROM && !/\s$|^\s|\s\s/.test(value)) return Object.assign(new Scalar(value), { type: Scalar.BLOCK_FOLDED });
    return value;
  }
  if (Array.isArray(value)) return value.map(withBlockScalars);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withBlockScalars(item)]));
  return value;
}

export function planYaml(plan: ImportedPlan, schemaPath: string, comments: YamlComments): string {
  const document = new Document(withBlockScalars(planObject(plan)));
  // planObject made these nodes: sections a list of maps, each with its list of item maps
  const sections = document.get('sections') as YAMLSeq<YAMLMap>;
  sections.items.forEach((sectionNode, sectionIndex) => {
    (sectionNode.get('items') as YAMLSeq<YAMLMap>).items.forEach((itemNode, itemIndex) => {
      const lines = comments.items.get(rowKey(plan.sections[sectionIndex]!.items[itemIndex]!.place));
      if (lines) itemNode.commentBefore = lines.map((line) => ` ${line}`).join('\n');
    });
  });
  document.commentBefore = [` yaml-language-server: $schema=${schemaPath}`, ...comments.header.map((line) => ` ${line}`)].join('\n');
  return document.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40 });
}
