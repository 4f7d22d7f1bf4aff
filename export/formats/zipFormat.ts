// The hand-off package: one .zip holding everything an editor and a CMS need, named after the article:
//   <slug>.docx                 the report for Word (display-size photos embedded)
//   <slug>.html                 the standalone page…
//   <slug>_files/<slug>-01.jpg  …and its display-size photos, beside it as the page expects
//   <slug>_files/OFL-fonts.txt  the licence of the fonts embedded in the page
//   <slug>.ninjs.json           IPTC ninjs 3.1; each picture's renditions point to both photo files
//                               (`app://<uuid>/<path in the zip>`, sized as written into the zip)
//   <slug>.txt                  plain text in the seed's shape
//   photos/<slug>-01.jpg        the originals at full resolution
// Every photo file carries its caption, credit, creator and copyright in XMP and IIM (written by exiftool
// into staged copies, never into the store's files). The zip is streamed from the staged files into the
// output, entry by entry, so memory stays bounded whatever the photos weigh; photos and the DOCX are stored
// as they are (already compressed), the text files deflated.
import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import yazl from 'yazl';
import type { ExportPhoto } from '../documentTree/exportDocument';
import { exportDocx } from '../docx/exportDocx';
import type { ArticleExporter, ExportJob } from '../exportJob';
import { bundledFontLicence } from '../html/bundledFonts';
import { articleHtmlPage } from '../html/htmlPage';
import { photoFileName } from '../fileName/photoFileName';
import { exportNinjs, type NinjsRendition } from '../ninjs/exportNinjs';
import { ninjsPackageHref } from '../ninjs/ninjsHref';
import { PhotoMetadataWriter, type PhotoFacts } from '../package/writePhotoMetadata';
import { exportPlainText } from '../plainText/exportPlainText';
import { typeOfMime } from '../../photos/photoRows';
import { stagePagePhotos } from './photoFiles';

interface PackageEntry {
  name: string;
  /** Text or small bytes made in memory, or a staged file streamed in. */
  data: Buffer | { file: string };
  compress: boolean;
}

export const zipFormat: ArticleExporter = {
  format: 'zip',
  extension: 'zip',
  async write(job) {
    const { slug } = job.doc.meta;
    const filesFolder = `${slug}_files`;
    const metadata = new PhotoMetadataWriter();
    try {
      const pagePhotos = await stagePagePhotos(job, { size: 'display', embed: false, folder: filesFolder, stagedUnder: 'package/' });
      const originals = await stageOriginals(job);
      job.progress.start('writing', pagePhotos.size + originals.size);
      for (const photo of job.doc.photos) {
        const files = [
          { file: pagePhotos.get(photo.id)!.stagedPath!, mime: pagePhotos.get(photo.id)!.image.mime },
          { file: originals.get(photo.id)!.file, mime: originals.get(photo.id)!.mime },
        ];
        for (const { file, mime } of files) {
          job.signal?.throwIfAborted();
          await job.staging.guard(() => metadata.write(file, mime, factsOf(job, photo)).catch(asSystemError));
          job.progress.tick();
        }
      }
      await metadata.end();

      job.progress.start('rendering', 4);
      const page = (photo: ExportPhoto) => pagePhotos.get(photo.id)!;
      const docx = await job.staging.write(`package/${slug}.docx`, await exportDocx(job.doc, 'display', job.signal), job.signal);
      job.progress.tick();
      const inPage = (photo: ExportPhoto) => page(photo).page;
      const html = articleHtmlPage(job.doc, { photoImage: inPage });
      job.progress.tick();
      // Sized now, with the captions written in: the files go into the zip exactly as they are.
      const sizes = new Map<string, number>();
      for (const photo of job.doc.photos) {
        for (const file of [pagePhotos.get(photo.id)!.stagedPath!, originals.get(photo.id)!.file]) sizes.set(file, (await fs.promises.stat(file)).size);
      }
      const href = (relativePath: string) => ninjsPackageHref(job.doc.meta.uuid, relativePath);
      const renditions = (photo: ExportPhoto): NinjsRendition[] => {
        const original = originals.get(photo.id)!;
        const display = pagePhotos.get(photo.id)!;
        return [
          { name: 'original', href: href(original.path), contentType: original.mime, width: photo.original.width, height: photo.original.height, sizeInBytes: sizes.get(original.file)! },
          { name: 'display', href: href(display.relativePath!), contentType: 'image/jpeg', width: photo.display.width, height: photo.display.height, sizeInBytes: sizes.get(display.stagedPath!)! },
        ];
      };
      const ninjs = `${JSON.stringify(exportNinjs(job.doc, renditions, (photo) => inPage(photo).src), null, 2)}\n`;
      job.progress.tick();
      const text = exportPlainText(job.article);
      job.progress.tick();

      const photoEntries = (folder: string, staged: Map<number, { file: string; name: string }>): PackageEntry[] =>
        job.doc.photos.map((photo) => ({ name: `${folder}/${staged.get(photo.id)!.name}`, data: { file: staged.get(photo.id)!.file }, compress: false }));
      const entries: PackageEntry[] = [
        { name: `${slug}.docx`, data: { file: docx }, compress: false },
        { name: `${slug}.html`, data: Buffer.from(html), compress: true },
        ...photoEntries(filesFolder, new Map([...pagePhotos].map(([id, staged]) => [id, { file: staged.stagedPath!, name: staged.relativePath!.split('/').at(-1)! }]))),
        { name: `${filesFolder}/OFL-fonts.txt`, data: Buffer.from(bundledFontLicence()), compress: true },
        { name: `${slug}.ninjs.json`, data: Buffer.from(ninjs), compress: true },
        { name: `${slug}.txt`, data: Buffer.from(text), compress: true },
        ...photoEntries('photos', originals),
      ];
      await writeZip(job, entries);
      return [job.fileName];
    } finally {
      await metadata.end();
    }
  },
};

