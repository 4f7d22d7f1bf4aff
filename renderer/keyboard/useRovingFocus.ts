// The WAI-ARIA roving tabindex for a toolbar: the group is one Tab stop (the item last used, or the first
// that can be used), ←/→ move between its items and Home/End jump to the ends. Disabled items are passed.
import { useState, type KeyboardEvent } from 'react';

const steps: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

export function useRovingFocus(itemSelector: string) {
  const [current, setCurrent] = useState<string>();

  /** The id holding the Tab stop among the ids that can be used now. */
  const tabStop = (enabledIds: string[]) => (current !== undefined && enabledIds.includes(current) ? current : enabledIds[0]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = steps[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(itemSelector)).filter((item) => !item.matches(':disabled'));
    if (items.length === 0) return;
    event.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const index =
      step === 'first' ? 0 : step === 'last' ? items.length - 1 : step === 'next' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
    const target = items[index]!;
    target.focus();
    setCurrent(target.dataset.rovingId);
  };

  return { tabStop, onKeyDown, onItemFocus: setCurrent };
}
