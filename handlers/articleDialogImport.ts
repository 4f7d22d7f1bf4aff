// importArticlesFromDialog: the files the shell's own open dialog chose (File → Import…), imported one by one.
// One bad file does not stop the others; each refusal comes back as one line in the reader's language.
import path from 'node:path';
import type { ArticlesImported } from '../contract/schemas/articleImport';
import { createTranslator, translateError } from '../common/i18n/catalog';
import { isNewsdeskError, NewsdeskError } from '../common/errors/newsdeskError';
import { importArticleFileReported } from '../import/importArticleFile';
import { importReportLines } from '../common/i18n/importReportLines';
import type { Library } from '../library/openLibrary';

/** The shell's native open dialog: the chosen paths, or none when the reporter cancelled. */
export type ChooseArticleFiles = () => Promise<string[]>;

export async function importArticlesFromDialog(library: Library, chooseArticleFiles?: ChooseArticleFiles): Promise<ArticlesImported> {
  if (!chooseArticleFiles) throw new NewsdeskError('importDialogUnavailable');
  const filePaths = await chooseArticleFiles();
  const t = createTranslator(library.settings.language());
  const imported: ArticlesImported = { ids: [], errors: [] };
  const notes: string[] = [];
  for (const filePath of filePaths) {
    try {
      const label = path.basename(filePath);
      const { article, report } = await importArticleFileReported(library, filePath, label);
      imported.ids.push(article.id);
      notes.push(...importReportLines(t, report).map((line) => `${label}: ${line}`));
    } catch (error) {
      imported.errors.push(
        isNewsdeskError(error) ? translateError(t, error.code, error.params) : translateError(t, 'internal', { detail: String(error) }),
      );
    }
  }
  return notes.length > 0 ? { ...imported, notes } : imported;
}
