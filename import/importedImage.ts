// A picture an import met, tied to the figure it became: bytes carried inside the file (a Word document's
// embedded image), a file next to the imported one (`photo.jpg`, our HTML export's `_files` folder), or an
// address on the web, which is never requested.
import type { DocNode } from '../contract/schemas/document';

export type ImageSource = { kind: 'bytes'; name: string; bytes: Uint8Array } | { kind: 'local'; src: string } | { kind: 'remote'; url: string };

export interface ImportedImage {
  /** The figure node in the imported body (the same object), whose photoId the import fills in. */
  figure: DocNode;
  source: ImageSource;
}

/** What an `<img src>` points at, or null when it points nowhere an import may read. */
export function imageSourceOf(src: string): ImageSource | null {
  const trimmed = src.trim();
  if (trimmed === '') return null;
  if (/^https?:\/\//iu.test(trimmed) || trimmed.startsWith('//')) return { kind: 'remote', url: trimmed };
  // A photo inside the page itself (our HTML export's "embed the photos"): its bytes, for the photo store to check.
  const embedded = /^data:image\/([a-z0-9.+-]+);base64,([a-z0-9+/=\s]+)$/iu.exec(trimmed);
  if (embedded) return { kind: 'bytes', name: `image.${embedded[1]!.toLowerCase().replace('jpeg', 'jpg')}`, bytes: new Uint8Array(Buffer.from(embedded[2]!, 'base64')) };
  // Other schemes (file:, javascript:…) are not read: a file: address could name any file on the disk.
  if (/^[a-z][a-z0-9+.-]*:/iu.test(trimmed)) return null;
  return { kind: 'local', src: trimmed };
}
