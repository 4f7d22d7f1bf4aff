// Importing article files from the renderer: it reads each chosen or dropped file itself and sends the name
// and bytes, so the main process never opens a path the page named. One bad file does not stop the others.
// What each import did (its report) is kept for the app to show.
import { useCallback, useState } from 'react';
import { articleImportExtensions } from '../../contract/constants';
import { toUpload } from '../photos/photoUploads';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { withoutProblem } from '../components/ProblemNotices';
import { useFilePicker } from '../components/useFilePicker';
import type { ReportedFile } from './ImportReportNotice';

export interface ArticleImport {
  /** Render once: the hidden file input behind "Import…". */
  input: React.ReactElement;
  openPicker: () => void;
  importFiles: (files: readonly File[]) => Promise<number[]>;
  importing: boolean;
  errors: Problem[];
  dismissError: (index: number) => void;
  /** The last batch's imports with their reports. */
  reports: ReportedFile[];
  /** Reports of imports made elsewhere (the shell's File → Import dialog). */
  showReports: (reports: ReportedFile[]) => void;
  clearReports: () => void;
}

export const importAccept = articleImportExtensions.join(',');

export function useArticleImport(onImported: (ids: number[], failures: number) => void): ArticleImport {
  const [importing, setImporting] = useState(false);
  const [errors, setErrors] = useState<Problem[]>([]);
  const [reports, setReports] = useState<ReportedFile[]>([]);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      setImporting(true);
      setErrors([]);
      setReports([]);
      const ids: number[] = [];
      const failures: Problem[] = [];
      const reported: ReportedFile[] = [];
      for (const file of files) {
        try {
          // Every file travels as bytes (base64): the main process tells the text encodings apart (UTF-16,
          // TCVN3, VNI…), which File.text() would have turned into replacement characters.
          const article = await api.importArticle({ fileName: file.name, bytes: (await toUpload(file)).bytes });
          ids.push(article.id);
          reported.push({ fileName: file.name, articleId: article.id, report: article.importReport });
        } catch (failure) {
          failures.push(toProblem(failure));
        }
      }
      setImporting(false);
      setErrors(failures);
      setReports(reported);
      if (ids.length > 0) onImported(ids, failures.length);
      return ids;
    },
    [onImported],
  );

  const picker = useFilePicker({ accept: importAccept, testId: 'import-input', onFiles: (files) => void importFiles(files) });

  const clearReports = useCallback(() => setReports([]), []);
  const dismissError = useCallback((index: number) => setErrors((list) => withoutProblem(list, index)), []);
  return {
    input: picker.input,
    openPicker: picker.open,
    importFiles,
    importing,
    errors,
    dismissError,
    reports,
    showReports: setReports,
    clearReports,
  };
}
