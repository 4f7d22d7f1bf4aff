// The outbox: every filing with its state, attempts, when it goes next or went, the last error in plain
// words, and Retry (failed, cancelled) or Cancel (waiting, failed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../common/i18n/catalog';
import type { ErrorCode } from '../../common/errors/newsdeskError';
import type { OutboxItem } from '../../contract/schemas/outbox';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { ProblemNotices } from '../components/ProblemNotices';
import { formatTimestamp } from '../app/formatTimestamp';
import type { OutboxState } from './useOutbox';

interface OutboxViewProps {
  outbox: OutboxState;
  onBack: () => void;
  onDestinations: () => void;
}

export function OutboxView({ outbox, onBack, onDestinations }: OutboxViewProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem>();
  const act = async (work: () => Promise<unknown>) => {
    try {
      setProblem(undefined);
      await work();
      await outbox.refresh();
    } catch (failure) {
      setProblem(toProblem(failure));
    }
  };
  return (
    <main className="library outbox" data-testid="outbox-view">
      <div className="library-bar">
        <h2>{t('outbox.title')}</h2>
        <div className="library-actions">
          <button type="button" onClick={onDestinations} data-testid="open-destinations">
            {t('destinations.title')}
          </button>
          <button type="button" onClick={onBack}>
            {t('outbox.back')}
          </button>
        </div>
      </div>
      <ProblemNotices problems={problem ? [problem] : []} onDismiss={() => setProblem(undefined)} />
      {outbox.items.length === 0 ? (
        <p className="muted">{t('outbox.empty')}</p>
      ) : (
        <ul className="outbox-list">
          {outbox.items.map((item) => (
            <OutboxRow key={item.id} item={item} onRetry={() => void act(() => api.retryOutboxItem({ id: item.id }))} onCancel={() => void act(() => api.cancelOutboxItem({ id: item.id }))} />
          ))}
        </ul>
      )}
    </main>
  );
}

function OutboxRow({ item, onRetry, onCancel }: { item: OutboxItem; onRetry: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatTimestamp(iso, i18n.language);
  return (
    <li className={`outbox-item is-${item.state}`} data-testid="outbox-item" data-state={item.state}>
      <div className="outbox-item-main">
        <span className={`outbox-state is-${item.state}`}>{t(`outbox.states.${item.state}`)}</span>
        <strong className="outbox-headline">{item.headline || t('library.untitled')}</strong>
        <span className="muted">→ {item.destination}</span>
      </div>
      <div className="outbox-item-detail muted small">
        {item.revision !== null && <span data-testid="outbox-revision">{t('outbox.revision', { revision: item.revision })}</span>}
        <span>{t('outbox.attempts', { count: item.attempts })}</span>
        {item.state === 'queued' && item.nextAttemptAt && item.attempts > 0 && <span>{t('outbox.nextAttempt', { time: when(item.nextAttemptAt) })}</span>}
        {item.state === 'sent' && item.sentAt && <span>{t('outbox.sentAt', { time: when(item.sentAt) })}</span>}
        {item.state === 'sent' && item.receipt && <span>{t('outbox.receipt', { receipt: item.receipt })}</span>}
      </div>
      {item.error && item.state !== 'sent' && (
        <p className="outbox-error" data-testid="outbox-error">
          {translateError(t, item.error.code as ErrorCode, item.error.params)}
        </p>
      )}
      <div className="outbox-item-actions">
        {(item.state === 'failed' || item.state === 'cancelled') && (
          <button type="button" onClick={onRetry} data-testid="outbox-retry">
            {t('outbox.retry')}
          </button>
        )}
        {(item.state === 'queued' || item.state === 'failed') && (
          <button type="button" className="quiet" onClick={onCancel} data-testid="outbox-cancel">
            {t('outbox.cancel')}
          </button>
        )}
      </div>
    </li>
  );
}
