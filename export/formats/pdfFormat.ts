// PDF: the HTML page, photos embedded, printed to A4 by a Chromium (the CLI's headless one, or the app's).
import type { ArticleExporter } from '../exportJob';
import { articleHtmlPage } from '../html/htmlPage';
import { pdfPrintSettings } from '../pdf/pdfPrinter';
import { stagePagePhotos } from './photoFiles';

export const pdfFormat: ArticleExporter = {
  format: 'pdf',
  extension: 'pdf',
  async write(job) {
    const photos = await stagePagePhotos(job, { embed: true });
    job.progress.start('rendering', 1);
    const html = articleHtmlPage(job.doc, { photoImage: (photo) => photos.get(photo.id)?.page });
    const pdf = await job.pdfPrinter.print(html, pdfPrintSettings(job.doc.meta.language), job.signal);
    job.progress.tick();
    await job.staging.write(job.fileName, pdf, job.signal);
    return [job.fileName];
  },
};
