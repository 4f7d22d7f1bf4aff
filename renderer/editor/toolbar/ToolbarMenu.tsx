// A toolbar button that opens a menu of commands (the WAI-ARIA menu button): Enter, Space or ↓ opens it on
// its first entry (↑ on its last), ↑/↓/Home/End move, Escape closes it back onto the button, Tab and ←/→
// close it and go on as from the button. Entries that cannot run now stay in the menu, marked aria-disabled,
// so what the menu offers can always be read.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ToolbarMenuEntry {
  id: string;
  name: string;
  icon?: ReactNode;
  enabled: boolean;
  run: () => void;
}

interface ToolbarMenuProps {
  id: string;
  name: string;
  icon: ReactNode;
  entries: ToolbarMenuEntry[];
  disabled: boolean;
  tabIndex: number;
  onFocus: () => void;
}

export function ToolbarMenu({ id, name, icon, entries, disabled, tabIndex, onFocus }: ToolbarMenuProps) {
  const [open, setOpen] = useState<'first' | 'last' | false>(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => [...(wrapper.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = items();
    (open === 'first' ? all[0] : all[all.length - 1])?.focus();
    // A press anywhere outside closes it (toolbar buttons keep the focus where it was, so blur is not enough).
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  useEffect(() => {
    if (disabled) setOpen(false);
  }, [disabled]);

  /** Closes the menu with the focus back on its button, so Tab and the toolbar's arrows go on from there. */
  const closeOntoButton = () => {
    button.current?.focus();
    setOpen(false);
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') closeOntoButton();
    else {
      // The toolbar moves on from the button (←/→), the browser to the next Tab stop (Tab).
      if (event.key === 'Tab' || event.key === 'ArrowLeft' || event.key === 'ArrowRight') closeOntoButton();
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={wrapper}
      className="toolbar-menu"
      onBlur={(event) => {
        if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`toolbar-button toolbar-menu-button${open ? ' is-open' : ''}`}
        title={name}
        aria-label={name}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open !== false ? `${id}-list` : undefined}
        data-action={id}
        data-roving-id={id}
        tabIndex={tabIndex}
        disabled={disabled}
        onFocus={onFocus}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={onButtonKeyDown}
      >
        {icon}
        <svg className="toolbar-menu-chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {open !== false && (
        <div id={`${id}-list`} className="toolbar-menu-list" role="menu" aria-label={name} onKeyDown={onMenuKeyDown}>
          {entries.map((entry) => (
            <button
              key={entry.id}
              type="button"
              role="menuitem"
              className="toolbar-menu-item"
              tabIndex={-1}
              aria-disabled={!entry.enabled}
              data-action={entry.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                if (!entry.enabled) return;
                setOpen(false);
                entry.run();
              }}
            >
              {entry.icon}
              <span>{entry.name}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
