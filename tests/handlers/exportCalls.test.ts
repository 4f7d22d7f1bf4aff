// The export calls through dispatch, as the renderer makes them: articles:export asks the shell's save dialog
// where (the renderer never names a path), pushes its progress with the renderer's job id, can be cancelled
// while the dialog is open or while it writes; articles:preflight lists what to fix first; articles:renderHtml
// gives the article as sanitised HTML and plain text for the clipboard.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../contract/api';
import type { Envelope, WireError } from '../../contract/envelope';
import type { Article } from '../../contract/schemas/article';
import type { ExportProgress } from '../../contract/schemas/articleExport';
import type { Photo } from '../../contract/schemas/photo';
import { exportPlainText } from '../../export/plainText/exportPlainText';
import type { PdfPrinter } from '../../export/pdf/pdfPrinter';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import type { ChooseExportPath } from '../../handlers/exportHandlers';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { hostile, hostileBody, seedSlug, seedWithPhotos } from '../export/exportFixtures';

let dir: string;
let library: Library;
let article: Article;
let photos: Photo[];
let progress: ExportProgress[];
let dialogs: { suggestedName: string; format: string }[];
/** What the fake save dialog answers next. */
let choose: ChooseExportPath;
let printed: string[];
let dispatch: Dispatch;
let logged: unknown[];

const printer: PdfPrinter = {
  print: async (html, settings) => {
    printed.push(html, settings.footerTemplate);
    return Buffer.from('%PDF-1.4\n% stand-in for Chromium\n');
  },
};

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-calls');
  library = openLibrary(path.join(dir, 'library'));
  ({ article, photos } = await seedWithPhotos(library, dir));
  progress = [];
  dialogs = [];
  printed = [];
  logged = [];
  choose = async ({ suggestedName }) => path.join(dir, 'out', suggestedName);
  dispatch = createDispatch(
    createHandlerTable({
      library,
      chooseExportPath: (request) => {
        dialogs.push(request);
        return choose(request);
      },
      onExportProgress: (step) => progress.push(step),
      pdfPrinter: printer,
    }),
    (error) => logged.push(error),
  );
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

function ok(reply: Envelope): unknown {
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value;
}

