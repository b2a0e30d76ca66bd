// News: the front matter of news/*.md checked with located messages (the corpus
// in test/fixtures/news/, English and Russian), the list newest first on the
// home page and «Новости», an Atom feed that an XML parser reads as RFC 4287
// asks, drafts left out; `centre news from-record` through the built CLI in both
// languages, creating its draft and never writing over one.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderShort } from '../../src/cli/output/diagnostics.js';
import { translator } from '../../src/i18n/messages.js';
import { readNewsText } from '../../src/site/news.js';
import { copyOfExampleWorkspace, repoRoot, spawnCli } from '../helpers/cli.js';
import { buildSiteOf } from './helpers.js';

const corpus = path.join(repoRoot, 'test', 'fixtures', 'news');

describe('news files', () => {
  for (const name of readdirSync(corpus).filter((file) => file.endsWith('.md'))) {
    for (const locale of ['en', 'ru'] as const) {
      it(`says where ${name} is wrong and what to do (${locale})`, () => {
        const { news, diagnostics } = readNewsText(name, readFileSync(path.join(corpus, name), 'utf8'));
        expect(news).toBeUndefined();
        const actual = `${diagnostics.map((d) => renderShort(d, translator(locale))).join('\n')}\n`;
        const expectedFile = path.join(corpus, name.replace(/\.md$/, locale === 'en' ? '.expected' : '.expected.ru'));
        if (process.env.UPDATE_EXPECTED && !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
        expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      });
    }
  }

  it('reads the title, the date in either form and the body after the front matter', () => {
    const read = readNewsText('a.md', '---\ntitle: Семинар\ndate: 12.11.2023\nsummary: Коротко.\n---\n\nТекст.\n');
    expect(read.diagnostics).toEqual([]);
    expect(read.news).toEqual({ title: 'Семинар', date: '2023-11-12', summary: 'Коротко.', draft: false, body: '\nТекст.\n', bodyLine: 6 });
  });
});

/** Reads an XML document strictly (namespaces on), as a feed reader does; returns each element's name and text. */
function parseXml(text: string): { name: string; uri: string; attributes: Record<string, string>; text: string; path: string }[] {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { name: string; uri: string; attributes: Record<string, string>; text: string; path: string }[] = [];
  const open: (typeof elements)[number][] = [];
  parser.on('opentag', (tag) => {
    const element = {
      name: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])),
      text: '',
      path: [...open.map((e) => e.name), tag.local].join('/'),
    };
    open.push(element);
    elements.push(element);
  });
  parser.on('text', (chunk) => {
    if (open.length) open.at(-1)!.text += chunk;
  });
  parser.on('closetag', () => open.pop());
  parser.write(text).close();
  return elements;
}

function workspaceWithNews(): string {
  const workspace = copyOfExampleWorkspace();
  mkdirSync(path.join(workspace, 'news'));
  writeFileSync(
    path.join(workspace, 'news', 'konkurs.md'),
    '---\ntitle: Итоги конкурса "Классный руководитель года"\ndate: 2023-10-20\n---\n\nПодведены итоги конкурса, победителей — 12 & призёров — 20.\n',
  );
  writeFileSync(
    path.join(workspace, 'news', 'seminar.md'),
    '---\ntitle: Семинар для методистов\ndate: 12.11.2023\nsummary: Семинар прошёл онлайн.\n---\n\nТекст новости.\n',
  );
  writeFileSync(path.join(workspace, 'news', 'old.md'), '---\ntitle: Старое объявление\ndate: 2023-09-01\n---\n\nДавно.\n');
  writeFileSync(path.join(workspace, 'news', 'draft.md'), '---\ntitle: Черновик\ndate: 2023-12-01\ndraft: true\n---\n\nЕщё не готово.\n');
  return workspace;
}

