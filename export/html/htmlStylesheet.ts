// The exported page's own stylesheet, for the screen and for print (the PDF export prints this same page):
// A4 with margins, headings kept with what follows, tables ruled (their header repeated on each page), and
// figures never split across pages, their photos capped in height so a figure always fits on one page.
// Fonts come embedded (bundledFonts); nothing is fetched from anywhere.
import { bundledFontFaces } from './bundledFonts';

const rules = `
:root{color-scheme:light}
html{font-family:'Noto Serif',Georgia,'Times New Roman',serif;font-size:18px;line-height:1.6;color:#1b1b1b;background:#fff}
body{margin:0}
article{max-width:42rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
.dateline,figcaption,.credit{font-family:'Noto Sans',Arial,Helvetica,sans-serif}
.dateline{margin:0 0 .75rem;font-size:.85rem;color:#555}
h1{margin:0 0 1rem;font-size:2rem;line-height:1.25}
h2{margin:2rem 0 .75rem;font-size:1.4rem;line-height:1.3}
h3{margin:1.5rem 0 .5rem;font-size:1.15rem;line-height:1.35}
.sapo{font-weight:700}
p{margin:0 0 1rem}
ul,ol{margin:0 0 1rem;padding-left:1.75rem}
blockquote{margin:0 0 1rem;padding-left:1rem;border-left:3px solid #999;color:#333}
hr{width:30%;margin:2rem auto;border:0;border-top:1px solid #aaa}
figure{margin:1.75rem 0;break-inside:avoid;page-break-inside:avoid}
figure img{display:block;max-width:100%;height:auto;margin:0 auto}
figcaption{margin-top:.5rem;font-size:.85rem;line-height:1.45;color:#444}
figcaption p{margin:0}
.photo-credit{font-style:italic;text-align:right}
table{width:100%;margin:0 0 1rem;border-collapse:collapse;font-family:'Noto Sans',Arial,Helvetica,sans-serif;font-size:.85rem;line-height:1.45}
th,td{padding:.35rem .6rem;border:1px solid #8a8a8a;text-align:left;vertical-align:top}
th{font-weight:700;background:#ececec}
footer{margin-top:2rem}
.credit{font-weight:700;text-align:right}
a{color:#0b57d0}
@page{size:A4;margin:18mm 18mm 20mm}
@media print{
html{font-size:11pt}
article{max-width:none;padding:0}
a{color:inherit}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
p,li{orphans:3;widows:3}
figure img{max-height:170mm;width:auto}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

let cached: string | undefined;

export function articleStylesheet(): string {
  cached ??= `${bundledFontFaces()}\n${rules.trim()}`;
  return cached;
}
