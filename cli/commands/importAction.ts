// What `newsdesk import` does; loaded by importExportCommands only when it runs (mammoth, jsdom, markdown-it).
import { importReportLines } from '../../common/i18n/importReportLines';
import { importArticleFileReported } from '../../import/importArticleFile';
import type { Library } from '../../library/openLibrary';
import type { WithLibraryAsync } from '../libraryAccess';
import { printError, printLine, printNote, t } from '../output';

export async function importFiles(withLibrary: WithLibraryAsync, files: string[]): Promise<void> {
  // One bad file does not stop the others; it gets its error line and the exit code says so.
  const failures = await withLibrary(async (library) => {
    let failed = 0;
    for (const file of files) if (!(await importFile(library, file))) failed += 1;
    return failed;
  });
  if (failures > 0) process.exitCode = 1;
}

/** Imports one file, printing its new id (stdout) and what the import did (stderr), or its error; true when
 * it was imported. */
async function importFile(library: Library, file: string): Promise<boolean> {
  try {
    const { article, report } = await importArticleFileReported(library, file);
    printLine(String(article.id));
    for (const line of importReportLines(t, report)) printNote(`${file}: ${line}`);
    return true;
  } catch (error) {
    printError(error);
    return false;
  }
}
