// import, export: files in and out of the library.
import fs from 'node:fs';
import type { Command } from 'commander';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { maxImportTextLength } from '../../contract/schemas/articleImport';
import { exportArticle } from '../../export/exportArticle';
import { exportFormats } from '../../export/exporters';
import { importArticle } from '../../import/importArticle';
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
    printLine(String(importArticle(library, { fileName: file, content: readFile(file) }).id));
    return true;
  } catch (error) {
    printError(error);
    return false;
  }
}

/** UTF-8 takes at most three bytes per UTF-16 unit, so a bigger file is past the import limit unread. */
const maxImportBytes = 3 * maxImportTextLength;

function readFile(file: string): Buffer {
  try {
    if (fs.statSync(file).size > maxImportBytes) throw new NewsdeskError('importTooLarge', { file });
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NewsdeskError('importFileUnreadable', { file, reason }, `cannot read ${file}: ${reason}`);
  }
}
