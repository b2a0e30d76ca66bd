// The two style sheets: the usual one and the version for the visually impaired
// (ГОСТ Р 52872-2019: large type, high contrast, no images needed). No fonts are
// downloaded: system fonts only.

const common = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.3rem}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;line-height:1.5}
.skip{position:absolute;left:-9999px;top:0}
.skip:focus{left:1rem;top:1rem;z-index:10;padding:.5rem 1rem}
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
.example{border:2px dashed;padding:.25rem .5rem;display:inline-block}
footer.site{margin-top:2rem;padding-bottom:2rem;font-size:.9rem}
a:focus-visible,summary:focus-visible{outline:3px solid;outline-offset:2px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0}
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
footer.site{color:#444;border-top:1px solid #ccc}
`;

export const contrastCss = `${common}
body{color:#000;background:#fff;font-size:1.5rem;line-height:1.6;font-family:Arial,"Liberation Sans",sans-serif;letter-spacing:.02em}
a,a:visited{color:#000;text-decoration:underline;text-decoration-thickness:.12em}
a:focus-visible{outline:4px solid #000;background:#ff0}
header.site{border-bottom:4px solid #000}
th,td{border:2px solid #000}
thead th,tbody th[scope=rowgroup]{background:#fff}
.example{border-color:#000}
footer.site{border-top:2px solid #000}
header.site,main,footer.site,nav.site{max-width:none}
h1{font-size:2.25rem}
.site-title{font-size:1.7rem}
h2{font-size:1.9rem}
h3{font-size:1.7rem}
`;
