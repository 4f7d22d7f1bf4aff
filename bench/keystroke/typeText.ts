// Typing through the Chrome DevTools Protocol, one key event per character. Playwright's keyboard.press only
// knows the US layout and keyboard.type sends `ộ` as bare text with no keydown; a Vietnamese layout (or
// Unikey's committed characters) gives a keydown carrying the character, which is what is sent here.
import type { CDPSession, Page } from 'playwright-core';

function keyFields(char: string) {
  const upper = char.toUpperCase();
  if (char === ' ') return { key: ' ', code: 'Space', windowsVirtualKeyCode: 32 };
  if (/^[a-z]$/i.test(char)) return { key: char, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0) };
  if (/^[0-9]$/.test(char)) return { key: char, code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0) };
  if (char === ',') return { key: char, code: 'Comma', windowsVirtualKeyCode: 188 };
  if (char === '.') return { key: char, code: 'Period', windowsVirtualKeyCode: 190 };
  // A character off the US layout: no physical key code, as Chromium reports a layout's or an IME's character.
  return { key: char, code: '', windowsVirtualKeyCode: 0 };
}

/** Presses and releases the key for one character; resolves once Chromium has handled both events. */
export async function typeCharacter(cdp: CDPSession, char: string): Promise<void> {
  const fields = keyFields(char);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...fields, text: char, unmodifiedText: char });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...fields });
}

/** Waits for the next frame and the tasks queued behind it, as a person's next key would. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
