// backup, restore-backup, verify: the library's safety net from the command line (backup/ does the work, loaded
// only when one of these commands runs, so the CLI starts as fast without them).
import path from 'node:path';
import type { Command } from 'commander';
import type { Database } from 'better-sqlite3';
import type { BackupProgress } from '../../backup/writeBackup';
import { currentLibraryDir } from '../../library/libraryLocation';
import { defaultDataDir } from '../../store/defaultDataDir';
import { printLine, t } from '../output';

/** Only what a backup needs of the open library: its database and its folder. */
export type WithOpenLibrary = <T>(run: (library: { db: Database; dataDir: string }) => Promise<T>) => Promise<T>;

export function registerBackupCommands(program: Command, withLibrary: WithOpenLibrary): void {
  program
    .command('backup')
    .description('back up the library (database and photo originals) into DIR, verified, and print the backup file')
    .option('--out <dir>', 'write one self-contained backup file into this folder')
    .option('--folder <dir>', 'back up into a backup folder: photos copied once, 7 daily and 4 weekly backups kept')
    .option('--if-changed', 'with --folder: do nothing when the library has not changed since the last backup there')
    .action(async (options: { out?: string; folder?: string; ifChanged?: boolean }) => {
      if (!options.out === !options.folder) program.error('backup needs exactly one of --out <dir> or --folder <dir>');
      const { backupToFile, backupToFolder } = await import('../../backup/backupLibrary');
      await withLibrary(async ({ db, dataDir }) => {
        const progress = showProgress();
        if (options.out) {
          const result = await backupToFile(db, dataDir, path.resolve(options.out), { progress });
          warnLeftOut(result.manifest.leftOut);
          return printLine(result.path);
        }
        const result = await backupToFolder(db, dataDir, path.resolve(options.folder!), { progress, ifChanged: options.ifChanged });
        if (!result.made) {
          warn(t('backup.unchanged', { path: result.path }));
          return printLine(result.path);
        }
        warnLeftOut(result.backup.manifest.leftOut);
        printLine(result.backup.path);
      });
    });

  program
    .command('restore-backup')
    .description('restore a backup file into a new (or empty) folder, verify it, and print the folder; the current library is not touched')
    .argument('<file>', 'a .ndbackup file')
    .requiredOption('--to <dir>', 'the new library folder')
    .action(async (file: string, options: { to: string }) => {
      const { restoreBackup } = await import('../../backup/restoreBackup');
      const result = await restoreBackup(path.resolve(file), path.resolve(options.to));
      printLine(result.path);
    });

  program
    .command('verify')
    .description('check the library: database integrity, links, every photo original present and intact; exit 1 on any problem')
    .action(async () => {
      const { verifyLibrary } = await import('../../backup/verifyLibrary');
      const dataDir = program.opts<{ dataDir?: string }>().dataDir ?? currentLibraryDir(defaultDataDir());
      const check = await verifyLibrary(dataDir);
      for (const problem of check.problems) warn(t(`backup.${problem.key}`, problem.params));
      if (check.problems.length > 0) process.exit(1);
      printLine(t('backup.verifyOk', { articles: check.articles, photos: check.photos }));
    });
}

function warn(line: string): void {
  process.stderr.write(`newsdesk: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
}

function warnLeftOut(leftOut: readonly { name: string }[]): void {
  for (const photo of leftOut) warn(t('backup.photoLeftOut', { name: photo.name }));
}

/** A percentage on a terminal only: a script reading stderr gets no carriage returns. */
function showProgress(): ((progress: BackupProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return ({ doneBytes, totalBytes }) => {
    const percent = totalBytes > 0 ? Math.floor((100 * doneBytes) / totalBytes) : 100;
    process.stderr.write(`\r${t('backup.progress', { percent })}${doneBytes >= totalBytes ? '\r\u001b[K' : ''}`);
  };
}
