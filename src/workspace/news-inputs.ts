// The news of the site: the Markdown files of the workspace's news/ folder, each
// with its front matter checked (located errors, as for every YAML file); a
// draft is left out, and said so.
import path from 'node:path';
import { fileDiagnostic, type Diagnostic } from '../schema/diagnostic.js';
import { newestFirst, readNewsText, type NewsText } from '../site/news.js';
import { uniqueSlugs } from '../site/model.js';
import type { SiteNews } from '../site/page-news.js';
import { readPublishedMarkdown } from './safe-paths.js';
import type { WorkspaceContext } from './context.js';

export const newsFolderName = 'news';

/** The news files of news/, each checked: those without errors, with their names, and how many files there are. */
export function checkNewsFiles(
  ctx: WorkspaceContext,
  root: string,
  diagnostics: Diagnostic[],
  inputs: string[],
  sources: Map<string, string>,
): { name: string; news: NewsText }[] {
  const read: { name: string; news: NewsText }[] = [];
  for (const { name, shown, text } of readPublishedMarkdown(root, path.join(root, newsFolderName), ctx.display, { diagnostics, inputs, sources })) {
    const checked = readNewsText(shown, text);
    diagnostics.push(...checked.diagnostics);
    if (checked.news) read.push({ name, news: checked.news });
  }
  return read;
}

/** Every news file of news/, checked; the published ones (not drafts) rendered, newest first. */
export async function readNews(
  ctx: WorkspaceContext,
  root: string,
  diagnostics: Diagnostic[],
  inputs: string[],
  sources: Map<string, string>,
): Promise<SiteNews[]> {
  const read = checkNewsFiles(ctx, root, diagnostics, inputs, sources).filter(({ name, news }) => {
    if (news.draft) diagnostics.push({ ...fileDiagnostic(ctx.display(path.join(root, newsFolderName, name)), 'news-draft-left-out'), severity: 'warning' });
    return !news.draft;
  });
  if (read.length === 0) return [];
  // markdown-it is loaded only by a workspace that has news
  const { renderMarkdown } = await import('../site/markdown.js');
  // «index» is the list's own page
  const slugs = uniqueSlugs(['index', ...read.map(({ name }) => name.replace(/\.(md|markdown)$/i, ''))]).slice(1);
  return newestFirst(
    read.map(({ news }, index) => {
      const body = renderMarkdown(news.body).body;
      const summary = news.summary ?? firstParagraph(body);
      return { slug: slugs[index]!, title: news.title, date: news.date, ...(summary ? { summary } : {}), body };
    }),
  );
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of the body's first paragraph, without markup. */
function firstParagraph(body: string): string | undefined {
  const match = /<p>([\s\S]*?)<\/p>/.exec(body);
  const text = match?.[1]!
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
