// Shortcuts are written once in TipTap's notation (`Mod-Shift-z`) and shown the way each platform writes
// them: `⌘⇧Z` on a Mac, `Ctrl+Shift+Z` elsewhere.

export function isApplePlatform(nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator): boolean {
  return /Mac|iPhone|iPad/i.test(nav.platform || nav.userAgent);
}

const keyNames: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };
const appleSymbols: Record<string, string> = { ...keyNames, Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃', Enter: '↩' };
const otherNames: Record<string, string> = { ...keyNames, Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt', Ctrl: 'Ctrl', Enter: 'Enter' };

export function shortcutLabel(shortcut: string, apple: boolean): string {
  const parts = shortcut.split('-').map((part) => {
    const names = apple ? appleSymbols : otherNames;
    return names[part] ?? (part.length === 1 ? part.toUpperCase() : part);
  });
  return parts.join(apple ? '' : '+');
}
