// HTML: the standalone page, its photos in `<name>_files/` beside it (moved into place before the page) or
// embedded as data: URLs.
import type { ArticleExporter } from '../exportJob';
import { articleHtmlPage } from '../html/htmlPage';
import { stagePagePhotos } from './photoFiles';

export const htmlFormat: ArticleExporter = {
  format: 'html',
  extension: 'html',
  async write(job) {
    const photos = await stagePagePhotos(job);
    job.progress.start('rendering', 1);
    const html = articleHtmlPage(job.doc, { photoImage: (photo) => photos.get(photo.id)?.page });
    await job.staging.write(job.fileName, html, job.signal);
    job.progress.tick();
    const folder = [...photos.values()].some((photo) => photo.stagedPath) ? [job.filesFolder] : [];
    return [...folder, job.fileName];
  },
};
