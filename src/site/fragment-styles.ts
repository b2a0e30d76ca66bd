// Styles of the pages this file's owner added (approval stamps side by side,
// the plans list, the home page's coming events), appended to style.css; and
// the styles every fragment carries with it, scoped to its wrapper, so that a
// plan table keeps its borders and an order its numbering inside a school
// CMS page whose own CSS says otherwise.

/** Added to both style sheets. */
export const pageExtraCss = `
.approvals{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 2rem;margin:1rem 0}
.approvals>div{max-width:24rem}
.approvals-right{margin-left:auto}
.approvals .approval{margin:0 0 1rem}
ul.plans li{margin:.4rem 0}
.year-status{font-size:1.1rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
nav.pages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0}
`;

export const fragmentClass = 'centre-fragment';

const f = `.${fragmentClass}`;

/**
 * What a fragment needs from a style sheet, each selector under the wrapper and the properties that
 * carry meaning (borders, numbering, bullets) marked important: a CMS theme's `td{border:0}`,
 * `li{list-style:decimal}` or `li::before{content:"• "}` must not undo them or add a second bullet.
 * The wrapper is a size container: in a column narrower than 48em (a phone, or a CMS's narrow
 * content column on a wide screen) a table scrolls inside its own box, never the page; the pages'
 * wide tables are focusable (tabindex="0") so that a keyboard can scroll them.
 */
export const fragmentCss = `
${f}{line-height:1.5;overflow-wrap:break-word;container-type:inline-size}
${f} table{border-collapse:collapse!important;width:100%;margin:1rem 0;border:1px solid #8a8a8a!important}
${f} caption{text-align:left;font-weight:700;padding:.5rem 0}
${f} th,${f} td{border:1px solid #8a8a8a!important;padding:.4rem .5rem!important;vertical-align:top;text-align:left}
${f} thead th{background:#e8eef6}
${f} tbody th[scope=rowgroup]{background:#f3f3f3;font-weight:700}
${f} td.num{text-align:right;white-space:nowrap}
${f} ol.clauses,${f} ol.clauses>li{list-style:none!important}
${f} ol.clauses{padding-left:0}
${f} ol.clauses ol.clauses{padding-left:1.5rem}
${f} li::before,${f} li::after{content:none!important}
${f} ul>li,${f} ol:not(.clauses)>li{list-style-type:inherit!important}
${f} ul,${f} ol{padding-left:40px}
${f} .clause-number{font-weight:700}
${f} ul.plain{padding-left:1.2rem}
${f} .note{font-style:italic}
${f} .example{border:2px dashed #b35900;padding:.25rem .5rem;display:inline-block}
${f} dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
${f} dl.facts dt{font-weight:700}
${f} dl.facts dd{margin:0}
${f} .approvals{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 2rem;margin:1rem 0}
${f} .approvals>div{max-width:24rem}
${f} .approvals-right{margin-left:auto}
${f} .approvals .approval{margin:0 0 1rem}
${f} .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
${f} nav.pages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0}
${f} table:focus-visible{outline:3px solid;outline-offset:2px}
@container (max-width:48em){${f} table{display:block!important;overflow-x:auto;width:auto;max-width:100%}}
`
  .trim()
  .replace(/\n/g, '');
