// LibreOffice converts an .odt from outside: off the network (an image that
// points at a web address is not fetched: a local server counts the requests),
// and within a time limit in proportion to the file, after which the whole
// process group is gone and the user reads one line.
import { execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { convertToDocx, LibreOfficeError } from '../../src/import/libreoffice.js';
import { convertToXlsx } from '../../src/reports/convert.js';
import { pdfOfDocx } from '../../src/docs/pdf.js';
import { batchConversionTimeoutMs, conversionTimeoutMs, offlineProfile } from '../../src/util/offline-libreoffice.js';
import { binPath, spawnCli, temporaryDir } from '../helpers/cli.js';
import { standInSoffice } from '../helpers/libreoffice.js';
import { stillRunning } from '../helpers/processes.js';

const run = promisify(execFile);

let server: http.Server;
let port: number;
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const cell = (text: string) => `<table:table-cell><text:p>${text}</text:p></table:table-cell>`;

/** A flat ODT (one XML file, which LibreOffice opens as .odt too) whose title carries an image linked from `imageUrl`. */
function flatOdt(imageUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>План работы<draw:frame draw:name="logo" text:anchor-type="as-char" svg:width="1cm" svg:height="1cm"><draw:image xlink:href="${imageUrl}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
<table:table table:name="План"><table:table-column table:number-columns-repeated="4"/>
<table:table-row>${cell('№')}${cell('Мероприятие')}${cell('Сроки')}${cell('Ответственные')}</table:table-row>
<table:table-row>${cell('1')}${cell('Семинар')}${cell('май')}${cell('Иванова')}</table:table-row>
</table:table>
</office:text></office:body></office:document>
`;
}

describe('LibreOffice, off the network', () => {
  it('imports an .odt whose image points at a web address without fetching it', async () => {
    const dir = temporaryDir('centre-odt-');
    writeFileSync(path.join(dir, 'plan.odt'), flatOdt(`http://127.0.0.1:${port}/logo.png`));
    // spawned without blocking, so that the server here can answer (and count) whatever arrives
    const result = await run(process.execPath, [binPath, 'plan', 'import', 'plan.odt', '-o', 'plan.yaml'], {
      cwd: dir,
      env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    });
    expect(result.stdout).toMatch(/imported plan\.odt → plan\.yaml \(1 section\(s\), 1 item\(s\)/);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toMatch(/activity: Семинар/);
    expect(requests).toEqual([]);
  }, 120_000);
});

/**
 * A folder holding a LibreOffice that never finishes and starts a process of its own, as the real launcher
 * does; each run adds that process's pid to the folder's `children`.
 */
function lingeringSoffice(): { dir: string; children: () => number[] } {
  const dir = standInSoffice('sleep 60 &\necho $! >> "$(dirname "$0")/children"\nwait');
  const pids = path.join(dir, 'children');
  return { dir, children: () => (existsSync(pids) ? readFileSync(pids, 'utf8').trim().split('\n').map(Number) : []) };
}

describe('a LibreOffice that converts nothing', () => {
  // the second named libreoffice, as some systems name it alone: found all the same, before the soffice further on the PATH
  it.each([
    [
      'exit 0',
      'soffice',
      'ru_RU.UTF-8',
      'plan.odt  ошибка: Файл не удалось преобразовать: LibreOffice ничего не записал; откройте файл в LibreOffice или Word и сохраните как .docx.',
    ],
    [
      'exit 3',
      'libreoffice',
      'C',
      'plan.odt  error: The file could not be converted: LibreOffice stopped with exit code 3; open the file in LibreOffice or Word and save it as .docx.',
    ],
  ])('(%s, named %s) refuses plan import with the reason, in the user’s language (LANG=%s), and writes nothing', (script, name, LANG, said) => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'plan.odt'), flatOdt('logo.png'));
    const result = spawnCli(['plan', 'import', 'plan.odt', '-o', 'plan.yaml'], {
      cwd: dir,
      env: { LANG, PATH: `${standInSoffice(script, name)}:${process.env.PATH}` },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(said);
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });
});

describe('finding LibreOffice on the PATH', () => {
  it('passes over an entry that is a file, and a folder named soffice, as the shell does, and converts with the one further on', () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'plan.odt'), flatOdt('logo.png'));
    const folders = temporaryDir();
    mkdirSync(path.join(folders, 'soffice'));
    for (const LANG of ['ru_RU.UTF-8', 'C']) {
      const result = spawnCli(['plan', 'import', 'plan.odt', '-o', `plan-${LANG}.yaml`], {
        cwd: dir,
        env: { LANG, PATH: `${path.join(dir, 'plan.odt')}:${folders}:${process.env.PATH}` },
      });
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(path.join(dir, `plan-${LANG}.yaml`), 'utf8')).toMatch(/activity: Семинар/);
    }
  }, 120_000);

  it('names one it found but cannot start, and why, in the user’s language', () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'plan.odt'), flatOdt('logo.png'));
    const folder = standInSoffice('exit 0');
    chmodSync(path.join(folder, 'soffice'), 0o644);
    for (const [LANG, said] of [
      [
        'ru_RU.UTF-8',
        `plan.odt  ошибка: Файл не удалось преобразовать: LibreOffice не запускается (у ${folder}/soffice нет права на выполнение); откройте файл в LibreOffice или Word и сохраните как .docx.`,
      ],
      [
        'C',
        `plan.odt  error: The file could not be converted: LibreOffice cannot be run (${folder}/soffice is not executable); open the file in LibreOffice or Word and save it as .docx.`,
      ],
    ] as const) {
      const result = spawnCli(['plan', 'import', 'plan.odt', '-o', 'plan.yaml'], { cwd: dir, env: { LANG, PATH: folder } });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(said);
    }
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });
});

