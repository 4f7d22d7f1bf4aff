// Importing a file the reporter named by path: on the command line, or through the app's own open dialog.
// (The renderer never names a path; it sends what it read.) Size is checked before reading.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { maxImportBinaryBytes, maxImportTextLength } from '../contract/schemas/articleImport';
import type { Article } from '../contract/schemas/article';
import { NotRegularFileError, openRegularFile } from '../store/regularFile';
import { notAFile } from '../photos/photoErrors';
import { importArticleReported, type ReportedImport } from './importArticle';
import { importerFor } from './importers';
import { localImageReader } from './localImageReader';
import type { ImportTarget } from './importTarget';

/** UTF-8 takes at most three bytes per UTF-16 unit, so a bigger text file is past the import limit unread. */
const maxImportTextBytes = 3 * maxImportTextLength;

/** `label` is how errors name the file: the path as typed on the CLI, the base name in the app. */
export async function importArticleFile(library: ImportTarget, filePath: string, label = filePath): Promise<Article> {
  return (await importArticleFileReported(library, filePath, label)).article;
}

export async function importArticleFileReported(library: ImportTarget, filePath: string, label = filePath): Promise<ReportedImport> {
  const content = await readArticleFile(filePath, label);
  return importArticleReported(library, { fileName: label, content, readLocalImage: localImageReader(filePath) });
}

/** The bytes of a file named by path, checked to be a regular file within the import limits of its format. */
export async function readArticleFile(filePath: string, label = filePath): Promise<Buffer> {
  const limit = importerFor(label).reads === 'bytes' ? maxImportBinaryBytes : maxImportTextBytes;
  return readImportFile(filePath, label, limit);
}

async function readImportFile(filePath: string, label: string, limit: number): Promise<Buffer> {
  try {
    const { handle, size } = await openRegularFile(filePath);
    try {
      if (size > limit) throw new NewsdeskError('importTooLarge', { file: label });
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    if (error instanceof NotRegularFileError && error.code === 'ENOTFILE') throw notAFile(label);
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NewsdeskError('importFileUnreadable', { file: label, reason }, `cannot read ${label}: ${reason}`);
  }
}
