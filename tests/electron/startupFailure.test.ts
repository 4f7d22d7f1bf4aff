import { describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { createTranslator } from '../../common/i18n/catalog';
import { languageFromLocales, startupFailureMessage } from '../../electron/startupFailure';

describe('startupFailureMessage', () => {
  it('translates a Newsdesk error from its code and parameters', () => {
    const error = new NewsdeskError('databaseTooNew', { path: '/data/newsdesk.sqlite', found: 9, known: 2 });
    expect(startupFailureMessage(createTranslator('en'), error)).toBe(
      'Newsdesk could not start: The library at /data/newsdesk.sqlite was written by a newer Newsdesk (schema 9; this version knows up to 2). Update Newsdesk to open it.',
    );
    const vietnamese = startupFailureMessage(createTranslator('vi'), new NewsdeskError('dataDirUnusable', { path: '/ro', reason: 'EACCES' }));
    expect(vietnamese).toContain('/ro');
    expect(vietnamese).toContain('EACCES');
    expect(vietnamese).not.toContain('could not start');
  });

  it('shows any other error as its message, without a stack trace', () => {
    const message = startupFailureMessage(createTranslator('en'), new Error('better-sqlite3 for Electron 45.4.1 is missing'));
    expect(message).toBe('Newsdesk could not start: Something went wrong: better-sqlite3 for Electron 45.4.1 is missing');
    expect(message).not.toMatch(/\n\s+at /);
  });
});

describe('languageFromLocales', () => {
  it('takes the first supported language among the system preferences', () => {
    expect(languageFromLocales(['vi-VN', 'en-US'])).toBe('vi');
    expect(languageFromLocales(['', 'fr-FR', 'VI'])).toBe('vi');
    expect(languageFromLocales(['en-GB'])).toBe('en');
    expect(languageFromLocales(['ja-JP'])).toBe('en');
    expect(languageFromLocales([])).toBe('en');
  });
});
