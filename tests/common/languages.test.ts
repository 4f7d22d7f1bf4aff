import { describe, expect, it } from 'vitest';
import { defaultLanguage, isLanguage, languageFromEnv } from '../../common/i18n/languages';

describe('languageFromEnv', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'vi_VN.UTF-8' }, 'vi'],
    [{ LANG: 'vi' }, 'vi'],
    [{ LANG: 'VI_VN.UTF-8' }, 'vi'],
    [{ LANG: 'fr_FR.UTF-8' }, 'en'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' }, 'vi'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' }, 'vi'],
    [{ LC_ALL: '', LANG: 'vi_VN.UTF-8' }, 'vi'],
    [{ NEWSDESK_LANG: 'vi', LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' }, 'vi'],
    [{ NEWSDESK_LANG: 'en', LANG: 'vi_VN.UTF-8' }, 'en'],
    [{ NEWSDESK_LANG: 'vi' }, 'vi'],
  ] as [Record<string, string>, string][])('%j → %s', (env, expected) => {
    expect(languageFromEnv(env)).toBe(expected);
  });
});

describe('isLanguage', () => {
  it('knows exactly en and vi', () => {
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('vi')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage('VI')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
    expect(defaultLanguage).toBe('en');
  });
});
