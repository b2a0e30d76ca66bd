// centre site build and serve, run as a user runs them (the built bin): what a
// school's unpacked archive may hold (links to system files, web pages named
// .pdf, pipes), what a damaged output folder may hold (a link to another folder,
// a manifest naming a folder, a build cut short), and a broken link in a page:
// nothing outside the workspace is published, nothing outside -o is touched,
// and every problem is one located line with exit 1, never a crash.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, spawnCli, temporaryDir } from '../helpers/cli.js';
import { listFiles, ownPractices, testToday } from './helpers.js';

const env = { CENTRE_TODAY: testToday };

/** A folder holding a copy of the example workspace («workspace/») and room for outputs beside it. */
function sandbox(): { root: string; workspace: string; out: string } {
  const root = temporaryDir('centre-safe-');
  const workspace = path.join(root, 'workspace');
  for (const folder of ['plans', 'templates', 'site']) cpSync(path.join(repoRoot, folder), path.join(workspace, folder), { recursive: true });
  ownPractices(workspace);
  return { root, workspace, out: path.join(root, 'out', 'site') };
}

/** Every entry under `folder` (links as their target text, not followed) with the hash of its content. */
function treeHash(folder: string, skip: readonly string[] = []): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const relative = path.relative(folder, full);
      if (skip.includes(relative)) continue;
      const info = lstatSync(full);
      if (info.isSymbolicLink()) hashes[relative] = `link ${readlinkSync(full)}`;
      else if (info.isDirectory()) {
        hashes[relative] = 'folder';
        walk(full);
      } else hashes[relative] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(folder);
  return hashes;
}

function addPractice(workspace: string, name: string, attachment: string, status = 'published'): string {
  const file = path.join(workspace, 'plans', 'practices', `${name}.yaml`);
  writeFileSync(
    file,
    [
      'kind: practice',
      'title: Практика с приложением',
      'school: МБОУ «СОШ № 6»',
      'author: И.И. Иванова',
      'topic: Работа с родителями',
      'year: 2024',
      'description: Что сделано.',
      'files:',
      '  - title: Материалы',
      `    path: ${attachment}`,
      `status: ${status}`,
    ].join('\n') + '\n',
  );
  return `plans/practices/${name}.yaml`;
}

let whole: string | undefined;
/** The section as a whole build of the example workspace writes it, made once for the tests that compare against it. */
function wholeBuild(): string {
  if (whole === undefined) {
    const { root, workspace } = sandbox();
    const out = path.join(root, 'whole');
    expect(spawnCli(['site', 'build', '-o', out], { cwd: workspace, env }).code).toBe(0);
    whole = out;
  }
  return whole;
}

const noCrash = (stderr: string) => {
  expect(stderr).not.toMatch(/Unexpected failure|Непредвиденный сбой|\n\s+at /);
};

