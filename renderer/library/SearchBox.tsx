// The library's search box, a combobox over the results list: ↑/↓ choose a hit, Enter opens it, Escape
// clears the box (and with it the results). Ctrl+F (⌘F) anywhere in the library comes here.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcutTitle } from '../keyboard/useShortcutTitle';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Id of the results list, and of the hit ↑/↓ chose (for assistive technology). */
  resultsId: string;
  activeId: string | undefined;
  expanded: boolean;
  onMove: (step: 1 | -1) => void;
  onEnter: () => void;
}

export function SearchBox({ value, onChange, resultsId, activeId, expanded, onMove, onEnter }: SearchBoxProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const shortcutTitle = useShortcutTitle();

  useEffect(() => {
    const focusSearch = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', focusSearch);
    return () => window.removeEventListener('keydown', focusSearch);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // an IME is still composing: its keys are not commands
    if (event.key === 'Escape') {
      event.preventDefault();
      onChange('');
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    }
  };

  return (
    <label className="library-search">
      <span className="visually-hidden">{t('libraryView.searchLabel')}</span>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={resultsId}
        aria-activedescendant={activeId}
        spellCheck={false}
        autoComplete="off"
        placeholder={t('libraryView.searchPlaceholder')}
        title={shortcutTitle(t('libraryView.searchLabel'), 'search')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="library-search"
      />
    </label>
  );
}
