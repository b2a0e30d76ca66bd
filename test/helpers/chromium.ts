// One Chromium for every browser test a test worker runs (the office project's files share their
// worker's modules, vitest.config.ts): starting and closing one took 0.8 s of processor, and five files
// each started their own. A file opens and closes its own pages, never the browser; puppeteer closes it
// when the worker ends.
import puppeteer, { type Browser } from 'puppeteer-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let started: Promise<Browser> | undefined;

/** The worker's Chromium, headless, started on the first call; started again if it has gone. */
export function chromium(): Promise<Browser> {
  started = (started ?? Promise.reject(new Error('not started'))).then(
    (browser) => (browser.connected ? browser : launch()),
    () => launch(),
  );
  return started;
}

function launch(): Promise<Browser> {
  // no font hinting: the screenshots of test/fixtures/site/ were taken without it
  return puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
}