/** exiftool reports a full disk in words, not with a code: give it the code so it reads as a full disk. */
function asSystemError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (/no space left|disk full|quota exceeded/i.test(message)) throw Object.assign(new Error(message), { code: 'ENOSPC' });
  throw error;
}

interface StagedOriginal {
  file: string;
  name: string;
  /** In the zip: `photos/<name>`. */
  path: string;
  mime: string;
}

/** The originals, byte for byte (until their captions are written in), as `photos/<slug>-<nn>.<ext>`. */
async function stageOriginals(job: ExportJob): Promise<Map<number, StagedOriginal>> {
  const staged = new Map<number, StagedOriginal>();
  job.progress.start('writing', job.doc.photos.length);
  for (const photo of job.doc.photos) {
    const name = photoFileName(job.doc.meta.slug, photo.number, job.doc.photos.length, typeOfMime(photo.original.mime).ext);
    const file = await job.staging.copyFile(`package/photos/${name}`, photo.original.path, job.signal);
    staged.set(photo.id, { file, name, path: `photos/${name}`, mime: photo.original.mime });
    job.progress.tick();
  }
  return staged;
}

/** What the article says about the photo: the figure's caption and credit where it shows it. */
function factsOf(job: ExportJob, photo: ExportPhoto): PhotoFacts {
  const figure = findFigure(job.doc.blocks, photo.id);
  const caption = figure ? figure.caption.map((run) => (run.kind === 'break' ? '\n' : run.text)).join('').trim() : photo.caption;
  return { caption, credit: figure?.credit || photo.credit, creator: photo.creator, copyright: photo.copyright };
}

function findFigure(blocks: ExportJob['doc']['blocks'], photoId: number): Extract<ExportJob['doc']['blocks'][number], { kind: 'figure' }> | undefined {
  for (const block of blocks) {
    if (block.kind === 'figure' && block.photo?.id === photoId) return block;
    const inner = block.kind === 'quote' ? findFigure(block.blocks, photoId) : block.kind === 'list' ? block.items.map((item) => findFigure(item, photoId)).find(Boolean) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

async function writeZip(job: ExportJob, entries: readonly PackageEntry[]): Promise<void> {
  const zip = new yazl.ZipFile();
  const output = new PassThrough();
  // yazl reports a failing entry on the ZipFile; the output stream must fail with it.
  zip.on('error', (error: Error) => output.destroy(error));
  zip.outputStream.on('error', (error: Error) => output.destroy(error));
  zip.outputStream.pipe(output);
  job.progress.start('packaging', entries.length);
  const mtime = new Date(job.doc.meta.updated);
  for (const entry of entries) {
    const options = { compress: entry.compress, mtime };
    if (Buffer.isBuffer(entry.data)) {
      zip.addBuffer(entry.data, entry.name, options);
      job.progress.tick();
    } else {
      const { file } = entry.data;
      // Opened only when yazl reaches the entry: one photo's read stream at a time.
      zip.addReadStreamLazy(entry.name, options, (callback) => {
        // After a failure or a cancel the staged files are going away: open nothing more.
        if (output.destroyed) return callback(new Error('the package was abandoned'), undefined as never);
        const stream = fs.createReadStream(file);
        stream.on('error', (error) => output.destroy(error));
        stream.on('end', () => job.progress.tick());
        callback(null, stream);
      });
    }
  }
  zip.end();
  await job.staging.write(job.fileName, output, job.signal);
}
