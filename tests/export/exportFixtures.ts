// The seed as an export sees it: imported from its text, its two figures given real photos (drawn by sharp,
// their creator and copyright written into the files by exiftool, as a camera or a photo desk would), a
// credit on the first figure, a sapo and a dateline place. Also used by bench/export.bench.ts, so it imports
// nothing from vitest.
import fs from 'node:fs';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import sharp from 'sharp';
import type { Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import type { Photo } from '../../contract/schemas/photo';
import { importArticle } from '../../import/importArticle';
import type { Library } from '../../library/openLibrary';
import { readSeedText } from '../helpers/seed';

export const seedSlug = 'khoi-thi-dua-cac-co-quan-dang-trung-uong';
export const seedSapo = 'Sáng 22/6, tại Hà Nội, Khối thi đua các cơ quan Đảng Trung ương tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm.';
export const firstCaption = 'Quang cảnh Hội nghị';
export const secondCaptionLines = [
  'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng Ban thường trực Ban Dân vận Trung ương',
  'phát biểu kết luận Hội nghị',
];
export const firstFigureCredit = 'Ảnh: Minh Khôi';
export const photoCreator = 'Nguyễn Minh Khôi';
export const photoCopyright = '© 2024 Báo Dân vận';

/** A landscape drawn in SVG: sky, hills, a sun, and a big number, so a rendered page shows which photo is which. */
export async function scenePhoto(width: number, height: number, number: number, options: { noise?: boolean; quality?: number } = {}): Promise<Buffer> {
  const hue = (number * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 600 400">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,55%)"/><stop offset="1" stop-color="hsl(${hue},60%,88%)"/></linearGradient></defs>
<rect width="600" height="400" fill="url(#sky)"/>
<circle cx="470" cy="90" r="45" fill="#f7c948"/>
<path d="M0 290 Q150 210 300 280 T600 260 V400 H0 Z" fill="hsl(${(hue + 120) % 360},45%,38%)"/>
<path d="M0 330 Q200 280 400 330 T600 320 V400 H0 Z" fill="hsl(${(hue + 140) % 360},40%,28%)"/>
<text x="40" y="120" font-family="sans-serif" font-size="110" font-weight="700" fill="#ffffff" fill-opacity="0.85">${number}</text>
</svg>`;
  let image = sharp(Buffer.from(svg));
  if (options.noise) {
    // Sensor-like grain, so a 24-megapixel photo weighs what a real one does.
    const grain = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } } })
      .raw()
      .toBuffer();
    image = sharp(await image.toBuffer()).composite([{ input: grain, raw: { width, height, channels: 3 }, blend: 'overlay' }]);
  }
  return image.jpeg({ quality: options.quality ?? 85 }).toBuffer();
}

export interface SeedWithPhotos {
  article: Article;
  photos: Photo[];
}

/**
 * Imports the seed and attaches photos to its two figures; with more than two photos, the others follow in
 * figures of their own at the end (their captions numbered).
 */
export async function seedWithPhotos(library: Library, workDir: string, options: { photos?: number; width?: number; height?: number; noise?: boolean } = {}): Promise<SeedWithPhotos> {
  const { photos: count = 2, width = 1200, height = 800, noise = false } = options;
  const seed = await importArticle(library, { fileName: 'article-vi.txt', content: readSeedText() });
  const exiftool = new ExifTool({ maxProcs: 1 });
  const files: string[] = [];
  try {
    for (let number = 1; number <= count; number += 1) {
      const file = path.join(workDir, `anh-${number}.jpg`);
      fs.writeFileSync(file, await scenePhoto(width, height, number, { noise }));
      await exiftool.write(file, { 'XMP-dc:Creator': [photoCreator], 'XMP-dc:Rights': photoCopyright } as never, { writeArgs: ['-overwrite_original'] });
      files.push(file);
    }
  } finally {
    await exiftool.end();
  }
  const outcomes = await library.photos.importPhotos(files, { articleId: seed.id });
  const photos = outcomes.map((outcome) => {
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.photo;
  });
  const body = structuredClone(seed.body) as DocNode;
  const figures = (body.content ?? []).filter((node) => node.type === 'figure');
  figures.forEach((figure, index) => {
    if (photos[index]) figure.attrs = { photoId: photos[index].id, credit: index === 0 ? firstFigureCredit : '' };
  });
  for (const photo of photos.slice(figures.length)) {
    body.content!.push({ type: 'figure', attrs: { photoId: photo.id, credit: firstFigureCredit }, content: [{ type: 'text', text: `Ảnh ${photos.indexOf(photo) + 1} của Hội nghị` }] });
  }
  const article = library.articles.update(seed.id, { body, sapo: seedSapo, dateline: { place: 'Hà Nội', date: '2024-06-22' } });
  return { article: library.articles.get(article.id), photos: photos.map((photo) => library.photos.get(photo.id)) };
}

const text = (value: string, ...marks: DocNode['marks'] & object): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const underline = { type: 'underline' };
const link = (href: string) => ({ type: 'link', attrs: { href } });

/** Every kind of block and mark the editor makes, in Vietnamese. */
export function richBody(): DocNode {
  return {
    type: 'doc',
    content: [
      para(text('Hội nghị đã '), text('thống nhất', bold), text(' các '), text('chỉ tiêu', italic), text(' và '), text('nhiệm vụ', underline), text(' trọng tâm.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Kết quả '), text('nổi bật', italic)] },
      para(text('Xem '), text('báo cáo đầy đủ', link('https://dangcongsan.vn/bao-cao?nam=2022&ky=1')), text(' hoặc viết cho '), text('ban biên tập', link('mailto:toasoan@baodanvan.vn')), text('.')),
      { type: 'bulletList', content: [item(para(text('Thi đua yêu nước'))), item(para(text('Khen thưởng kịp thời')), { type: 'bulletList', content: [item(para(text('Cá nhân'))), item(para(text('Tập thể')))] })] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Nhiệm vụ năm 2022')] },
      { type: 'orderedList', attrs: { start: 3 }, content: [item(para(text('Tổ chức sơ kết'))), item(para(text('Kiểm tra chéo')))] },
      { type: 'blockquote', content: [para(text('Thi đua là yêu nước, yêu nước thì phải thi đua.'))] },
      { type: 'horizontalRule' },
      para(text('Dòng thứ nhất'), { type: 'hardBreak' }, text('dòng thứ hai')),
      { type: 'figure', attrs: { photoId: null, credit: 'Ảnh: TTXVN' }, content: [text('Ảnh tư liệu chờ gắn')] },
    ],
  };
}

/** What a careless paste or a hostile file could put in an article's text: none of it may become markup. */
export const hostile = {
  headline: 'Tin <script>alert("tiêu đề")</script> & “ngoặc”',
  sapo: 'Sapo <img src=x onerror=alert(1)> kết thúc',
  paragraph: '<iframe src="https://evil.example/"></iframe> <a href="javascript:alert(1)">bấm</a> *sao* _gạch_ # không phải tiêu đề',
  caption: 'Chú thích</figcaption><script>alert(2)</script>',
  credit: '"><img src="http://tracker.example/p.gif">',
  links: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)'],
  safeLink: 'https://vnexpress.net/thoi-su?a=1&b=<2>',
};

export function hostileBody(photoId: number | null): DocNode {
  return {
    type: 'doc',
    content: [
      para(text(hostile.paragraph)),
      para(...hostile.links.map((href) => text(`liên kết ${href} `, link(href))), text('an toàn', link(hostile.safeLink))),
      { type: 'figure', attrs: { photoId, credit: hostile.credit }, content: [text(hostile.caption)] },
      { type: 'heading', attrs: { level: 2, onclick: 'alert(3)' }, content: [text('<b onmouseover="alert(4)">Tiêu đề phụ</b>')] },
    ],
  };
}
