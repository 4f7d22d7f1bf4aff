// The window's (or the tab's) title: "headline — Newsdesk" while an article is open, else "Newsdesk", so
// the task bar and the browser's tabs tell stories apart.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(headline?: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    const name = headline?.trim();
    document.title = name ? t('app.windowTitle', { headline: name }) : t('app.title');
  }, [headline, t]);
}
