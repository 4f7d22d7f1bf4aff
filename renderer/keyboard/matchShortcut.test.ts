import { describe, expect, it } from 'vitest';
import { matchesShortcut } from './matchShortcut';

const press = (key: string, code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('matchesShortcut', () => {
  it('reads Mod as Ctrl off a Mac and ⌘ on one', () => {
    expect(matchesShortcut(press('e', 'KeyE', { ctrlKey: true }), 'Mod-e', false)).toBe(true);
    expect(matchesShortcut(press('e', 'KeyE', { metaKey: true }), 'Mod-e', false)).toBe(false);
    expect(matchesShortcut(press('e', 'KeyE', { metaKey: true }), 'Mod-e', true)).toBe(true);
    expect(matchesShortcut(press('e', 'KeyE', { ctrlKey: true }), 'Mod-e', true)).toBe(false);
  });
  it('matches letters by the physical key, so Option+N on a Mac still counts', () => {
    expect(matchesShortcut(press('˜', 'KeyN', { metaKey: true, altKey: true }), 'Mod-Alt-n', true)).toBe(true);
    expect(matchesShortcut(press('n', 'KeyN', { ctrlKey: true }), 'Mod-Alt-n', false)).toBe(false);
    expect(matchesShortcut(press('N', 'KeyN', { ctrlKey: true, altKey: true, shiftKey: true }), 'Mod-Alt-n', false)).toBe(false);
  });
  it('matches named keys and the slash, with or without Shift on the slash key', () => {
    expect(matchesShortcut(press('ArrowLeft', 'ArrowLeft', { altKey: true }), 'Alt-ArrowLeft', false)).toBe(true);
    expect(matchesShortcut(press('ArrowLeft', 'ArrowLeft'), 'Alt-ArrowLeft', false)).toBe(false);
    expect(matchesShortcut(press('/', 'Slash', { ctrlKey: true }), 'Mod-/', false)).toBe(true);
    expect(matchesShortcut(press('?', 'Slash', { ctrlKey: true, shiftKey: true }), 'Mod-/', false)).toBe(true);
  });
});
