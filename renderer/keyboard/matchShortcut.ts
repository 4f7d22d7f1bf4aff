// Whether a key press is a shortcut written in TipTap's notation (`Mod-Alt-n`, `Mod-/`, `Alt-ArrowLeft`).
// Letters match by the physical key (event.code), so Alt+N still counts on a Mac, where Option+N types "˜".

export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, shortcut: string, apple: boolean): boolean {
  const parts = shortcut.split('-');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const mod = apple ? event.metaKey : event.ctrlKey;
  const ctrl = wants.has('Ctrl') || (wants.has('Mod') && !apple);
  const meta = wants.has('Mod') && apple;
  if (mod !== wants.has('Mod')) return false;
  if (event.ctrlKey !== ctrl || event.metaKey !== meta) return false;
  if (event.altKey !== wants.has('Alt')) return false;
  // `/` and `?` share a key on many layouts: Shift is not asked for with punctuation.
  if (/^[a-z]$/i.test(key)) return event.shiftKey === wants.has('Shift') && event.code === `Key${key.toUpperCase()}`;
  if (event.shiftKey !== wants.has('Shift') && key.length > 1) return false;
  return event.key === key || (key === '/' && event.code === 'Slash');
}
