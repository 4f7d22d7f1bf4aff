// Importing a file the reporter named by path: on the command line, or through the app's own open dialog.
// (The renderer never names a path; it sends what it read.) Size is checked before reading.
import fs from 'node:fs';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { maxImportTextLength } from '../contract/schemas/articleImport';
import type { Article } from '../contract/schemas/article';
import type { Library } from '../store/library';
import { importArticle } from './importArticle';

/** UTF-8 takes at most three bytes per UTF-16 unit, so a bigger file is past the import limit unread. */
const maxImportBytes = 3 * maxImportTextLength;

/** `label` is how errors name the file: the path as typed on the CLI, the base name in the app. */
export function importArticleFile(library: Library, filePath: string, label = filePath): Article {
  return importArticle(library, { fileName: label, content: readImportFile(filePath, label) });
}

function readImportFile(filePath: string, label: string): Buffer {
  try {
    if (fs.statSync(filePath).size > maxImportBytes) throw new NewsdeskError('importTooLarge', { file: label });
    return fs.readFileSync(filePath);
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NewsdeskError('importFileUnreadable', { file: label, reason }, `cannot read ${label}: ${reason}`);
  }
}
