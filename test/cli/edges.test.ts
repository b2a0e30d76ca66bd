// Trust at the edges: hostile files, one bad file among good ones, closed
// pipes, unreadable folders, what -o means, empty folders.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli, spawnCli, temporaryDir } from '../helpers/cli.js';
import { besidesShippedWarnings } from '../helpers/shipped.js';
import { aliasBombPlan, billionLaughs, planHead } from '../schema/hostile-yaml.js';

const regional = path.join(repoRoot, 'plans', '2023-2024-regional-plan.yaml');
const buzuluk = path.join(repoRoot, 'plans', '2020-2021-buzuluk-plan.yaml');
const rawErrno = /\bE[A-Z]{3,}\b/;

/** A folder with the regional plan and the given files beside it. */
function folderWith(files: Record<string, string>): string {
  const dir = temporaryDir();
  mkdirSync(path.join(dir, 'plans'));
  copyFileSync(regional, path.join(dir, 'plans', '2023-2024-regional-plan.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'plans', name), text);
  return dir;
}

const unknownAlias = `${planHead}sections:\n  - title: Раздел\n    items:\n      - activity: Дело\n        timing: сентябрь 2023\n        responsible: *nope\n`;

describe('hostile YAML among good files', () => {
  it('validate reports the billion laughs, an alias bomb and an unknown alias where they are, rc 1, and checks the rest', async () => {
    const dir = folderWith({ 'laughs.yaml': billionLaughs, 'bomb.yaml': aliasBombPlan(70), 'nope.yaml': unknownAlias });
    const result = await runCli(['validate', '--format', 'short', 'plans'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^plans\/bomb\.yaml:\d+:\d+: error: The aliases expand this file to more than [\d,]+ characters, too much to check or print; write the repeated part out or use fewer aliases\.$/m,
    );
    expect(result.stdout).toMatch(/^plans\/laughs\.yaml:7:\d+: error: The aliases expand this file/m);
    expect(result.stdout).toContain('plans/nope.yaml:9:22: error: No anchor «&nope» is set above this alias «*nope»');
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect((await runCli(['validate', 'plans'], { cwd: dir })).stdout).toContain('4 file(s) checked: 3 error(s), 0 warning(s).');
  });

  it('plan build of the folder builds the good plan and refuses the bomb without building it', () => {
    const dir = folderWith({ 'bomb.yaml': aliasBombPlan(70) });
    const result = spawnCli(['plan', 'build', 'plans', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/plans\/bomb\.yaml:\d+:\d+ {2}error: The aliases expand/);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['2023-2024-regional-plan.docx']);
  });
});

describe('one bad file does not hide the others', () => {
  const broken = 'kind: plan\ntitle: "unclosed\nacademicYear: 2023-2024\n';

  it('validate reports the broken file with its location and checks the others', async () => {
    const dir = folderWith({ 'broken.yaml': broken, 'z-unknown-key.yaml': `${planHead}titel: x\n` });
    const result = await runCli(['validate', '--format', 'short', 'plans'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('plans/broken.yaml:2:8: error: The quoted text that starts here is never closed');
    expect(result.stdout).toContain('plans/z-unknown-key.yaml:4:1: error: Unknown key «titel»');
  });

  it('plan build builds the good plans and names the broken file, rc 1', () => {
    const dir = folderWith({ 'broken.yaml': broken });
    copyFileSync(buzuluk, path.join(dir, 'plans', path.basename(buzuluk)));
    const result = spawnCli(['plan', 'build', 'plans', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/broken.yaml:2:8  error: The quoted text that starts here is never closed');
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['2020-2021-buzuluk-plan.docx', '2023-2024-regional-plan.docx']);
  });

  it('calendar lists the good plans and names the broken file, rc 1', async () => {
    const dir = folderWith({ 'broken.yaml': broken });
    const result = await runCli(['calendar', '--from', '2023-09-18', '--weeks', '1', '--format', 'json', 'plans'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/broken.yaml:2:8  error: The quoted text that starts here is never closed');
    const rows = JSON.parse(result.stdout) as { source: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.source.startsWith('plans/2023-2024-regional-plan.yaml:'))).toBe(true);
  });
});

describe('a closed pipe', () => {
  /** Runs the built bin with stdout read by a reader that closes after its first chunk (like `| head -1`). */
  function runIntoClosedPipe(args: string[], cwd = repoRoot): Promise<{ code: number | null; stderr: string; read: number }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [binPath, ...args], { cwd, env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' } });
      let stderr = '';
      let read = 0;
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.length;
        child.stdout.destroy();
      });
      child.on('close', (code) => resolve({ code, stderr, read }));
    });
  }

  it('ends calendar --format json quietly', async () => {
    const args = ['calendar', '--format', 'json', '--from', '2020-09-01', '--weeks', '520', 'plans', 'test/fixtures/plan-500.yaml'];
    const full = spawnSync(process.execPath, [binPath, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(full.stdout.length).toBeGreaterThan(1024 * 1024); // far more than a pipe holds, so the writer meets the closed end
    const result = await runIntoClosedPipe(args);
    expect(result.read).toBeLessThan(full.stdout.length);
    expect(besidesShippedWarnings(result.stderr)).toBe('');
    expect(result.code).toBe(0);
  });

  it('ends validate --format json quietly, with the exit code of the check', async () => {
    const dir = temporaryDir();
    const unknownKeys = Array.from({ length: 500 }, (_, i) => `key${i}: x`).join('\n');
    for (let i = 0; i < 8; i++) writeFileSync(path.join(dir, `bad-${i}.yaml`), `${planHead}${unknownKeys}\n`);
    const full = spawnSync(process.execPath, [binPath, 'validate', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(full.stdout.length).toBeGreaterThan(256 * 1024);
    const result = await runIntoClosedPipe(['validate', '--format', 'json', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });
});

describe('files that cannot be read, in plain words', () => {
  it('names a folder without read permission and still checks the rest; a file inside it is not «missing»', () => {
    const dir = folderWith({});
    const locked = path.join(dir, 'plans', 'locked');
    chmodSync(dir, 0o755); // a temporary folder is its owner's only
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'plan.yaml'), 'kind: plan\n');
    chmodSync(locked, 0o000);
    try {
      // root reads anything: run as nobody then, so that the permission is really refused.
      const asRoot = process.getuid?.() === 0;
      const run = (args: string[]) => {
        const result = spawnSync(process.execPath, [binPath, ...args], {
          cwd: dir,
          env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
          encoding: 'utf8',
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        return { code: result.status, stdout: result.stdout, stderr: result.stderr };
      };
      const folder = run(['validate', '--format', 'short', 'plans']);
      expect(folder.stdout).toBe(
        'plans/locked: error: The folder cannot be read: this account has no permission for it; ask for access or use a folder of your own.\n',
      );
      expect(folder.code).toBe(1);
      const inside = run(['validate', '--format', 'short', 'plans/locked/plan.yaml']);
      expect(inside.stdout).toBe(
        'plans/locked/plan.yaml: error: This path cannot be opened: this account has no permission for it; ask for access or use a folder of your own.\n',
      );
      const good = run(['validate', 'plans']);
      expect(good.stdout).toContain('1 file(s) checked: 1 error(s)');
      for (const result of [folder, inside, good]) expect(result.stdout + result.stderr).not.toMatch(rawErrno);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('says that a file stands where a folder should be, that a *.yaml is a folder, and that a link leads nowhere', async () => {
    const dir = folderWith({});
    const plans = path.join(dir, 'plans');
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(plans, 'folder.yaml'));
    symlinkSync(path.join(dir, 'missing.yaml'), path.join(plans, 'dangling.yaml'));
    const result = await runCli(['validate', '--format', 'short', 'plans', 'plans/2023-2024-regional-plan.yaml/inner.yaml'], { cwd: dir });
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      'plans/2023-2024-regional-plan.yaml/inner.yaml: error: This path cannot be opened: a file stands where a folder of the path should be.',
      'plans/dangling.yaml: error: The file cannot be read: it is not there (moved or deleted, or a link to nowhere); check the path.',
      'plans/folder.yaml: error: The file cannot be read: it is a folder, not a file; name a file.',
    ]);
    expect(result.stdout).not.toMatch(rawErrno);
  });

  it('says in words why an output cannot be written', async () => {
    const dir = folderWith({});
    writeFileSync(path.join(dir, 'taken'), 'a file');
    const result = await runCli(['plan', 'build', 'plans/2023-2024-regional-plan.yaml', '-o', 'taken/plan.docx'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^taken\/plan\.docx {2}error: Cannot write taken\/plan\.docx: a file stands where a folder of the path should be\.$/m);
    expect(result.stderr).not.toMatch(rawErrno);
  });

  it('init says in words that it cannot create the workspace folder', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'taken'), 'a file');
    const result = await runCli(['init', 'taken/centre'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot write taken/centre/templates: a file stands where a folder of the path should be.');
  });

  it('a system error no command expected is said in words, without a stack trace', async () => {
    const { main } = await import('../../src/cli/main.js');
    let stderr = '';
    const failing = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO', syscall: 'write' });
    const code = await main(['validate', regional], {
      cwd: repoRoot,
      env: { LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      stdout: {
        write: () => {
          throw failing;
        },
      },
      stderr: { write: (chunk: string) => (stderr += chunk) },
    });
    expect(code).toBe(2);
    expect(stderr).toBe('The file system refused: the disk or network drive failed to read or write; try again or copy the files elsewhere.\n');
  });

  it('puts any other system error into words too, in Russian as well', async () => {
    const { translator } = await import('../../src/i18n/messages.js');
    expect(translator('en')('file-unreadable', { reason: 'EWEIRD' })).toBe(
      'The file cannot be read: the system refused (EWEIRD); check the path and the permissions.',
    );
    expect(translator('ru')('file-unreadable', { reason: 'EACCES' })).toBe(
      'Файл не читается: у этой учётной записи нет к нему доступа; попросите доступ или используйте свою папку.',
    );
    expect(translator('en')('file-unreadable', { reason: 'the disk went away' })).toBe('The file cannot be read: the disk went away.');
  });
});

describe('what -o means', () => {
  it('refuses one .docx for several plans, creating nothing', async () => {
    const dir = temporaryDir();
    const result = await runCli(['plan', 'build', regional, buzuluk, '-o', 'one.docx'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'one.docx  error: 2 plans are built, one document each, so -o must name a folder, not the file one.docx; name a folder, or build one plan at a time.\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a name that is neither .docx nor a folder, creating nothing', async () => {
    const dir = temporaryDir();
    const result = await runCli(['plan', 'build', regional, '-o', 'plan.pdf'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o plan.pdf is neither a .docx file nor a folder; end the name in .docx, or name a folder for the documents.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes a name ending in a slash, or without an extension, as a folder', async () => {
    const dir = temporaryDir();
    expect((await runCli(['plan', 'build', regional, '-o', 'print.v2/'], { cwd: dir })).code).toBe(0);
    expect(existsSync(path.join(dir, 'print.v2', '2023-2024-regional-plan.docx'))).toBe(true);
    expect((await runCli(['plan', 'build', regional, buzuluk, '-o', 'print'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(path.join(dir, 'print')).sort()).toEqual(['2020-2021-buzuluk-plan.docx', '2023-2024-regional-plan.docx']);
  });
});

describe('an empty folder', () => {
  it('plan build names the folder it was given, not the current one', async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'empty'));
    const result = await runCli(['plan', 'build', 'empty'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('empty  error: No .yaml files found here; create one with «centre init» or pass a file.\n');
  });

  it('plan build of a folder without plans says so', async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'holidays'));
    writeFileSync(path.join(dir, 'holidays', 'local.yaml'), 'kind: holidays\ndays:\n  - date: 2025-05-13\n    working: false\n    name: День города\n');
    const result = await runCli(['plan', 'build', 'holidays'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('holidays  error: No plan or cyclogram is here');
  });

  it('calendar says that no plan was found, rc 1', async () => {
    const dir = temporaryDir();
    mkdirSync(path.join(dir, 'empty'));
    const result = await runCli(['calendar', 'empty'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'empty  error: No plan or cyclogram is here; pass the folder or file of a plan (kind: plan), or create one with «centre init».\n',
    );
  });
});

describe('an iCalendar export of past plans', () => {
  it('says that the plans end before --from and writes nothing, rc 1', async () => {
    const dir = temporaryDir();
    const result = await runCli(['calendar', '--format', 'ics', '--from', '2030-01-01', '-o', path.join(dir, 'plan.ics'), regional], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'centre calendar  error: The plans end on 31.08.2024, before the export starts (01.01.2030); give an earlier --from, or nothing would be exported.\n',
    );
    expect(existsSync(path.join(dir, 'plan.ics'))).toBe(false);
  });
});

describe('control characters never reach the terminal', () => {
  it('a file name with an escape sequence is shown with the escape written out', async () => {
    const dir = folderWith({ 'clear\u001b[2J.yaml': `${planHead}titel: x\n` });
    const result = await runCli(['validate', 'plans'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('plans/clear\\x1B[2J.yaml:4:1  error: Unknown key «titel»');
    expect(result.stdout + result.stderr).not.toContain('\u001b');
  });

  it('plan build refuses a plan with a control character instead of printing its words glued together', async () => {
    const dir = folderWith({
      'bell.yaml': `${planHead}sections:\n  - title: Раздел\n    items:\n      - activity: Совещание\u0007руководителей\n        timing: сентябрь 2023\n        responsible: [Центр]\n`,
    });
    const result = await runCli(['plan', 'build', 'plans/bell.yaml', '-o', 'out/'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/bell.yaml:7:28  error: The invisible control character U+0007 BEL is in the text');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('calendar refuses the file that has them, naming the character, and lists the rest', async () => {
    const dir = folderWith({
      'escape.yaml': `${planHead}sections:\n  - title: Раздел\n    items:\n      - activity: "Сове\\e[2Jщание"\n        timing: 18.09.2023\n        responsible: [Центр]\n`,
    });
    const result = await runCli(['calendar', '--from', '2023-09-18', '--weeks', '1', 'plans'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plans/escape.yaml:7:24  error: The invisible control character U+001B ESC is in the text');
    expect(result.stdout).toContain('18.09.2023');
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
