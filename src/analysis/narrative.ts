// The methodologist's narrative written as Markdown beside the record: each
// heading («# Выводы», «## Задачи на следующий год») starts a part; what
// follows it is the part's text (paragraphs and «- » lists). Pure.
import type { NarrativePart } from '../schema/record.js';

export function narrativeFromMarkdown(markdown: string, untitled = 'Выводы'): NarrativePart[] {
  const parts: { title: string; lines: string[] }[] = [];
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) parts.push({ title: heading[1]!, lines: [] });
    else {
      if (parts.length === 0) parts.push({ title: untitled, lines: [] });
      parts.at(-1)!.lines.push(line.replace(/^\s*[*+]\s+/, '- '));
    }
  }
  return parts.map((part) => ({ title: part.title, text: part.lines.join('\n').trim() })).filter((part) => part.text !== '' && part.title.trim() !== '');
}
