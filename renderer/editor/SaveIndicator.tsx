import { useTranslation } from 'react-i18next';
import type { SaveState } from './autosaver';
import { describeError } from '../api/describeError';

export function SaveIndicator({ state, error }: { state: SaveState; error: unknown }) {
  const { t } = useTranslation();
  const label = state === 'failed' ? t('saveState.failed', { message: describeError(t, error) }) : t(`saveState.${state}`);
  return (
    <span className={`save-state save-state-${state}`} role="status" aria-live="polite" data-save-state={state}>
      {label}
    </span>
  );
}