describe('site build publishes only what a school publishes, from inside the workspace', () => {
  it('refuses an attachment that is a link to the system password file: not read, not published, located, exit 1', () => {
    const { root, workspace, out } = sandbox();
    const yaml = addPractice(workspace, 'linked', 'files/passwd.pdf');
    symlinkSync('/etc/passwd', path.join(workspace, 'plans', 'practices', 'files', 'passwd.pdf'));
    const before = treeHash(root);
    const result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^${yaml}:10:11 +error: The attached file «files/passwd\\.pdf» is a link to /etc/passwd, outside the workspace, and is not published`, 'm'),
    );
    noCrash(result.stderr);
    expect(existsSync(out)).toBe(false);
    expect(treeHash(root)).toEqual(before);

    const russian = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env: { ...env, LANG: 'ru_RU.UTF-8' } });
    expect(russian.stderr).toMatch(/:10:11 +ошибка: Приложенный файл «files\/passwd\.pdf» — ссылка на \/etc\/passwd за пределами рабочей папки/);
  });

  it('refuses a web page, an SVG with a script and a .pdf that is a web page inside, naming each at its line', () => {
    const { root, workspace, out } = sandbox();
    const files = path.join(workspace, 'plans', 'practices', 'files');
    writeFileSync(path.join(files, 'page.html'), '<html><script>alert(document.cookie)</script></html>');
    writeFileSync(path.join(files, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    writeFileSync(path.join(files, 'report.pdf'), '\ufeff  <!DOCTYPE html><script>alert(3)</script>');
    const html = addPractice(workspace, 'html', 'files/page.html');
    const svg = addPractice(workspace, 'svg', 'files/logo.svg');
    const pdf = addPractice(workspace, 'pdf', 'files/report.pdf');
    const before = treeHash(root);
    const result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(result.code).toBe(1);
    for (const [file, name] of [
      [html, 'page.html'],
      [svg, 'logo.svg'],
    ] as const) {
      expect(result.stderr).toMatch(
        new RegExp(
          `^${file}:10:11 +error: The file «files/${name.replace('.', '\\.')}» is not published: only PDF, DOCX, DOC, ODT, XLSX, XLS, ODS, PPTX, PNG, JPEG, GIF, WebP go on the site`,
          'm',
        ),
      );
    }
    expect(result.stderr).toMatch(
      new RegExp(`^${pdf}:10:11 +error: The file «files/report\\.pdf» is named as PDF, but inside it is HTML; open it and save it again as PDF`, 'm'),
    );
    noCrash(result.stderr);
    expect(existsSync(out)).toBe(false);
    expect(treeHash(root)).toEqual(before);
  });

  it('warns about such an attachment of a practice not yet published, and builds without it', () => {
    const { workspace, out } = sandbox();
    writeFileSync(path.join(workspace, 'plans', 'practices', 'files', 'page.html'), '<script>alert(1)</script>');
    const yaml = addPractice(workspace, 'submitted-html', 'files/page.html', 'submitted');
    const result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^${yaml}:10:11 +warning: The file «files/page\\.html» is not published`, 'm'));
    expect(listFiles(out).filter((name) => /page|submitted-html/.test(name))).toEqual([]);
  });

  it('publishes a real PDF and PNG, and refuses a pipe without waiting on it', () => {
    const { workspace, out } = sandbox();
    const files = path.join(workspace, 'plans', 'practices', 'files');
    writeFileSync(path.join(files, 'scheme.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    addPractice(workspace, 'picture', 'files/scheme.png');
    let result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(result.code, result.stderr).toBe(0);
    expect(listFiles(out)).toEqual(
      expect.arrayContaining(['files/practices/picture/scheme.png', 'files/practices/example-parents-club/semeynaya-gostinaya.pdf']),
    );

    const fifo = path.join(files, 'pipe.pdf');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const yaml = addPractice(workspace, 'pipe', 'files/pipe.pdf');
    // reading a pipe would wait for a writer forever
    result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env, timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${yaml}:10:11 +error: The attached «files/pipe\\.pdf» is not an ordinary file`, 'm'));
  }, 30_000);

  it('refuses a Markdown page of site/ that is a link out of the workspace', () => {
    const { workspace, out } = sandbox();
    symlinkSync('/etc/passwd', path.join(workspace, 'site', 'passwd.md'));
    const result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^site\/passwd\.md +error: site\/passwd\.md is a link to \/etc\/passwd, outside the workspace/m);
    expect(existsSync(out)).toBe(false);
  });
});

describe('site build removes only its own files, inside -o', () => {
  it('leaves a file reached through a linked folder alone, when the manifest names it', () => {
    const { root, workspace, out } = sandbox();
    expect(spawnCli(['site', 'build', '-o', out], { cwd: workspace, env }).code).toBe(0);
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'thesis.docx'), 'a teacher’s thesis');
    symlinkSync(elsewhere, path.join(out, 'old'));
    const manifestFile = path.join(out, '.centre-site.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: string[] };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: [...manifest.files, 'old/thesis.docx', '../elsewhere/thesis.docx', '/etc/passwd'] }));
    const before = treeHash(root, ['out']);
    const result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /\.centre-site\.json +warning: «old\/thesis\.docx», a page of the previous build, was left in place: it is now outside the output folder \(through a link\)/,
    );
    noCrash(result.stderr);
    expect(treeHash(root, ['out'])).toEqual(before);
    expect(readFileSync(path.join(elsewhere, 'thesis.docx'), 'utf8')).toBe('a teacher’s thesis');
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).files).not.toContain('old/thesis.docx');
    // said once: the next build no longer counts it as its own
    expect(spawnCli(['site', 'build', '-o', out], { cwd: workspace, env }).stderr).not.toContain('thesis');
  }, 30_000);

  it('warns about a manifest entry that is a folder, keeps the folder, and later builds go on', () => {
    const { workspace, out } = sandbox();
    expect(spawnCli(['site', 'build', '-o', out], { cwd: workspace, env }).code).toBe(0);
    mkdirSync(path.join(out, 'archive'));
    writeFileSync(path.join(out, 'archive', '2022.html'), 'last year');
    const manifestFile = path.join(out, '.centre-site.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: string[] };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: [...manifest.files, 'archive'] }));
    const first = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env: { ...env, LANG: 'ru_RU.UTF-8' } });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/предупреждение: «archive», страница прошлой сборки, оставлен на месте: теперь это папка, ссылка или особый файл/);
    expect(readFileSync(path.join(out, 'archive', '2022.html'), 'utf8')).toBe('last year');
    const second = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('archive');
  }, 30_000);
});

describe('a build cut short is resumed by the next', () => {
  it('takes the pages a build wrote before it stopped as its own, and removes its temporary files', () => {
    const { root, workspace } = sandbox();
    const whole = wholeBuild();
    const expected = listFiles(whole).sort();
    // what a build killed half-way leaves: its manifest marked incomplete, some pages, a temporary file
    const cut = path.join(root, 'cut');
    mkdirSync(cut);
    const manifest = JSON.parse(readFileSync(path.join(whole, '.centre-site.json'), 'utf8')) as { files: string[] };
    writeFileSync(path.join(cut, '.centre-site.json'), JSON.stringify({ writtenBy: 'centre site build', complete: false, files: manifest.files }));
    for (const name of manifest.files.slice(0, manifest.files.length / 2)) {
      mkdirSync(path.dirname(path.join(cut, name)), { recursive: true });
      cpSync(path.join(whole, name), path.join(cut, name));
    }
    writeFileSync(path.join(cut, 'index.html.4242.7.tmp'), '<html>half');
    writeFileSync(path.join(cut, '.centre-site.json.4242.8.tmp'), '{"files": [');
    const result = spawnCli(['site', 'build', '-o', cut], { cwd: workspace, env });
    expect(result.code, result.stderr).toBe(0);
    expect(listFiles(cut).sort()).toEqual(expected);
    expect(JSON.parse(readFileSync(path.join(cut, '.centre-site.json'), 'utf8'))).toMatchObject({ complete: true, files: manifest.files });
  }, 30_000);

  it('goes on after a build killed at any moment of its writing', async () => {
    const { root, workspace } = sandbox();
    const whole = wholeBuild();
    const expected = listFiles(whole).sort();
    let caughtMidWrite = 0;
    // four moments a little later each time; then, until one run was caught writing, more at once (in a
    // temporary folder in memory the writing takes a few milliseconds, which a busy machine's timer can miss)
    for (let attempt = 0; attempt < 4 || (caughtMidWrite === 0 && attempt < 16); attempt++) {
      const out = path.join(root, `killed-${attempt}`);
      const child = spawn(process.execPath, [binPath, 'site', 'build', '-o', out], {
        cwd: workspace,
        env: { ...process.env, ...env, NO_COLOR: '1' },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // kill -9 as soon as the output folder is there (the writing has begun), a little later each time
      for (const deadline = Date.now() + 60_000; Date.now() < deadline && child.exitCode === null && !existsSync(out);)
        await new Promise((resolve) => setTimeout(resolve, 2));
      if (attempt < 4) await new Promise((resolve) => setTimeout(resolve, attempt * 15));
      child.kill('SIGKILL');
      await exited;
      const manifest = path.join(out, '.centre-site.json');
      if (existsSync(out) && (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, 'utf8')).complete)) caughtMidWrite++;
      const next = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
      expect(next.code, next.stderr).toBe(0);
      expect(listFiles(out).sort()).toEqual(expected);
    }
    // the property holds either way; this says the test did exercise it
    expect(caughtMidWrite).toBeGreaterThan(0);
  }, 120_000);
});

describe('Ctrl+C or SIGTERM while site build writes', () => {
  it('waits for the writing to end: the folder is whole, its manifest complete, no temporary file left', async () => {
    const { root, workspace } = sandbox();
    const whole = wholeBuild();
    const expected = listFiles(whole).sort();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const out = path.join(root, signal);
      const child = spawn(process.execPath, [binPath, 'site', 'build', '-o', out], {
        cwd: workspace,
        env: { ...process.env, ...env, NO_COLOR: '1' },
        stdio: 'ignore',
      });
      const exited = new Promise<[number | null, string | null]>((resolve) => child.on('exit', (code, name) => resolve([code, name])));
      for (const deadline = Date.now() + 60_000; Date.now() < deadline && child.exitCode === null && !existsSync(out);)
        await new Promise((resolve) => setTimeout(resolve, 2));
      child.kill(signal);
      const [code, name] = await exited;
      // ended by the signal once the writing was over, or done before it came
      expect(name === signal || code === 0, `${code} ${name}`).toBe(true);
      expect(listFiles(out).sort()).toEqual(expected);
      expect(JSON.parse(readFileSync(path.join(out, '.centre-site.json'), 'utf8')).complete).toBe(true);
    }
  }, 120_000);
});

describe('a broken %-escape in a Markdown link', () => {
  const badPage = '# Ссылки\n\nТекст [якорь](#%E0%A4) и\nещё [другая](calendar.html).\n';

  it('fails site build with a located error, not a crash', () => {
    const { root, workspace, out } = sandbox();
    writeFileSync(path.join(workspace, 'site', 'bad.md'), badPage);
    const before = treeHash(root);
    const result = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^site\/bad\.md:3:15 +error: The link «#%E0%A4» has a broken %-escape/m);
    noCrash(result.stderr);
    expect(treeHash(root)).toEqual(before);
    const russian = spawnCli(['site', 'build', '-o', out], { cwd: workspace, env: { ...env, LANG: 'ru_RU.UTF-8' } });
    expect(russian.stderr).toMatch(/^site\/bad\.md:3:15 +ошибка: В ссылке «#%E0%A4» испорчена %-последовательность/m);
  });

  it('makes site serve report the failed rebuild and go on serving the last good build', async () => {
    const { workspace } = sandbox();
    const child = spawn(process.execPath, [binPath, 'site', 'serve', '--port', '0'], {
      cwd: workspace,
      env: { ...process.env, ...env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = async (check: () => boolean | Promise<boolean>) => {
      for (let i = 0; i < 300; i++) {
        if (await check()) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    };
    try {
      expect(await until(() => /http:\/\/127\.0\.0\.1:\d+\//.test(stdout))).toBe(true);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)![0];
      const page = () => fetch(`${url}semeynaya-stranichka.html`);
      expect((await page()).status).toBe(200);
      writeFileSync(path.join(workspace, 'site', 'bad.md'), badPage);
      expect(await until(() => stderr.includes('the last good version is still served'))).toBe(true);
      expect(stderr).toMatch(/site\/bad\.md:3:15 +error: The link «#%E0%A4» has a broken %-escape/);
      noCrash(stderr);
      expect(child.exitCode).toBeNull();
      const served = await page();
      expect(served.status).toBe(200);
      expect(await served.text()).toContain('<html lang="ru">');
      expect((await fetch(`${url}bad.html`)).status).toBe(404);
      // fixed, it is rebuilt and served
      writeFileSync(path.join(workspace, 'site', 'bad.md'), badPage.replace('#%E0%A4', 'index.html'));
      expect(await until(async () => (await fetch(`${url}bad.html`)).status === 200)).toBe(true);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
