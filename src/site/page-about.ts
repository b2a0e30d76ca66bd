// «О центре» and the page of each founding document (order, regulation).
import { dateParts } from '../schema/iso-date.js';
import type { Centre } from '../schema/centre.js';
import type { CentreDocument, DocumentAppendix, DocumentClause } from '../schema/document.js';
import { formatDateLong, typeset, typesetLines } from '../text/typography.js';
import { html, paragraphs, type Html } from './html.js';
import type { PageContext } from './layout.js';
import { formatSize } from './page-plan.js';
import { approvalBlocks } from './approval-block.js';

export const documentPath = (slug: string) => `documents/${slug}.html`;

/** «Приказ от 1 сентября 2020 г. № 383 «О создании …»». */
export function documentHeading(document: CentreDocument): string {
  const date = document.date ? dateParts(document.date) : undefined;
  const dated = date ? ` от ${formatDateLong(date)}` : '';
  const numbered = document.number ? ` № ${document.number}` : '';
  const title = document.title.trim();
  return typeset(`${document.type}${dated}${numbered} ${title.startsWith('«') ? title : `«${title}»`}`);
}

export function aboutPage(
  ctx: PageContext,
  centre: Centre | undefined,
  documents: readonly { document: CentreDocument; slug: string }[],
  coming: Html = html``,
): Html {
  const facts: [string, string | undefined][] = centre
    ? [
        ['Организация', centre.host],
        ['Территория', centre.region],
        ['Руководитель', centre.head ? `${centre.head.name}, ${centre.head.position}` : undefined],
        ['Адрес', centre.address],
        ['Телефон', centre.phone],
        ['Электронная почта', centre.email],
      ]
    : [];
  return html`<h1>${centre ? typeset(centre.name) : 'О центре'}</h1>
${centre?.about ? paragraphs(centre.about, typeset) : ''}
${coming}
${
  facts.some(([, value]) => value)
    ? html`<h2>Сведения о центре</h2>
<dl class="facts">${facts
        .filter(([, value]) => value)
        .map(([term, value]) =>
          term === 'Электронная почта'
            ? html`<dt>${term}</dt><dd><a href="mailto:${value}">${value}</a></dd>`
            : html`<dt>${term}</dt><dd>${typeset(value!)}</dd>`,
        )}</dl>`
    : ''
}
<h2>Документы</h2>
${documents.length === 0 ? html`<p>Документы пока не добавлены.</p>` : html`<ul>${documents.map(({ document, slug }) => html`<li><a href="${ctx.page(documentPath(slug))}">${documentHeading(document)}</a>${document.appendices.length ? html` (с приложениями: ${document.appendices.map((a) => typeset(`${a.type} ${a.title}`)).join('; ')})` : ''}</li>`)}</ul>`}`;
}

function clauseList(clauses: readonly DocumentClause[], numbered: boolean, level: number, prefix: string): Html {
  const item = (clause: DocumentClause, index: number) => {
    const number = numbered ? `${prefix}${index + 1}.` : '';
    const mark = number ? html`<span class="clause-number">${number}</span> ` : '';
    if (typeof clause === 'string') return html`<li style="list-style:none">${mark}${typeset(clause)}</li>`;
    const heading = clause.title
      ? level === 1
        ? html`<h3>${mark}${typeset(clause.title)}</h3>`
        : html`<p>${mark}<strong>${typeset(clause.title)}</strong></p>`
      : '';
    const text = clause.text ? html`${clause.title ? '' : mark}${typeset(clause.text)}` : '';
    const list = clause.list ? html`<ul class="plain">${clause.list.map((line) => html`<li>${typeset(line)}</li>`)}</ul>` : '';
    const sub = 'clauses' in clause && clause.clauses ? clauseList(clause.clauses as DocumentClause[], numbered, level + 1, number) : '';
    return html`<li style="list-style:none">${heading}${text}${list}${sub}</li>`;
  };
  // the numbers are part of the text, as the document writes them: the list's own numbering is off in the
  // markup itself, so that no style sheet (a CMS's, or none) numbers the clauses twice («1. 1.»)
  return html`<ol class="clauses" style="list-style:none">${clauses.map(item)}</ol>`;
}

function body(ctx: { numbered: boolean; preamble?: string; clauses: readonly DocumentClause[] }): Html {
  return html`${ctx.preamble ? paragraphs(ctx.preamble, typeset) : ''}${clauseList(ctx.clauses, ctx.numbered, 1, '')}`;
}

function appendixSection(appendix: DocumentAppendix, index: number): Html {
  return html`<section aria-labelledby="appendix-${index + 1}">
<p class="approval">${typeset(appendix.label)}</p>
<h2 id="appendix-${index + 1}">${typeset(appendix.type)} ${typeset(appendix.title)}</h2>
${body(appendix)}
</section>`;
}

export function documentPage(ctx: PageContext, document: CentreDocument, docx?: { file: string; bytes: number }): Html {
  const date = document.date ? dateParts(document.date) : undefined;
  return html`${docx ? html`<p>Скачать: <a href="${ctx.asset(docx.file)}" download>DOCX (${formatSize(docx.bytes)})</a></p>` : ''}
${document.approvals.length ? approvalBlocks(document.approvals) : ''}
${document.issuer ? html`<p>${typesetLines(document.issuer).map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</p>` : ''}
<h1>${typeset(document.type)}${document.title ? html`<br>${typeset(document.title)}` : ''}</h1>
${date || document.number || document.place ? html`<p>${[date ? formatDateLong(date) : '', document.place ? typeset(document.place) : '', document.number ? `№ ${document.number}` : ''].filter(Boolean).join(' · ')}</p>` : ''}
${body(document)}
${document.signature ? html`<p>${typeset(document.signature.position)} — ${typeset(document.signature.name)}</p>` : ''}
${document.acquainted ? html`<p>${document.type.trim().toLocaleLowerCase('ru') === 'приказ' ? 'С приказом ознакомлены' : 'С документом ознакомлены'}: ${document.acquainted.map(typeset).join(', ')}</p>` : ''}
${document.appendices.map(appendixSection)}`;
}
