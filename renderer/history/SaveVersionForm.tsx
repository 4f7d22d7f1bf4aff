// "Save version…": the current text as a labelled revision ("sent to desk"), kept whatever its age.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SaveVersionFormProps {
  onSave: (label: string) => Promise<void>;
  onCancel: () => void;
}

export function SaveVersionForm({ onSave, onCancel }: SaveVersionFormProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return;
    setBusy(true);
    try {
      await onSave(label.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="history-save-version" onSubmit={(event) => void submit(event)} data-testid="save-version-form">
      <label className="field">
        <span>{t('history.labelField')}</span>
        <input
          value={label}
          maxLength={200}
          placeholder={t('history.labelPlaceholder')}
          onChange={(event) => setLabel(event.target.value)}
          onKeyDown={(event) => {
            // Escape closes this form, not the whole panel.
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
          autoFocus
          data-testid="save-version-label"
        />
      </label>
      <button type="submit" className="primary" disabled={busy || !label.trim()} data-testid="save-version-confirm">
        {t('history.saveVersionConfirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('history.cancel')}
      </button>
    </form>
  );
}
