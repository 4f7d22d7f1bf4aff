// Running the automatic rule (automaticBackup.ts) for a running app: at start and every hour ("daily": when the
// last good backup is from another day and something changed) and at quit (when something changed). One backup
// at a time. A failure (the USB stick pulled, a full or read-only folder) is recorded in backups.json as an
// error code for Settings to show in the reader's language, and never thrown: the app keeps working.
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { isNewsdeskError } from '../common/errors/newsdeskError';
import { automaticBackupDue, type AutomaticReason } from './automaticBackup';
import { backupToFolder } from './backupLibrary';
import { automaticBackupsOn, readBackupState, updateBackupState } from './backupState';
import { libraryMarker } from './libraryMarker';
import { sweepTempFiles } from './tempFiles';

export type AutomaticOutcome =
  | { kind: 'off' }
  | { kind: 'notDue' }
  | { kind: 'made'; path: string }
  | { kind: 'failed'; code: string; params: Record<string, string | number> };

export interface AutomaticBackupsOptions {
  now?: () => Date;
  /** Told of every backup made or failed (the shell logs it). */
  onOutcome?: (outcome: AutomaticOutcome) => void;
}

export const checkEveryMs = 60 * 60 * 1000;

export class AutomaticBackups {
  private running: Promise<AutomaticOutcome> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** The sweep at start of what killed backups left in the folder; a backup waits for it. */
  private leftoversSwept: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly library: { db: Database; dataDir: string },
    private readonly options: AutomaticBackupsOptions = {},
  ) {}

  /**
   * Backs up when the rule says so, one backup at a time: a call while one runs checks again once it is done
   * (a change made during the daily backup is still backed up at quit; nothing new, and it does nothing).
   */
  run(reason: AutomaticReason): Promise<AutomaticOutcome> {
    const next = (this.running ?? Promise.resolve()).then(() => this.runOnce(reason));
    this.running = next;
    void next.finally(() => {
      if (this.running === next) this.running = undefined;
    });
    return next;
  }

  /**
   * A first check now, then one every hour; the timer does not keep the process alive. First, the temporary
   * files a killed backup left in the folder (a quit past its time limit) are swept: ours by name, their
   * process gone (sweepTempFiles), so a backup into the folder from a running CLI keeps its own.
   */
  start(intervalMs = checkEveryMs): void {
    this.stop();
    const { autoFolder } = readBackupState(this.library.dataDir);
    if (autoFolder) this.leftoversSwept = sweepTempFiles(path.resolve(autoFolder)).catch(() => 0);
    void this.run('daily');
    this.timer = setInterval(() => void this.run('daily'), intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Whether quitting now would back up: on, with a folder, and the library changed since the last good backup. */
  dueAtQuit(): boolean {
    const state = readBackupState(this.library.dataDir);
    if (!automaticBackupsOn(state)) return false;
    return automaticBackupDue(state, libraryMarker(this.library.dataDir), this.now(), 'quit');
  }

  /**
   * The backup at quit, given at most `limitMs`: past that the quit goes on, and the unfinished backup leaves
   * only temporary files, swept at the next start (or by the next backup into that folder).
   */
  async atQuit(limitMs: number): Promise<AutomaticOutcome | { kind: 'timedOut' }> {
    this.stop();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<{ kind: 'timedOut' }>((resolve) => (timer = setTimeout(() => resolve({ kind: 'timedOut' }), limitMs)));
    try {
      return await Promise.race([this.run('quit'), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async runOnce(reason: AutomaticReason): Promise<AutomaticOutcome> {
    await this.leftoversSwept;
    const { db, dataDir } = this.library;
    const state = readBackupState(dataDir);
    if (!automaticBackupsOn(state)) return { kind: 'off' };
    const now = this.now();
    if (!automaticBackupDue(state, libraryMarker(dataDir), now, reason)) return { kind: 'notDue' };
    let outcome: AutomaticOutcome;
    try {
      const result = await backupToFolder(db, dataDir, state.autoFolder, { now });
      outcome = { kind: 'made', path: result.made ? result.backup.path : result.path };
    } catch (error) {
      const code = isNewsdeskError(error) ? error.code : 'internal';
      const params = isNewsdeskError(error) ? error.params : { detail: error instanceof Error ? error.message : String(error) };
      outcome = { kind: 'failed', code, params };
      await updateBackupState(dataDir, (current) => ({ ...current, lastFailure: { at: now.toISOString(), code, params } })).catch(() => undefined);
    }
    this.options.onOutcome?.(outcome);
    return outcome;
  }
}
