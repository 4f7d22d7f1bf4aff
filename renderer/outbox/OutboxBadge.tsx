// The header's way to the outbox, with the count of stories still waiting to go, and the notices of
// deliveries since the page last looked.
import { useTranslation } from 'react-i18next';
import type { OutboxState } from './useOutbox';

export function OutboxBadge({ outbox, onOpen }: { outbox: OutboxState; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="outbox-badge" onClick={onOpen} data-testid="outbox-badge" title={t('outbox.badge', { count: outbox.waiting })}>
      {t('outbox.title')}
      {outbox.waiting > 0 && (
        <span className="badge-count" aria-label={t('outbox.badge', { count: outbox.waiting })} data-testid="outbox-waiting">
          {outbox.waiting}
        </span>
      )}
    </button>
  );
}

export function DeliveredNotices({ outbox }: { outbox: OutboxState }) {
  const { t } = useTranslation();
  if (outbox.delivered.length === 0) return null;
  return (
    <div className="delivered-notices" role="status" data-testid="delivered-notices">
      {outbox.delivered.map((item) => (
        <p key={item.id} className="delivered-notice">
          <span>{t('outbox.delivered', { headline: item.headline || t('library.untitled'), destination: item.destination })}</span>
          <button type="button" className="quiet" onClick={() => outbox.dismiss(item.id)} aria-label={t('outbox.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
