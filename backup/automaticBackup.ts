// When an automatic backup is due: daily, and at quit, but only when the library changed since the last good
// backup (a marker comparison, no reading of the library). Pure, so the rule is tested on its own.
import type { BackupState, LibraryMarker } from './backupState';
import { sameMarker } from './libraryMarker';
import { localDay } from './retention';

export type AutomaticReason = 'daily' | 'quit';

export function automaticBackupDue(state: BackupState, marker: LibraryMarker, now: Date, reason: AutomaticReason, offsetMinutes = -now.getTimezoneOffset()): boolean {
  if (state.last && sameMarker(state.last.marker, marker)) return false;
  if (reason === 'quit' || !state.last) return true;
  return localDay(new Date(state.last.at), offsetMinutes) !== localDay(now, offsetMinutes);
}
