// `newsdesk`: the scriptable face of the library, over the same services as the app.
import { Command, CommanderError } from 'commander';
import { registerArticleCommands } from './commands/articleCommands';
import { registerLibraryCommands } from './commands/libraryCommands';
import { registerPhotoCommands } from './commands/photoCommands';
import { registerImportExportCommands } from './commands/importExportCommands';
import { registerStatusCommand } from './commands/statusCommand';
import { registerOutboxCommands } from './commands/outboxCommands';
import { registerHistoryCommands } from './commands/historyCommands';
import { libraryAccess } from './libraryAccess';
import { registerBackupCommands } from './commands/backupCommands';
import { failWith } from './output';

const program = new Command('newsdesk')
  .description('Newsdesk: the offline editorial workstation, from the command line')
  .option('--data-dir <dir>', 'the library folder (default: $NEWSDESK_DATA_DIR, else the app’s own folder)')
  .showSuggestionAfterError()
  .exitOverride()
  // One line per error: commander puts its "(Did you mean …?)" suggestion on a line of its own.
  .configureOutput({ outputError: (text, write) => write(`newsdesk: ${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`) });

const { withLibrary, withLibraryAsync } = libraryAccess(program);

registerArticleCommands(program, withLibrary);
registerLibraryCommands(program, withLibrary);
registerPhotoCommands(program, withLibraryAsync);
registerStatusCommand(program, withLibrary);
registerImportExportCommands(program, withLibraryAsync);
registerBackupCommands(program, withLibraryAsync);
registerOutboxCommands(program, withLibraryAsync);
registerHistoryCommands(program, withLibrary, withLibraryAsync);
(await import('./commands/spellingCommands')).registerSpellingCommands(program, withLibraryAsync);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 1);
  failWith(error);
}
