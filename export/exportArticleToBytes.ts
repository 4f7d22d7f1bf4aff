// An export as one file's bytes, for a page that downloads it (the browser app, where there is no save
// dialog): written into a private temporary folder by the same service, read back, the folder removed. A
// download is a single file, so HTML, Markdown and NINJS carry their photos inside it.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExportLibrary } from './exportLibrary';
import { exportArticleTo, type ExportControl, type ExportTarget } from './exportArticleTo';

export interface ExportedFile {
  fileName: string;
  bytes: Buffer;
}

export async function exportArticleToBytes(
  library: ExportLibrary,
  id: number,
  target: Omit<ExportTarget, 'outDir' | 'outPath' | 'embedPhotos'>,
  control: ExportControl = {},
): Promise<ExportedFile> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-download-'));
  try {
    const result = await exportArticleTo(library, id, { ...target, outDir: dir, embedPhotos: true }, control);
    return { fileName: path.basename(result.path), bytes: await fs.readFile(result.path) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
