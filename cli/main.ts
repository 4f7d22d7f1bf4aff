// `newsdesk`: the scriptable face of the library, over the same services as the app.
import { Command, CommanderError } from 'commander';
import { openLibrary, type Library } from '../store/library';
import { defaultDataDir } from '../store/defaultDataDir';
import { registerArticleCommands } from './commands/articleCommands';
import { registerLibraryCommands } from './commands/libraryCommands';
import { registerPhotoCommands } from './commands/photoCommands';
import { registerImportExportCommands } from './commands/importExportCommands';
import { registerStatusCommand } from './commands/statusCommand';
import { failWith } from './output';

const program = new Command('newsdesk')
  .description('Newsdesk: the offline editorial workstation, from the command line')
  .option('--data-dir <dir>', 'the library folder (default: $NEWSDESK_DATA_DIR, else the app’s own folder)')
  .showSuggestionAfterError()
  .exitOverride()
  // One line per error: commander puts its "(Did you mean …?)" suggestion on a line of its own.
  .configureOutput({ outputError: (text, write) => write(`newsdesk: ${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`) });

function withLibrary<T>(run: (library: Library) => T): T {
  const { dataDir } = program.opts<{ dataDir?: string }>();
  const library = openLibrary(dataDir ?? defaultDataDir());
  try {
    return run(library);
  } finally {
    library.close();
  }
}

/** For commands that await (photos, import, export): the library stays open until their work is done. */
async function withLibraryAsync<T>(run: (library: Library) => Promise<T>): Promise<T> {
  const { dataDir } = program.opts<{ dataDir?: string }>();
  const library = openLibrary(dataDir ?? defaultDataDir());
  try {
    return await run(library);
  } finally {
    library.close();
  }
}

registerArticleCommands(program, withLibrary);
registerLibraryCommands(program, withLibrary);
registerPhotoCommands(program, withLibraryAsync);
registerStatusCommand(program, withLibrary);
registerImportExportCommands(program, withLibraryAsync);
(await import('./commands/spellingCommands')).registerSpellingCommands(program, withLibraryAsync);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 1);
  failWith(error);
}
