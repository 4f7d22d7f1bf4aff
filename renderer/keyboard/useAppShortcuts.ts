// One key handler for the app's own shortcuts (appShortcuts.ts). Inside Electron the File menu already
// answers to Ctrl+O and Ctrl+E, so the page leaves those keys to it there.
import { useEffect, useRef } from 'react';
import { isApplePlatform } from '../editor/toolbar/shortcutLabel';
import { appShortcuts, type AppCommand } from './appShortcuts';
import { matchesShortcut } from './matchShortcut';

const apple = isApplePlatform();
const menuOwned: AppCommand[] = ['importArticle', 'exportArticle'];

/** Commands the current screen can carry out; the others' keys are left alone. */
export type CommandHandlers = Partial<Record<AppCommand, () => void>>;

export function useAppShortcuts(handlers: CommandHandlers, insideElectron: boolean): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.defaultPrevented) return;
      for (const { command, keys } of appShortcuts) {
        const run = latest.current[command];
        if (!run || (insideElectron && menuOwned.includes(command))) continue;
        if (keys.some((keysOf) => matchesShortcut(event, keysOf, apple))) {
          event.preventDefault();
          run();
          return;
        }
      }
    };
    // Capturing, so the body editor's own keymap does not see (and eat) the app's keys first.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [insideElectron]);
}
