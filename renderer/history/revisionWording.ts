// How a revision is named in the list: why it was recorded (with its label, or the version it restored) and
// how much it changed, in the reader's language.
import type { TFunction } from 'i18next';
import type { Revision } from '../../contract/schemas/revision';

export function revisionReason(t: TFunction, revision: Revision): string {
  const reason = t(`history.reason.${revision.reason}`);
  if (revision.restoredFrom !== null) return `${reason} ${t('history.restoredFrom', { revision: revision.restoredFrom })}`;
  return reason;
}

/** Words more or fewer than the revision before it. */
export function changeSize(t: TFunction, revision: Revision): string {
  const change = revision.wordsChanged;
  if (change > 0) return t('history.more', { count: change });
  if (change < 0) return t('history.fewer', { count: -change });
  return t('history.sameLength');
}
