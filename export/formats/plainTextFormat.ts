// Plain text: the article in the seed's own shape (export/plainText), which the plain-text import reads back.
import type { ArticleExporter } from '../exportJob';
import { exportPlainText } from '../plainText/exportPlainText';

export const plainTextFormat: ArticleExporter = {
  format: 'txt',
  extension: 'txt',
  async write(job) {
    job.progress.start('rendering', 1);
    await job.staging.write(job.fileName, exportPlainText(job.article), job.signal);
    job.progress.tick();
    return [job.fileName];
  },
};
