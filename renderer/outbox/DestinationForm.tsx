// Adding a destination: a name, a kind, that kind's fields, and its password or token when it has one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { destinationKinds } from '../../contract/constants';
import type { DestinationKind, DestinationSettings } from '../../contract/schemas/outbox';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { ProblemNotices } from '../components/ProblemNotices';

/** Each kind's fields, with the catalog key of its label. */
const fieldsOf = {
  folder: [['path', 'destinations.fields.folder.path']],
  email: [
    ['to', 'destinations.fields.email.to'],
    ['smtp', 'destinations.fields.email.smtp'],
  ],
  http: [['url', 'destinations.fields.http.url']],
  wordpress: [
    ['url', 'destinations.fields.wordpress.url'],
    ['user', 'destinations.fields.wordpress.user'],
  ],
} as const satisfies Record<DestinationKind, readonly (readonly [string, string])[]>;

export function DestinationForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DestinationKind>('folder');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<Problem>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setProblem(undefined);
      const settings = { kind, ...Object.fromEntries(fieldsOf[kind].map(([field]) => [field, fields[field] ?? ''])) } as DestinationSettings;
      await api.addDestination({ name, settings, ...(kind !== 'folder' && secret ? { secret } : {}) });
      setName('');
      setFields({});
      setSecret('');
      onAdded();
    } catch (failure) {
      setProblem(toProblem(failure));
    }
  };

  return (
    <form className="destination-form" onSubmit={(event) => void submit(event)} data-testid="destination-form">
      <h3>{t('destinations.add')}</h3>
      <label>
        <span>{t('destinations.name')}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} required data-testid="destination-name" />
      </label>
      <label>
        <span>{t('destinations.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as DestinationKind)} data-testid="destination-kind">
          {destinationKinds.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`outbox.kinds.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      {fieldsOf[kind].map(([field, label]) => (
        <label key={field}>
          <span>{t(label)}</span>
          <input value={fields[field] ?? ''} onChange={(event) => setFields((current) => ({ ...current, [field]: event.target.value }))} required data-testid={`destination-${field}`} />
        </label>
      ))}
      {kind !== 'folder' && (
        <label>
          <span>{t(`destinations.secret.${kind}`)}</span>
          <input type="password" autoComplete="off" value={secret} onChange={(event) => setSecret(event.target.value)} data-testid="destination-secret" />
        </label>
      )}
      <ProblemNotices problems={problem ? [problem] : []} onDismiss={() => setProblem(undefined)} />
      <div className="dialog-actions">
        <button type="submit" className="primary" data-testid="destination-add">
          {t('destinations.addButton')}
        </button>
      </div>
    </form>
  );
}
