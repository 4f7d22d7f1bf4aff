// NINJS: `<name>.ninjs.json`, its photos beside it in `<name>_files/` (the renditions' hrefs point there as
// `app://<uuid>/<name>_files/…`, see ninjsHref.ts; the body's images by the relative path), or embedded as
// data: URLs.
import type { ArticleExporter } from '../exportJob';
import { exportNinjs } from '../ninjs/exportNinjs';
import { ninjsPackageHref } from '../ninjs/ninjsHref';
import { stagePagePhotos } from './photoFiles';

export const ninjsFormat: ArticleExporter = {
  format: 'ninjs',
  extension: 'ninjs.json',
  async write(job) {
    const photos = await stagePagePhotos(job);
    job.progress.start('rendering', 1);
    const item = exportNinjs(
      job.doc,
      (photo) => {
        const staged = photos.get(photo.id)!;
        const { image, relativePath } = staged;
        const href = relativePath === undefined ? staged.src : ninjsPackageHref(job.doc.meta.uuid, relativePath);
        return [{ name: job.photoSize === 'full' ? 'original' : 'display', href, contentType: image.mime, width: image.width, height: image.height, sizeInBytes: staged.bytes }];
      },
      (photo) => photos.get(photo.id)!.src,
    );
    await job.staging.write(job.fileName, `${JSON.stringify(item, null, 2)}\n`, job.signal);
    job.progress.tick();
    const folder = photos.size > 0 && !job.embedPhotos ? [job.filesFolder] : [];
    return [...folder, job.fileName];
  },
};
