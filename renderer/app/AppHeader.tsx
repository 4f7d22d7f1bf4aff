// The bar above every screen: the app's name, the outbox badge, backups, the shortcuts sheet and the language.
import { useTranslation } from 'react-i18next';
import { useShortcutTitle } from '../keyboard/useShortcutTitle';
import { OutboxBadge } from '../outbox/OutboxBadge';
import type { OutboxState } from '../outbox/useOutbox';
import { LanguageSwitcher } from './LanguageSwitcher';

interface AppHeaderProps {
  outbox: OutboxState;
  onOpenOutbox: () => void;
  onOpenBackups: () => void;
  onShowShortcuts: () => void;
}

export function AppHeader({ outbox, onOpenOutbox, onOpenBackups, onShowShortcuts }: AppHeaderProps) {
  const { t } = useTranslation();
  const shortcutTitle = useShortcutTitle();
  return (
    <header className="app-header">
      <h1 className="app-title">{t('app.title')}</h1>
      <div className="app-header-tools">
        <OutboxBadge outbox={outbox} onOpen={onOpenOutbox} />
        <button type="button" className="quiet" onClick={onOpenBackups} data-testid="open-backups">
          {t('backup.open')}
        </button>
        <button
          type="button"
          className="quiet"
          onClick={onShowShortcuts}
          title={shortcutTitle(t('shortcuts.title'), 'showShortcuts')}
          data-testid="show-shortcuts"
        >
          {t('shortcuts.open')}
        </button>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
