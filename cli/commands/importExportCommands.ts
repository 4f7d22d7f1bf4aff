// import, export: files in and out of the library.
import type { Command } from 'commander';
import { exportArticle } from '../../export/exportArticle';
import { exportFormats } from '../../export/exporters';
import { importArticleFile } from '../../import/importArticleFile';
import { importExtensions } from '../../import/importers';
import type { Library } from '../../store/library';
import { parseArticleId } from '../arguments';
import { printError, printLine } from '../output';
import type { WithLibrary } from './articleCommands';

export function registerImportExportCommands(program: Command, withLibrary: WithLibrary): void {
  program
    .command('import')
    .description(`import articles from files (${importExtensions.join(', ')}) and print each new id`)
    .argument('<files...>', 'the files to import')
    .action((files: string[]) => {
      // One bad file does not stop the others; it gets its error line and the exit code says so.
      const failures = withLibrary((library) => files.filter((file) => !importFile(library, file)).length);
      if (failures > 0) process.exitCode = 1;
    });

  program
    .command('export')
    .description('write an article to a file named after its headline and print the file’s path')
    .argument('<id>', 'article id')
    .option('--format <format>', `the file format: ${exportFormats.join(', ')}`, 'txt')
    .requiredOption('--out <dir>', 'the folder to write into (created when missing)')
    .action((id: string, options: { format: string; out: string }) => {
      withLibrary((library) => printLine(exportArticle(library, parseArticleId(id), { format: options.format, outDir: options.out })));
    });
}

/** Imports one file, printing its new id or its error; true when it was imported. */
function importFile(library: Library, file: string): boolean {
  try {
    printLine(String(importArticleFile(library, file).id));
    return true;
  } catch (error) {
    printError(error);
    return false;
  }
}
