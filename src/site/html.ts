// HTML by tagged template: every interpolated value is escaped unless it is
// already Html (made by this template or by `trustedHtml`), so text from the
// workspace can never become markup.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | undefined | null | false | readonly Part[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new Html(out);
}

/** Markup produced by a sanitising renderer (markdown-it with HTML off); never workspace text. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/** Paragraphs, one per line of a multi-line text. */
export function paragraphs(text: string, render: (line: string) => string = (line) => line): Html {
  return html`${text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => html`<p>${render(line)}</p>`)}`;
}
