// The image files an imported page names beside it (`photo.jpg`, our export's `<name>_files/<name>-1.jpg`):
// read only when the main process itself read the page from disk, only inside the page's own folder (no
// `..`, no absolute path, no other scheme), only regular files of a photo's size.
import path from 'node:path';
import { maxImportBinaryBytes } from '../contract/schemas/articleImport';
import { openRegularFile } from '../store/regularFile';
import type { LocalImageReader } from './importPhotos';

export function localImageReader(pagePath: string): LocalImageReader {
  const folder = path.resolve(path.dirname(pagePath));
  return async (src) => {
    let relative: string;
    try {
      relative = decodeURIComponent(src.split(/[?#]/u)[0]!);
    } catch {
      return null;
    }
    if (relative === '' || path.isAbsolute(relative) || /^[a-z]:/iu.test(relative)) return null;
    const target = path.resolve(folder, relative);
    if (!target.startsWith(folder + path.sep)) return null;
    try {
      const { handle, size } = await openRegularFile(target);
      try {
        if (size === 0 || size > maxImportBinaryBytes) return null;
        return { name: path.basename(target), bytes: new Uint8Array(await handle.readFile()) };
      } finally {
        await handle.close();
      }
    } catch {
      return null;
    }
  };
}