describe('the news of the section', () => {
  it('lists the news newest first on the home page and «Новости», leaves drafts out, and writes an Atom feed', async () => {
    const built = await buildSiteOf(workspaceWithNews(), ['--url', 'https://school.example/centre/']);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/news[\\/]draft\.md[\s\S]*This news is a draft \(draft: true\), left out of the site/);
    const titles = (file: string) =>
      [...readFileSync(path.join(built.out, file), 'utf8').matchAll(/<h[23]><a href="[^"]*">([^<]*)<\/a>/g)].map((match) => match[1]);
    expect(titles('news/index.html')).toEqual(['Семинар для методистов', 'Итоги конкурса «Классный руководитель года»', 'Старое объявление']);
    expect(titles('index.html')).toEqual(['Семинар для методистов', 'Итоги конкурса «Классный руководитель года»', 'Старое объявление']);
    expect(existsSync(path.join(built.out, 'news', 'draft.html'))).toBe(false);
    expect(readFileSync(path.join(built.out, 'news', 'seminar.html'), 'utf8')).toContain(
      '<time class="news-date" datetime="2023-11-12">12\u00a0ноября 2023\u00a0г.</time>',
    );

    const feed = parseXml(readFileSync(path.join(built.out, 'files', 'news.atom'), 'utf8'));
    const atom = 'http://www.w3.org/2005/Atom';
    expect(feed[0]).toMatchObject({ name: 'feed', uri: atom });
    const child = (name: string) => feed.filter((element) => element.path === `feed/${name}`);
    expect(child('title')[0]!.text).toContain('Новости');
    expect(child('id')[0]!.text).toBe('https://school.example/centre/news/index.html');
    expect(child('updated')[0]!.text).toBe('2023-11-12T00:00:00Z');
    expect(child('author').length).toBe(1);
    expect(child('link').map((link) => link.attributes)).toEqual([
      { rel: 'alternate', type: 'text/html', href: 'https://school.example/centre/news/index.html' },
      { rel: 'self', type: 'application/atom+xml', href: 'https://school.example/centre/files/news.atom' },
    ]);
    const entries = (name: string) => feed.filter((element) => element.path === `feed/entry/${name}`);
    expect(entries('title').map((title) => title.text)).toEqual(['Семинар для методистов', 'Итоги конкурса «Классный руководитель года»', 'Старое объявление']);
    expect(entries('updated').map((updated) => updated.text)).toEqual(['2023-11-12T00:00:00Z', '2023-10-20T00:00:00Z', '2023-09-01T00:00:00Z']);
    expect(entries('link').map((link) => link.attributes.href)).toEqual(
      ['seminar', 'konkurs', 'old'].map((slug) => `https://school.example/centre/news/${slug}.html`),
    );
    expect(entries('summary').map((summary) => summary.text)).toEqual([
      'Семинар прошёл онлайн.',
      'Подведены итоги конкурса, победителей\u00a0— 12 & призёров\u00a0— 20.',
      'Давно.',
    ]);
    expect(entries('content')[1]!.text).toBe('<p>Подведены итоги конкурса, победителей — 12 &amp; призёров — 20.</p>\n');
    expect(new Set(entries('id').map((id) => id.text)).size).toBe(3);
  });

  it('without the section address, the feed links relative to its own file and ids stay the same from build to build', async () => {
    const workspace = workspaceWithNews();
    const first = await buildSiteOf(workspace);
    const second = await buildSiteOf(workspace);
    const feed = parseXml(readFileSync(path.join(first.out, 'files', 'news.atom'), 'utf8'));
    expect(feed.filter((element) => element.path === 'feed/entry/link').map((link) => link.attributes.href)).toEqual([
      '../news/seminar.html',
      '../news/konkurs.html',
      '../news/old.html',
    ]);
    expect(
      feed
        .filter((element) => element.name === 'id')
        .every((id) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id.text)),
    ).toBe(true);
    expect(readFileSync(path.join(second.out, 'files', 'news.atom'), 'utf8')).toBe(readFileSync(path.join(first.out, 'files', 'news.atom'), 'utf8'));
  });

  it('refuses to build with a news file whose front matter is wrong, saying where', async () => {
    const workspace = workspaceWithNews();
    writeFileSync(path.join(workspace, 'news', 'bad.md'), readFileSync(path.join(corpus, 'bad-date.md')));
    const built = await buildSiteOf(workspace);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`news${path.sep}bad.md:3:7`);
    expect(built.stderr).toContain('31.02.2024');
    expect(built.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('centre validate and the news (the built command)', () => {
  it('checks news/*.md with the workspace, at the line and column, in English and Russian', () => {
    const workspace = workspaceWithNews();
    expect(spawnCli(['validate', '--format', 'short'], { cwd: workspace }).code).toBe(0);
    writeFileSync(path.join(workspace, 'news', 'bad.md'), readFileSync(path.join(corpus, 'bad-date.md')));
    for (const [locale, expected] of [
      ['en_US.UTF-8', 'bad-date.expected'],
      ['ru_RU.UTF-8', 'bad-date.expected.ru'],
    ] as const) {
      const run = spawnCli(['validate', '--format', 'short'], { cwd: workspace, env: { LANG: locale } });
      expect(run.code).toBe(1);
      const line = readFileSync(path.join(corpus, expected), 'utf8')
        .trim()
        .replace(/^bad-date\.md/, path.join('news', 'bad.md'));
      expect(run.stdout.split('\n')).toContain(line);
    }
  });
});

describe('centre news from-record (the built command)', () => {
  const plan = 'plans/2023-2024-regional-plan.yaml';

  it('writes a draft from a held item with its days, participants and evidence, in English and in Russian, and never over a file', () => {
    for (const [locale, said] of [
      ['en_US.UTF-8', 'wrote the news draft'],
      ['ru_RU.UTF-8', 'Черновик новости записан'],
    ] as const) {
      const workspace = copyOfExampleWorkspace();
      const run = spawnCli(['news', 'from-record', plan, 'teachers-forum'], { cwd: workspace, env: { LANG: locale } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(said);
      const names = readdirSync(path.join(workspace, 'news'));
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^2023-11-17-.+\.md$/);
      const file = path.join(workspace, 'news', names[0]!);
      const text = readFileSync(file, 'utf8');
      const read = readNewsText(names[0]!, text);
      expect(read.diagnostics).toEqual([]);
      expect(read.news).toMatchObject({ date: '2023-11-17', draft: true });
      expect(read.news!.body).toContain('Дни проведения: 16\u00a0ноября 2023\u00a0г., 17\u00a0ноября 2023\u00a0г.');
      expect(read.news!.body).toContain('Участников\u00a0— 520; из них классных руководителей\u00a0— 410');
      expect(read.news!.body).toContain('- <https://example.ru/rc/news/forum-iv>');
      expect(read.news!.body).toContain('- Резолюция_форума.pdf');

      writeFileSync(file, `${text}\nМой текст.\n`);
      const again = spawnCli(['news', 'from-record', plan, 'teachers-forum'], { cwd: workspace, env: { LANG: locale } });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(locale.startsWith('ru') ? /уже есть, и он не перезаписывается/ : /already exists and is never written over/);
      expect(again.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(file, 'utf8')).toBe(`${text}\nМой текст.\n`);
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('refuses an item that was not held, and one the record does not have, saying what to do', () => {
    const workspace = copyOfExampleWorkspace();
    const moved = spawnCli(['news', 'from-record', plan, 'competence-model'], { cwd: workspace });
    expect(moved.code).toBe(1);
    expect(moved.stderr).toContain('is recorded as moved, not held');
    const russian = spawnCli(['news', 'from-record', plan, 'competence-model'], { cwd: workspace, env: { LANG: 'ru_RU.UTF-8' } });
    expect(russian.stderr).toContain('отмечено как «перенесено»');
    const unknown = spawnCli(['news', 'from-record', plan, 'no-such-item'], { cwd: workspace });
    expect(unknown.code).toBe(1);
    expect(existsSync(path.join(workspace, 'news'))).toBe(false);
  });
});
