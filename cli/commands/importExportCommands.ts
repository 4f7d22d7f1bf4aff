// import, export: files in and out of the library.
import { Option, type Command } from 'commander';
import { exportFormats, photoExportSizes } from '../../contract/schemas/articleExport';
import { exportArticleTo } from '../../export/exportArticleTo';
import { exportErrors } from '../../export/exportErrors';
import { findChromium } from '../../export/pdf/chromiumPdfPrinter';
import { importArticleFile } from '../../import/importArticleFile';
import { importExtensions } from '../../import/importers';
import type { Library } from '../../library/openLibrary';
import { parseArticleId } from '../arguments';
import { printError, printLine } from '../output';
import type { PhotoExportSize } from '../../contract/schemas/articleExport';

type WithLibraryAsync = <T>(run: (library: Library) => Promise<T>) => Promise<T>;

interface ExportOptions {
  format: string;
  out: string;
  photos: PhotoExportSize;
  embedPhotos?: boolean;
}

export function registerImportExportCommands(program: Command, withLibrary: WithLibraryAsync): void {
  program
    .command('import')
    .description(`import articles from files (${importExtensions.join(', ')}) and print each new id`)
    .argument('<files...>', 'the files to import')
    .action(async (files: string[]) => {
      // One bad file does not stop the others; it gets its error line and the exit code says so.
      const failures = await withLibrary(async (library) => {
        let failed = 0;
        for (const file of files) if (!(await importFile(library, file))) failed += 1;
        return failed;
      });
      if (failures > 0) process.exitCode = 1;
    });

  program
    .command('export')
    .description('write an article to a file named after its headline and print the file’s path')
    .argument('<id>', 'article id')
    .option('--format <format>', `the file format: ${exportFormats.join(', ')}`, 'txt')
    .requiredOption('--out <dir>', 'the folder to write into (created when missing)')
    .addOption(new Option('--photos <size>', 'photo size in HTML, Markdown, NINJS, DOCX and PDF').choices(photoExportSizes).default('display'))
    .option('--embed-photos', 'HTML, Markdown, NINJS: photos inside the file instead of in a folder beside it')
    .action(async (id: string, options: ExportOptions) => {
      const articleId = parseArticleId(id);
      if (options.format.trim().toLowerCase() === 'pdf' && !findChromium()) throw exportErrors.needsChromium();
      // Ctrl-C stops a long export cleanly: nothing half-written is left behind.
      const controller = new AbortController();
      const cancel = () => controller.abort();
      process.once('SIGINT', cancel);
      try {
        const { path } = await withLibrary((library) =>
          exportArticleTo(
            library,
            articleId,
            { format: options.format, outDir: options.out, photoSize: options.photos, embedPhotos: options.embedPhotos ?? false },
            { signal: controller.signal },
          ),
        );
        printLine(path);
      } finally {
        process.off('SIGINT', cancel);
      }
    });
}

/** Imports one file, printing its new id or its error; true when it was imported. */
async function importFile(library: Library, file: string): Promise<boolean> {
  try {
    printLine(String((await importArticleFile(library, file)).id));
    return true;
  } catch (error) {
    printError(error);
    return false;
  }
}
