// The app's own shortcuts, written once: the key handler, the tooltips and the "Keyboard shortcuts" sheet all
// read them from here, so what is shown is what works. Inside Electron the File menu owns Ctrl+N, Ctrl+O and
// Ctrl+E; in a browser Ctrl+N is the browser's own, so New article also answers to Ctrl+Alt+N everywhere.

export type AppCommand = 'newArticle' | 'showLibrary' | 'search' | 'importArticle' | 'exportArticle' | 'showHistory' | 'showShortcuts';

export interface AppShortcut {
  command: AppCommand;
  /** TipTap notation. */
  keys: string[];
  /** Where it works, for the sheet. */
  where: 'anywhere' | 'library' | 'editor';
}

export const appShortcuts: AppShortcut[] = [
  { command: 'newArticle', keys: ['Mod-Alt-n'], where: 'anywhere' },
  { command: 'importArticle', keys: ['Mod-o'], where: 'anywhere' },
  { command: 'search', keys: ['Mod-f'], where: 'library' },
  { command: 'exportArticle', keys: ['Mod-e'], where: 'editor' },
  { command: 'showLibrary', keys: ['Alt-ArrowLeft'], where: 'editor' },
  { command: 'showHistory', keys: ['Mod-Shift-h'], where: 'editor' },
  { command: 'showShortcuts', keys: ['Mod-/'], where: 'anywhere' },
];

export function shortcutOf(command: AppCommand): string {
  return appShortcuts.find((shortcut) => shortcut.command === command)!.keys[0]!;
}
