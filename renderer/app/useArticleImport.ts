// Importing article files from the renderer: it reads each chosen or dropped file itself and sends the name
// and text, so the main process never opens a path the page named. One bad file does not stop the others.
import { useCallback, useState } from 'react';
import { articleImportExtensions, isBinaryImport } from '../../contract/schemas/articleImport';
import { toUpload } from '../photos/photoUploads';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { withoutProblem } from '../components/ProblemNotices';
import { useFilePicker } from '../components/useFilePicker';

export interface ArticleImport {
  /** Render once: the hidden file input behind "Import…". */
  input: React.ReactElement;
  openPicker: () => void;
  importFiles: (files: readonly File[]) => Promise<number[]>;
  importing: boolean;
  errors: Problem[];
  dismissError: (index: number) => void;
}

export const importAccept = articleImportExtensions.join(',');

export function useArticleImport(onImported: (ids: number[], failures: number) => void): ArticleImport {
  const [importing, setImporting] = useState(false);
  const [errors, setErrors] = useState<Problem[]>([]);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      setImporting(true);
      setErrors([]);
      const ids: number[] = [];
      const failures: Problem[] = [];
      for (const file of files) {
        try {
          // A Word file is not text: it travels as bytes (base64); the others as the text the page read.
          const content = isBinaryImport(file.name) ? { bytes: (await toUpload(file)).bytes } : { text: await file.text() };
          const article = await api.importArticle({ fileName: file.name, ...content });
          ids.push(article.id);
        } catch (failure) {
          failures.push(toProblem(failure));
        }
      }
      setImporting(false);
      setErrors(failures);
      if (ids.length > 0) onImported(ids, failures.length);
      return ids;
    },
    [onImported],
  );

  const picker = useFilePicker({ accept: importAccept, testId: 'import-input', onFiles: (files) => void importFiles(files) });

  const dismissError = useCallback((index: number) => setErrors((list) => withoutProblem(list, index)), []);
  return { input: picker.input, openPicker: picker.open, importFiles, importing, errors, dismissError };
}
