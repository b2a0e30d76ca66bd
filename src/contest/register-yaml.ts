// The register's text with new entries added: written after the last entry
// when the list is the file's last key, so the methodologist's comments and
// layout stay byte for byte; through yaml's Document API otherwise. One entry
// is one line, as a flow map.
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { IssuedDocument } from '../schema/register.js';

/** A new register file. */
export function newRegisterText(title: string): string {
  return [
    '# yaml-language-server: $schema=./schemas/register.schema.json',
    '# Номера выданных дипломов и сертификатов: их добавляют «centre contest diplomas» и «centre certificates».',
    '# Записи не удаляйте: номер не выдаётся дважды, и повторная печать документа получает его прежний номер.',
    'kind: register',
    `title: ${title}`,
    'issued: []',
    '',
  ].join('\n');
}

function entryLine(entry: IssuedDocument): string {
  const doc = new Document({ number: entry.number, date: entry.date, name: entry.name, document: entry.document, event: entry.event, key: entry.key });
  if (isMap(doc.contents)) doc.contents.flow = true;
  return `  - ${doc.toString({ lineWidth: 0 }).trim()}`;
}

/** `text` is a valid register; the entries are added at the end of its list. */
export function appendIssued(text: string, added: readonly IssuedDocument[]): string {
  if (added.length === 0) return text;
  const lines = added.map(entryLine).join('\n');
  const doc = parseDocument(text);
  const issued = doc.get('issued', true);
  const top = doc.contents;
  const last = isMap(top) ? top.items.at(-1) : undefined;
  if (isSeq(issued) && issued.items.length === 0 && issued.range) {
    return `${text.slice(0, issued.range[0]).replace(/[ \t]+$/u, '')}\n${lines}${text.slice(issued.range[1]).replace(/^[ \t]*\n?/u, '\n')}`;
  }
  if (isSeq(issued) && !issued.flow && last?.value === issued) return `${text.replace(/\s*$/u, '')}\n${lines}\n`;
  for (const entry of added) doc.addIn(['issued'], doc.createNode({ ...entry }));
  return doc.toString({ lineWidth: 0 });
}
