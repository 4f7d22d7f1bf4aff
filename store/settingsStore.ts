import type { Database } from 'better-sqlite3';
import { defaultLanguage, isLanguage, type Language } from '../common/i18n/languages';

export class SettingsStore {
  constructor(private readonly db: Database) {}

  language(): Language {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get('language');
    return isLanguage(row?.value) ? row.value : defaultLanguage;
  }

  setLanguage(language: Language): void {
    this.setValue('language', language);
  }

  /** A setting whose meaning lives with its feature (the spelling checker's personal dictionary, house style). */
  value(key: string): string | undefined {
    return this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value;
  }

  setValue(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }
}
