// importArticlesFromDialog: the files the shell's own open dialog chose (File → Import…), imported one by one.
// One bad file does not stop the others; each refusal comes back as a code and parameters, which the page
// words in the reader's language when it shows them (and again when the language changes).
import path from 'node:path';
import type { ArticlesImported } from '../contract/schemas/articleImport';
import { isNewsdeskError, NewsdeskError } from '../common/errors/newsdeskError';
import { importArticleFileReported } from '../import/importArticleFile';
import type { Library } from '../library/openLibrary';

/** The shell's native open dialog: the chosen paths, or none when the reporter cancelled. */
export type ChooseArticleFiles = () => Promise<string[]>;

export async function importArticlesFromDialog(library: Library, chooseArticleFiles?: ChooseArticleFiles): Promise<ArticlesImported> {
  if (!chooseArticleFiles) throw new NewsdeskError('importDialogUnavailable');
  const filePaths = await chooseArticleFiles();
  const imported: ArticlesImported = { ids: [], errors: [] };
  const reports: NonNullable<ArticlesImported['reports']> = [];
  for (const filePath of filePaths) {
    try {
      const fileName = path.basename(filePath);
      const { article, report } = await importArticleFileReported(library, filePath, fileName);
      imported.ids.push(article.id);
      if (report.notes.length > 0 || report.duplicateOf) reports.push({ fileName, articleId: article.id, report });
    } catch (error) {
      imported.errors.push(isNewsdeskError(error) ? { code: error.code, params: error.params } : { code: 'internal', params: { detail: String(error) } });
    }
  }
  return reports.length > 0 ? { ...imported, reports } : imported;
}
