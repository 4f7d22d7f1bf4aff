// The small menu over a finding: its message, the suggestions, "Add to dictionary", "Ignore here", and for
// house-style kinds "Fix all in this article". Arrow keys move, Enter chooses, Escape closes and puts the
// caret back in the text.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { isStyleKind } from '../../common/spelling/findings';
import { currentFindings } from '../editor/extensions/spellcheck';
import type { SpellingState } from './useSpelling';

interface SpellingMenuProps {
  editor: Editor;
  spelling: SpellingState;
}

export function SpellingMenu({ editor, spelling }: SpellingMenuProps) {
  const { t } = useTranslation();
  const menuRef = useRef<HTMLDivElement>(null);
  const { menu } = spelling;
  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [menu?.finding, menu?.suggestions]);
  // A press anywhere else closes the menu (the click that opened it lands in the text, before it exists).
  useEffect(() => {
    if (!menu) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) spelling.closeMenu();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [menu, spelling]);
  if (!menu) return null;
  const { finding } = menu;
  const close = () => {
    spelling.closeMenu();
    // At once, not in a later frame as the focus command does: a key pressed right after Escape (the
    // context-menu key again) belongs to the text, and a late focus would take it from a menu opened meanwhile.
    editor.view.focus();
  };
  const act = (run: () => void) => () => {
    run();
    close();
  };
  const sameKind = currentFindings(editor.state).filter((other) => other.kind === finding.kind).length;
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') buttons[(index + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp') buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={menuRef}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menuLabel', { text: finding.text })}
      data-testid="spelling-menu"
      style={{ left: menu.at.left, top: menu.at.bottom + 4 }}
      onKeyDown={onKeyDown}
    >
      <p className="spelling-menu-message">{t(`spelling.message.${finding.message}`)}</p>
      {menu.suggestions === undefined && <p className="spelling-menu-note">{t('spelling.checking')}</p>}
      {menu.suggestions?.length === 0 && <p className="spelling-menu-note">{t('spelling.noSuggestions')}</p>}
      {menu.suggestions?.map((suggestion) => (
        <button key={suggestion} type="button" role="menuitem" className="spelling-suggestion" onClick={act(() => editor.commands.fixFinding(finding, suggestion))}>
          {suggestion.trim() === '' ? t('spelling.removeSpace') : suggestion}
        </button>
      ))}
      <hr />
      {!isStyleKind(finding.kind) && (
        <button type="button" role="menuitem" onClick={act(() => void spelling.addToDictionary(finding.text))}>
          {t('spelling.addToDictionary')}
        </button>
      )}
      <button type="button" role="menuitem" onClick={act(() => editor.commands.ignoreFinding(finding))}>
        {t('spelling.ignore')}
      </button>
      {isStyleKind(finding.kind) && (
        <button type="button" role="menuitem" onClick={act(() => editor.commands.fixAllOfKind(finding.kind))}>
          {t('spelling.fixAll', { count: sameKind })}
        </button>
      )}
    </div>
  );
}
