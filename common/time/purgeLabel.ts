// "deleted for good in N days" for a trashed article: when the trash's retention will purge it. The app's
// trash and `newsdesk list --trash` say it with the same words.
import type { TFunction } from 'i18next';
import { daysUntil } from './daysUntil';

export function purgeLabel(t: TFunction, purgeAt: string, now: Date = new Date()): string {
  const days = daysUntil(purgeAt, now);
  return days === 0 ? t('libraryView.purgeToday') : t('libraryView.purgeIn', { count: days });
}