describe('the profile a conversion starts from', () => {
  it('is not taken for the first start after an upgrade: LibreOffice runs no graphics render tests, and still converts', async () => {
    const dir = temporaryDir();
    const profile = path.join(dir, 'profile');
    writeFileSync(path.join(dir, 'page.html'), '<html><body><p>План работы</p></body></html>');
    await run('soffice', [
      `-env:UserInstallation=${offlineProfile(profile)}`,
      '--headless',
      '--convert-to',
      'odt',
      '--outdir',
      dir,
      path.join(dir, 'page.html'),
    ]);
    expect(existsSync(path.join(dir, 'page.odt'))).toBe(true);
    // the tests (some 4 s) write their log into the profile; a bare profile gets one
    expect(existsSync(path.join(profile, 'user', 'GraphicsRenderTests.log'))).toBe(false);
    expect(readFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), 'utf8')).toContain('BlockUntrustedRefererLinks');
  });
});

describe('the time LibreOffice is given', () => {
  it('scales with the file: 20 s, 10 s more per megabyte, two minutes at most', () => {
    expect(conversionTimeoutMs(0)).toBe(20_000);
    expect(conversionTimeoutMs(1024 * 1024)).toBe(30_000);
    expect(conversionTimeoutMs(50 * 1024 * 1024)).toBe(120_000);
    expect(batchConversionTimeoutMs([0, 1024 * 1024])).toBe(20_000 + 5_000 + 15_000);
  });

  it('on a timeout, ends the whole process group and says so in both languages', async () => {
    const { dir, children } = lingeringSoffice();
    writeFileSync(path.join(dir, 'plan.odt'), flatOdt('logo.png'));
    const started = Date.now();
    const error = await convertToDocx(path.join(dir, 'plan.odt'), { PATH: `${dir}:${process.env.PATH}` }, 1000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LibreOfficeError);
    expect((error as LibreOfficeError).failure).toEqual({ why: 'libreoffice-timeout', seconds: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(children()).toHaveLength(1);
    expect(await stillRunning(children())).toEqual([]);
    expect(translator('en')('import-soffice-failed', { why: 'libreoffice-timeout', seconds: 30 })).toBe(
      'The file could not be converted: LibreOffice gave no answer in 30 s; open the file in LibreOffice or Word and save it as .docx.',
    );
    expect(translator('ru')('import-soffice-failed', { why: 'libreoffice-timeout', seconds: 30 })).toBe(
      'Файл не удалось преобразовать: LibreOffice не ответил за 30 с; откройте файл в LibreOffice или Word и сохраните как .docx.',
    );
  });

  it('on Ctrl+C of plan import, ends LibreOffice’s process group with it (a group of its own gets no Ctrl+C from the terminal)', async () => {
    const { dir, children } = lingeringSoffice();
    writeFileSync(path.join(dir, 'plan.odt'), flatOdt('logo.png'));
    const centre = spawn(process.execPath, [binPath, 'plan', 'import', 'plan.odt', '-o', 'plan.yaml'], {
      cwd: dir,
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      stdio: 'ignore',
    });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => centre.on('exit', (_code, signal) => resolve(signal)));
    for (const deadline = Date.now() + 20_000; children().length === 0 && Date.now() < deadline;) await new Promise((resolve) => setTimeout(resolve, 20));
    centre.kill('SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(children()).toHaveLength(1);
    expect(await stillRunning(children())).toEqual([]);
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
  });

  it('on a timeout, ends the whole process group when making a PDF of ours or converting a school’s workbook too', async () => {
    const { dir, children } = lingeringSoffice();
    writeFileSync(path.join(dir, 'school.ods'), 'not really a workbook');
    const started = Date.now();
    expect(await pdfOfDocx(new Uint8Array([1, 2, 3]), { ...process.env, PATH: `${dir}:${process.env.PATH}` }, 1000)).toEqual({
      notMade: { why: 'libreoffice-timeout', seconds: 1 },
    });
    const conversion = await convertToXlsx({ ...process.env, PATH: `${dir}:${process.env.PATH}` }, [path.join(dir, 'school.ods')], 1000);
    conversion.dispose();
    expect(conversion.converted.size).toBe(0);
    expect(conversion.failure).toEqual({ why: 'libreoffice-timeout', seconds: 1 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(children()).toHaveLength(2);
    expect(await stillRunning(children())).toEqual([]);
  });
});
