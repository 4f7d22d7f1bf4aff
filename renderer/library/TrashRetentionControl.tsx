// "Keep trashed articles for N days": the trash's retention setting, applied with a button, never per keystroke
// (typing 14 passes through 1, and a shorter time purges at once what it no longer keeps).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/apiClient';

const maxDays = 3650;

interface TrashRetentionControlProps {
  days: number;
  onApplied: (days: number) => void;
  onError: (failure: unknown) => void;
}

export function TrashRetentionControl({ days, onApplied, onError }: TrashRetentionControlProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [value, setValue] = useState(String(days));
  useEffect(() => setValue(String(days)), [days]);
  const wanted = Number(value);
  const valid = Number.isInteger(wanted) && wanted >= 1 && wanted <= maxDays;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || wanted === days) return;
    api.setTrashRetention({ days: wanted }).then(({ days: applied }) => onApplied(applied), onError);
  };

  return (
    <form className="trash-retention" onSubmit={apply} data-testid="trash-retention">
      <label htmlFor={inputId}>{t('libraryView.trashKeepBefore')}</label>
      <input
        id={inputId}
        type="number"
        min={1}
        max={maxDays}
        step={1}
        value={value}
        aria-describedby={`${inputId}-unit`}
        aria-invalid={!valid}
        onChange={(event) => setValue(event.target.value)}
        data-testid="trash-retention-days"
      />
      <span id={`${inputId}-unit`}>{t('libraryView.trashKeepAfter')}</span>
      <button type="submit" disabled={!valid || wanted === days} data-testid="trash-retention-apply">
        {t('libraryView.trashKeepApply')}
      </button>
    </form>
  );
}
