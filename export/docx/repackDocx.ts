// Photos go into a DOCX without passing through the docx library's packer: it deflates every part in
// JavaScript, and deflating megabytes of JPEG (which does not compress) costs seconds and holds every photo
// in memory at once. So the document is packed with a few bytes standing in for each photo, then re-zipped
// here with yazl: the XML parts deflated, each photo streamed in from its file as it is, stored. Memory
// stays at one photo's read buffer however large the photos are.
import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import yazl from 'yazl';

export type MediaSource = { path: string } | { bytes: Buffer };

/** What the docx library is given as a photo's data: a few bytes, told apart by the photo's key. */
export function standIn(key: string): Buffer {
  return Buffer.from(`newsdesk stand-in for photo ${key}`);
}

/**
 * The packed document with each stand-in replaced by its photo, as a zip stream. `media` maps each stand-in
 * (as text) to its photo; the library names media parts itself, so a part is known by what it holds.
 */
export function repackDocx(packed: Uint8Array, media: ReadonlyMap<string, MediaSource>): Readable {
  const parts = unzipSync(packed);
  const photoOf = (name: string, data: Uint8Array) => (name.startsWith('word/media/') ? media.get(Buffer.from(data).toString('utf8')) : undefined);
  const found = Object.entries(parts).filter(([name, data]) => photoOf(name, data)).length;
  if (found !== media.size) throw new Error(`the packed document holds ${found} of its ${media.size} photos`);
  const zip = new yazl.ZipFile();
  const output = new PassThrough();
  zip.on('error', (error: Error) => output.destroy(error));
  zip.outputStream.on('error', (error: Error) => output.destroy(error));
  zip.outputStream.pipe(output);
  // A fixed time: the same document gives the same bytes.
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const [name, data] of Object.entries(parts)) {
    const source = photoOf(name, data);
    if (!source) zip.addBuffer(Buffer.from(data), name, { compress: true, mtime });
    else if ('bytes' in source) zip.addBuffer(source.bytes, name, { compress: false, mtime });
    else {
      const file = source.path;
      zip.addReadStreamLazy(name, { compress: false, mtime }, (callback) => {
        if (output.destroyed) return callback(new Error('the document was abandoned'), undefined as never);
        const stream = fs.createReadStream(file);
        stream.on('error', (error) => output.destroy(error));
        callback(null, stream);
      });
    }
  }
  zip.end();
  return output;
}