function failed(reply: Envelope): WireError {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.value)}`);
  return reply.error;
}

const exportCall = (input: Record<string, unknown>) => dispatch(api.exportArticle.channel, { id: article.id, jobId: 'job-0001', ...input });

describe('articles:export', () => {
  it('asks the save dialog with the suggested name, writes there, and pushes its progress under the job id', async () => {
    progress.length = 0;
    const result = ok(await exportCall({ format: 'html', jobId: 'job-html-1' }));
    const page = path.join(dir, 'out', `${seedSlug}.html`);
    expect(result).toEqual({ status: 'written', path: page, files: [path.join(dir, 'out', `${seedSlug}_files`), page] });
    expect(dialogs.at(-1)).toEqual({ suggestedName: `${seedSlug}.html`, format: 'html' });
    expect(progress.every((step) => step.jobId === 'job-html-1')).toBe(true);
    expect(progress.map((step) => `${step.phase} ${step.done}/${step.total}`)).toEqual([
      'photos 0/1',
      'photos 1/1',
      'writing 0/2',
      'writing 1/2',
      'writing 2/2',
      'rendering 0/1',
      'rendering 1/1',
    ]);
  });

  it('writes to the very name the reporter typed in the dialog, its photo folder named after it', async () => {
    choose = async () => path.join(dir, 'chosen', 'Bài gửi toà soạn.html');
    const result = ok(await exportCall({ format: 'html', jobId: 'job-html-2' })) as { files: string[] };
    expect(result.files).toEqual([path.join(dir, 'chosen', 'Bài gửi toà soạn_files'), path.join(dir, 'chosen', 'Bài gửi toà soạn.html')]);
    expect(fs.readFileSync(result.files[1]!, 'utf8')).toContain('src="B%C3%A0i%20g%E1%BB%ADi%20to%C3%A0%20so%E1%BA%A1n_files/');
  });

  it('prints a PDF through the shell’s printer with the page-number footer in the article’s language', async () => {
    choose = async ({ suggestedName }) => path.join(dir, 'pdf', suggestedName);
    const result = ok(await exportCall({ format: 'pdf', jobId: 'job-pdf-1' })) as { path: string };
    expect(fs.readFileSync(result.path, 'utf8')).toContain('stand-in for Chromium');
    expect(printed[0]).toContain('<h1>Khối thi đua');
    expect(printed[0]).toMatch(/<img src="data:image\/jpeg;base64,/);
    expect(printed[1]).toContain('Trang <span class="pageNumber"></span>/<span class="totalPages"></span>');
  });

  it('a closed dialog writes nothing', async () => {
    choose = async () => undefined;
    expect(ok(await exportCall({ format: 'docx', jobId: 'job-docx-1' }))).toEqual({ status: 'dialogCancelled' });
  });

  it('a cancel while the dialog is open: exportCancelled once the reporter picks a place, nothing written', async () => {
    let answer!: (value: string) => void;
    choose = () => new Promise((resolve) => (answer = resolve));
    const running = exportCall({ format: 'zip', jobId: 'job-zip-1' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ok(await dispatch(api.cancelExport.channel, { jobId: 'job-zip-1' }))).toEqual({ cancelled: true });
    answer(path.join(dir, 'cancelled', 'tin.zip'));
    expect(failed(await running)).toMatchObject({ code: 'exportCancelled', message: 'Export cancelled; nothing was written' });
    expect(fs.existsSync(path.join(dir, 'cancelled'))).toBe(false);
  });

  it('a cancel while the package is being written: exportCancelled, nothing left in the destination', async () => {
    const destination = path.join(dir, 'cancelled-late');
    fs.mkdirSync(destination);
    choose = async () => path.join(destination, 'tin.zip');
    progress.length = 0;
    const running = exportCall({ format: 'zip', jobId: 'job-zip-2' });
    while (!progress.some((step) => step.phase === 'packaging')) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(ok(await dispatch(api.cancelExport.channel, { jobId: 'job-zip-2' }))).toEqual({ cancelled: true });
    expect(failed(await running).code).toBe('exportCancelled');
    expect(fs.readdirSync(destination)).toEqual([]);
    expect(ok(await dispatch(api.cancelExport.channel, { jobId: 'job-zip-2' }))).toEqual({ cancelled: false });
  });

  it('refuses a job id already running, an unknown format, a missing job id', async () => {
    let answer!: (value: string | undefined) => void;
    choose = () => new Promise((resolve) => (answer = resolve));
    const first = exportCall({ format: 'txt', jobId: 'job-same' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failed(await exportCall({ format: 'txt', jobId: 'job-same' }))).toMatchObject({ code: 'invalidInput' });
    answer(undefined);
    expect(ok(await first)).toEqual({ status: 'dialogCancelled' });
    expect(failed(await exportCall({ format: 'odt' }))).toMatchObject({ code: 'invalidInput' });
    expect(failed(await dispatch(api.exportArticle.channel, { id: article.id, format: 'txt' }))).toMatchObject({ code: 'invalidInput' });
    expect(failed(await exportCall({ format: 'txt', jobId: '../../etc' }))).toMatchObject({ code: 'invalidInput' });
    expect(logged).toEqual([]);
  });

  it('without a save dialog (the browser harness) there is nowhere to write: exportDialogUnavailable', async () => {
    const bare = createDispatch(createHandlerTable({ library }));
    expect(failed(await bare(api.exportArticle.channel, { id: article.id, format: 'txt', jobId: 'job-none' }))).toMatchObject({ code: 'exportDialogUnavailable' });
  });
});

describe('articles:preflight', () => {
  it('lists an empty headline, figures without photo, caption or credit, a lost photo, and a report over its target', async () => {
    const { id } = library.articles.create({
      headline: '  ',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Một hai ba bốn năm sáu.' }] },
          { type: 'figure', attrs: { photoId: photos[0]!.id, credit: 'Ảnh: TTXVN' }, content: [{ type: 'text', text: 'Có đủ' }] },
          { type: 'figure', attrs: { photoId: null, credit: '' } },
          { type: 'figure', attrs: { photoId: 424242, credit: 'Ảnh: TTXVN' }, content: [{ type: 'text', text: 'Ảnh đã mất' }] },
          { type: 'figure', attrs: { photoId: photos[1]!.id, credit: '' } },
        ],
      },
      targetWords: 5,
    });
    expect(ok(await dispatch(api.preflightArticle.channel, { id }))).toEqual([
      { code: 'emptyHeadline' },
      { code: 'emptySapo' },
      { code: 'figureWithoutPhoto', figure: 2 },
      { code: 'figureWithoutCaption', figure: 2 },
      { code: 'figureWithoutCredit', figure: 2 },
      { code: 'photoMissing', figure: 3 },
      { code: 'figureWithoutCaption', figure: 4 },
      { code: 'figureWithoutCredit', figure: 4 },
      { code: 'overTargetLength', words: 6, target: 5 },
    ]);
  });

  it('flags a missing sapo and a report well under its target, not one a little under', async () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một hai ba bốn năm sáu bảy tám' }] }] };
    const short = library.articles.create({ headline: 'Tin ngắn', body, targetWords: 20 });
    expect(ok(await dispatch(api.preflightArticle.channel, { id: short.id }))).toEqual([
      { code: 'emptySapo' },
      { code: 'underTargetLength', words: 8, target: 20 },
    ]);
    const nearly = library.articles.create({ headline: 'Tin vừa', sapo: 'Sapo.', body, targetWords: 9 });
    expect(ok(await dispatch(api.preflightArticle.channel, { id: nearly.id }))).toEqual([]);
  });

  it('a figure without its own caption or credit is fine when its photo has them', async () => {
    library.photos.update(photos[1]!.id, { caption: 'Chú thích của ảnh', credit: 'TTXVN' });
    const { id } = library.articles.create({
      headline: 'Tin',
      sapo: 'Sapo.',
      body: { type: 'doc', content: [{ type: 'figure', attrs: { photoId: photos[1]!.id, credit: '' } }] },
    });
    expect(ok(await dispatch(api.preflightArticle.channel, { id }))).toEqual([]);
  });
});

describe('articles:renderHtml', () => {
  it('gives the article as a sanitised HTML fragment and as its plain text, for the clipboard', async () => {
    const bad = library.articles.create({ headline: hostile.headline, sapo: hostile.sapo, body: hostileBody(photos[0]!.id), credit: { role: 'text', names: 'Minh Khôi' } });
    const { html, text } = ok(await dispatch(api.renderArticleHtml.channel, { id: bad.id })) as { html: string; text: string };
    expect(text).toBe(exportPlainText(library.articles.get(bad.id)));
    expect(html.startsWith('<article>\n<header>\n<h1>Tin &lt;script&gt;alert(&quot;tiêu đề&quot;)&lt;/script&gt; &amp; “ngoặc”</h1>')).toBe(true);
    const fragment = JSDOM.fragment(html);
    expect(fragment.querySelectorAll('script, img, iframe, object, style')).toHaveLength(0);
    const attributes = [...fragment.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => `${element.localName}[${attribute.name}=${attribute.value}]`));
    expect(attributes.filter((attribute) => !attribute.startsWith('p[class='))).toEqual(['a[href=https://vnexpress.net/thoi-su?a=1&b=%3C2%3E]']);
    expect(html).toContain('<figcaption>\n<p class="caption">Chú thích&lt;/figcaption&gt;&lt;script&gt;alert(2)&lt;/script&gt;</p>');
    expect(html.endsWith('<p class="credit">Tin: Minh Khôi</p>\n</article>')).toBe(true);
  });

  it('its text is the article without the plain-text export’s section-and-tags trailer, as its HTML is', async () => {
    const placed = library.articles.create({ headline: 'Tin', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn.' }] }] }, section: 'Thời sự', tags: ['thi đua'] });
    const { text } = ok(await dispatch(api.renderArticleHtml.channel, { id: placed.id })) as { text: string };
    expect(text).toBe('Tin\n\nĐoạn.\n');
    expect(exportPlainText(library.articles.get(placed.id))).toContain('Chuyên mục: Thời sự');
  });
});
