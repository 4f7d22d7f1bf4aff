// A control's tooltip with its shortcut: "New article (Ctrl+Alt+N)", "Export… (⌘E)".
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApplePlatform, shortcutLabel } from '../editor/toolbar/shortcutLabel';
import { shortcutOf, type AppCommand } from './appShortcuts';

const apple = isApplePlatform();

export function useShortcutTitle(): (name: string, command: AppCommand) => string {
  const { t } = useTranslation();
  return useCallback((name, command) => t('toolbar.withShortcut', { name, shortcut: shortcutLabel(shortcutOf(command), apple) }), [t]);
}
