// Settings → Destinations: where filed stories go. Add (the password or token goes to the main process once,
// which seals it with the system's keychain), test the connection for real, remove.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../common/i18n/catalog';
import type { ErrorCode } from '../../common/errors/newsdeskError';
import type { Destination } from '../../contract/schemas/outbox';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { ProblemNotices } from '../components/ProblemNotices';
import { DestinationForm } from './DestinationForm';

export function DestinationsPage({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [destinations, setDestinations] = useState<Destination[]>([]);
  const [results, setResults] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();

  const load = useCallback(async () => setDestinations(await api.listDestinations({})), []);
  useEffect(() => void load(), [load]);

  const test = async (name: string) => {
    setResults((current) => ({ ...current, [name]: t('destinations.testing') }));
    const result = await api.testDestination({ name });
    const text = result.ok ? t('destinations.testOk') : translateError(t, result.error!.code as ErrorCode, result.error!.params);
    setResults((current) => ({ ...current, [name]: text }));
  };
  const remove = async (name: string) => {
    try {
      await api.removeDestination({ name });
      await load();
    } catch (failure) {
      setProblem(toProblem(failure));
    }
  };

  return (
    <main className="library destinations" data-testid="destinations-page">
      <div className="library-bar">
        <h2>{t('destinations.title')}</h2>
        <button type="button" onClick={onBack}>
          {t('outbox.title')}
        </button>
      </div>
      <p className="muted">{t('destinations.intro')}</p>
      <ProblemNotices problems={problem ? [problem] : []} onDismiss={() => setProblem(undefined)} />
      {destinations.length === 0 ? (
        <p className="muted">{t('destinations.none')}</p>
      ) : (
        <ul className="outbox-list">
          {destinations.map((destination) => (
            <li key={destination.id} className="outbox-item" data-testid="destination">
              <div className="outbox-item-main">
                <strong>{destination.name}</strong>
                <span className="muted">{t(`outbox.kinds.${destination.kind}`)}</span>
                <span className="muted small">{where(destination)}</span>
              </div>
              {results[destination.name] && <p className="muted small">{results[destination.name]}</p>}
              <div className="outbox-item-actions">
                <button type="button" onClick={() => void test(destination.name)}>
                  {t('destinations.test')}
                </button>
                <button type="button" className="quiet" onClick={() => void remove(destination.name)}>
                  {t('destinations.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <DestinationForm onAdded={() => void load()} />
    </main>
  );
}

function where({ settings }: Destination): string {
  switch (settings.kind) {
    case 'folder':
      return settings.path;
    case 'email':
      return `${settings.to} · ${settings.smtp}`;
    case 'http':
      return settings.url;
    case 'wordpress':
      return `${settings.url} · ${settings.user}`;
  }
}
