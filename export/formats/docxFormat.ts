// DOCX: one Word file, photos embedded (display size unless the reporter asked for the originals).
import { exportDocx } from '../docx/exportDocx';
import type { ArticleExporter } from '../exportJob';

export const docxFormat: ArticleExporter = {
  format: 'docx',
  extension: 'docx',
  async write(job) {
    job.progress.start('rendering', 1);
    await job.staging.write(job.fileName, await exportDocx(job.doc, job.photoSize, job.signal), job.signal);
    job.progress.tick();
    return [job.fileName];
  },
};
