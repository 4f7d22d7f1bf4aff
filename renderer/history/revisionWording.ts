// How a revision is named in the list: why it was recorded (with its label, or the version it restored) and
// how much it changed, in the reader's language.
import type { TFunction } from 'i18next';
import type { Revision } from '../../contract/schemas/revision';

export function revisionReason(t: TFunction, revision: Revision): string {
  const reason = t(`history.reason.${revision.reason}`);
  if (revision.restoredFrom !== null) return `${reason} ${t('history.restoredFrom', { revision: revision.restoredFrom })}`;
  return reason;
}

/** Words added and removed since the revision before it: a same-length rewording still shows. */
export function changeSize(t: TFunction, revision: Revision): string {
  if (revision.added === 0 && revision.removed === 0) return t('history.unchanged');
  return t('history.changed', { added: revision.added, removed: revision.removed });
}
