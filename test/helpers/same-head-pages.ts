// Pages that differ only below their <head> — the font sizes and colour schemes of the version for the
// visually impaired (another class on <html>, other links in the header), the fragments inside one CMS
// page — visited in one browser page: the first is loaded, each next one's served HTML is fetched and
// put in its place, <html> attributes and <body>, at its own address (history.replaceState), so what a
// page already loaded (axe-core, its style sheet) stays. Measured in test/site/readable.test.ts: axe over
// a variant loaded 132 ms, put in place 54 ms. A page whose head differs is an error, not a pass.
import type { Page } from 'puppeteer-core';

export async function visitSameHeadPages(page: Page, addresses: readonly string[], visit: (address: string) => Promise<void>): Promise<void> {
  const [first, ...others] = addresses;
  if (first === undefined) return;
  const response = await page.goto(first, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${first}: HTTP ${response?.status()}`);
  await visit(first);
  for (const address of others) {
    const problem = await page.evaluate(async (address) => {
      const response = await fetch(address);
      if (!response.ok) return `HTTP ${response.status}`;
      const served = new DOMParser().parseFromString(await response.text(), 'text/html');
      if (served.head.innerHTML !== document.head.innerHTML) return 'its <head> differs from the first page’s';
      const root = document.documentElement;
      for (const name of root.getAttributeNames()) root.removeAttribute(name);
      for (const name of served.documentElement.getAttributeNames()) root.setAttribute(name, served.documentElement.getAttribute(name)!);
      history.replaceState(null, '', address);
      document.body.replaceWith(document.adoptNode(served.body));
      return undefined;
    }, address);
    if (problem !== undefined) throw new Error(`${address}: ${problem}`);
    await visit(address);
  }
}
