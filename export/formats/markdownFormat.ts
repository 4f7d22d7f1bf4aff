// Markdown: CommonMark, its photos beside it in `<name>_files/` like the HTML page's, or embedded.
import type { ArticleExporter } from '../exportJob';
import { exportMarkdown } from '../markdown/exportMarkdown';
import { stagePagePhotos } from './photoFiles';

export const markdownFormat: ArticleExporter = {
  format: 'md',
  extension: 'md',
  async write(job) {
    const photos = await stagePagePhotos(job);
    job.progress.start('rendering', 1);
    await job.staging.write(job.fileName, exportMarkdown(job.doc, (photo) => photos.get(photo.id)?.src), job.signal);
    job.progress.tick();
    const folder = photos.size > 0 && !job.embedPhotos ? [job.filesFolder] : [];
    return [...folder, job.fileName];
  },
};
