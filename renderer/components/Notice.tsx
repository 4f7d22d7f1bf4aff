// A message above the work: an error (role=alert, read out at once) or a notice (role=status, read out when
// the reader pauses), with a button to dismiss it. Its words are made when it renders, in the current language.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NoticeProps {
  tone: 'error' | 'info';
  children: ReactNode;
  onDismiss?: () => void;
  testId?: string;
}

export function Notice({ tone, children, onDismiss, testId }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className="notice-text">{children}</span>
      {onDismiss && (
        <button type="button" className="quiet notice-dismiss" aria-label={t('notice.dismiss')} title={t('notice.dismiss')} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
