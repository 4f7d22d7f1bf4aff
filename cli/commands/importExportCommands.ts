// import, export: files in and out of the library. Only the options are declared here; each command's action
// (importAction, exportAction) and the services and packages behind it load when that command runs, so the
// other commands start without mammoth, jsdom, markdown-it, docx, sharp or playwright-core.
import { Option, type Command } from 'commander';
import { articleImportExtensions, exportFormats, photoExportSizes } from '../../contract/constants';
import type { WithLibraryAsync } from '../libraryAccess';
import type { ExportOptions } from './exportAction';

export function registerImportExportCommands(program: Command, withLibrary: WithLibraryAsync): void {
  program
    .command('import')
    .description(`import articles from files (${articleImportExtensions.join(', ')}) and print each new id`)
    .argument('<files...>', 'the files to import')
    .action(async (files: string[]) => {
      const { importFiles } = await import('./importAction');
      await importFiles(withLibrary, files);
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
      const { exportArticle } = await import('./exportAction');
      await exportArticle(withLibrary, id, options);
    });
}
