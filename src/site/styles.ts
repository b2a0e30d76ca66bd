// The two style sheets: the usual one and the version for the visually impaired
// (ГОСТ Р 52872-2019: large type, high contrast, no images needed), whose copies
// choose a font size and a colour scheme by the class of <html>. No fonts are
// downloaded: system fonts only. Every page reflows at 320 px (WCAG 1.4.10): a
// table too wide for the screen scrolls inside its own box, never the page; on
// paper the header, the menu and the skip link are left out.

const common = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.3rem}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;line-height:1.5;overflow-wrap:break-word}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:.5rem;top:.5rem;z-index:10;padding:.5rem 1rem;background:#ffd400;color:#000;outline:3px solid #000;outline-offset:0;font-weight:700;text-decoration:underline}
main:focus{outline:none}
header.site,main,footer.site,nav.site{max-width:72rem;margin:0 auto;padding:0 1rem}
header.site{padding-top:1rem}
.site-title{margin:0;font-size:1.4rem}
nav.site ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.75rem 0;padding:0}
nav.site a[aria-current=page]{font-weight:700;text-decoration:none}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:700;padding:.5rem 0}
th,td{border:1px solid;padding:.4rem .5rem;vertical-align:top;text-align:left}
tbody th[scope=rowgroup]{font-weight:700}
td.num{text-align:right;white-space:nowrap}
ul.plain{padding-left:1.2rem}
.clause-number{font-weight:700}
ol.clauses{list-style:none;padding-left:0}
ol.clauses ol.clauses{padding-left:1.5rem}
ol.clauses>li{margin:.4rem 0}
.approval{margin-left:auto;max-width:24rem}
.note{font-style:italic}
.example{border:2px dashed;padding:.25rem .5rem;display:inline-block;max-width:100%}
footer.site{margin-top:2rem;padding-bottom:2rem;font-size:.9rem}
a:focus-visible,summary:focus-visible,table:focus-visible{outline:3px solid;outline-offset:2px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0}
img,svg{max-width:100%;height:auto}
ul.news{list-style:none;padding:0}
ul.news>li{margin:0 0 1rem}
.news-date{display:block;font-size:.9rem}
@media (max-width:48em){
table{display:block;overflow-x:auto;width:auto;max-width:100%}
dl.facts{display:block}
dl.facts dd{margin:0 0 .5rem}
}
`;

// last, so that paper is black on white whatever the screen's scheme
const print = `
@media print{
.skip,header.site,nav.site,.versions{display:none}
body{color:#000!important;background:#fff!important;font-size:12pt}
a,a:visited{color:#000!important}
header.site,main,footer.site,nav.site{max-width:none;padding:0}
table{display:table!important;width:100%!important}
thead{display:table-header-group}
tr{break-inside:avoid}
th,td{border-color:#000;background:none}
}
`;

export const standardCss = `${common}
body{color:#1a1a1a;background:#fff}
a{color:#0b4f9c}
a:visited{color:#5b2a86}
a:focus-visible{outline-color:#b35900}
header.site{border-bottom:4px solid #0b4f9c}
th,td{border-color:#8a8a8a}
thead th{background:#e8eef6}
tbody th[scope=rowgroup]{background:#f3f3f3}
.example{border-color:#b35900;color:#7a3d00}
.news-date{color:#444}
footer.site{color:#444;border-top:1px solid #ccc}
${print}`;

/** A colour scheme: text, background, and the background of the focused link. */
const scheme = (name: string, text: string, background: string) => `
.scheme-${name} body{color:${text};background:${background}}
.scheme-${name} a,.scheme-${name} a:visited{color:${text}}
.scheme-${name} a:focus-visible{outline:4px solid ${text};outline-offset:2px}
`;

export const contrastCss = `${common}
html.size-normal{font-size:125%}
html.size-large{font-size:150%}
html.size-xlarge{font-size:200%}
body{line-height:1.6;font-family:Arial,"Liberation Sans",sans-serif;letter-spacing:.02em;overflow-wrap:anywhere}
a,a:visited{text-decoration:underline;text-decoration-thickness:.12em}
${scheme('bw', '#000', '#fff')}${scheme('wb', '#fff', '#000')}${scheme('blue', '#063462', '#9dd1ff')}
header.site{border-bottom:4px solid}
th,td{border:2px solid}
thead th,tbody th[scope=rowgroup]{background:transparent}
.example{border-color:currentColor}
footer.site{border-top:2px solid}
header.site,main,footer.site,nav.site{max-width:none}
h1{font-size:1.5rem}
.site-title{font-size:1.15rem}
h2{font-size:1.3rem}
h3{font-size:1.15rem}
.versions{margin:.5rem 0}
.versions .choice{margin:.25rem 0}
.versions a{display:inline-block;margin:.1rem .5rem .1rem 0}
.versions a[aria-current]{font-weight:700;text-decoration:none;border:2px solid;padding:0 .25rem}
table{display:block;overflow-x:auto;width:auto;max-width:100%}
dl.facts{display:block}
dl.facts dd{margin:0 0 .5rem}
.news-date{font-size:1rem}
${print}`;
