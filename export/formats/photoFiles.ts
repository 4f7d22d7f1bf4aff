// The photos of a page (HTML, Markdown, NINJS) as files in the folder beside it, `<name>_files/<slug>-01.jpg`,
// or inside it as data: URLs when the reporter asked for one self-contained file. Returns each photo's src
// as the page writes it: relative to the page, each path segment URL-encoded.
import fs from 'node:fs';
import type { ExportPhoto } from '../documentTree/exportDocument';
import type { ExportJob } from '../exportJob';
import { photoFileName } from '../fileName/photoFileName';
import type { PageImage } from '../html/bodyHtml';
import { photoImage, photoImageBytes, type PhotoImage } from '../photos/photoImage';
import type { PhotoExportSize } from '../../contract/schemas/articleExport';

export interface StagedPhoto {
  photo: ExportPhoto;
  image: PhotoImage;
  src: string;
  /** The file's size as staged (an embedded photo: its decoded bytes). */
  bytes: number;
  /** The image as the page's img shows it. */
  page: PageImage;
  /** The staged file (not for embedded photos). */
  stagedPath?: string;
  /** Its name relative to the page's folder. */
  relativePath?: string;
}

export interface PagePhotoOptions {
  size?: PhotoExportSize;
  embed?: boolean;
  /** The folder, relative to the page (default: the job's `<name>_files`). */
  folder?: string;
  /** Where in the staging folder the page's own folder is (a package stages its contents apart). */
  stagedUnder?: string;
}

export async function stagePagePhotos(job: ExportJob, options: PagePhotoOptions = {}): Promise<Map<number, StagedPhoto>> {
  const { size = job.photoSize, embed = job.embedPhotos, folder = job.filesFolder, stagedUnder = '' } = options;
  const staged = new Map<number, StagedPhoto>();
  const { photos, meta } = job.doc;
  job.progress.start('writing', photos.length);
  for (const photo of photos) {
    job.signal?.throwIfAborted();
    const image = await photoImage(photo, size);
    if (embed) {
      const bytes = await photoImageBytes(image);
      const src = `data:${image.mime};base64,${bytes.toString('base64')}`;
      staged.set(photo.id, { photo, image, src, bytes: bytes.length, page: { src, width: image.width, height: image.height } });
    } else {
      const relativePath = `${folder}/${photoFileName(meta.slug, photo.number, photos.length, image.extension)}`;
      const stagedName = stagedUnder + relativePath;
      const stagedPath =
        'bytes' in image.source ? await job.staging.write(stagedName, image.source.bytes, job.signal) : await job.staging.copyFile(stagedName, image.source.path, job.signal);
      const src = relativePath.split('/').map(encodeURIComponent).join('/');
      const { size: bytes } = await fs.promises.stat(stagedPath);
      staged.set(photo.id, { photo, image, stagedPath, relativePath, src, bytes, page: { src, width: image.width, height: image.height } });
    }
    job.progress.tick();
  }
  return staged;
}
