import { describe, expect, it } from 'vitest';
import { isApplePlatform, shortcutLabel } from './shortcutLabel';

describe('shortcutLabel', () => {
  it('writes shortcuts the Mac way', () => {
    expect(shortcutLabel('Mod-b', true)).toBe('⌘B');
    expect(shortcutLabel('Mod-Shift-z', true)).toBe('⌘⇧Z');
    expect(shortcutLabel('Mod-Alt-2', true)).toBe('⌘⌥2');
  });
  it('writes shortcuts the Windows and Linux way', () => {
    expect(shortcutLabel('Mod-b', false)).toBe('Ctrl+B');
    expect(shortcutLabel('Mod-Shift-7', false)).toBe('Ctrl+Shift+7');
    expect(shortcutLabel('Shift-Enter', false)).toBe('Shift+Enter');
  });
  it('recognises Apple platforms', () => {
    expect(isApplePlatform({ platform: 'MacIntel', userAgent: '' })).toBe(true);
    expect(isApplePlatform({ platform: 'Linux x86_64', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
    expect(isApplePlatform({ platform: 'Win32', userAgent: '' })).toBe(false);
  });
});
