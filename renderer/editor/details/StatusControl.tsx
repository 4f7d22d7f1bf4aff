// draft → ready → filed. A change is saved at once (not debounced) and remembered with its time.
import { useTranslation } from 'react-i18next';
import { articleStatuses } from '../../../contract/constants';
import type { ArticleStatus } from '../../../contract/schemas/article';
import { formatTimestamp } from '../../app/formatTimestamp';

interface StatusControlProps {
  status: ArticleStatus;
  since: string | undefined;
  onChange: (status: ArticleStatus) => void;
}

export function StatusControl({ status, since, onChange }: StatusControlProps) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="status-control">
      <legend>{t('details.status')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('details.status')}>
        {articleStatuses.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={option === status}
            className={option === status ? `is-active status-${option}` : undefined}
            data-status={option}
            onClick={() => option !== status && onChange(option)}
          >
            {t(`status.${option}`)}
          </button>
        ))}
      </div>
      {since && <p className="muted small">{t('details.statusSince', { when: formatTimestamp(since, i18n.language) })}</p>}
    </fieldset>
  );
}
