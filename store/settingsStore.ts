import type { Database } from 'better-sqlite3';
import { defaultLanguage, isLanguage, type Language } from '../common/i18n/languages';

/** Trashed articles are kept this many days unless the reporter chose otherwise. */
export const defaultTrashRetentionDays = 30;
export const maxTrashRetentionDays = 3650;

export class SettingsStore {
  constructor(private readonly db: Database) {}

  language(): Language {
    const value = this.value('language');
    return isLanguage(value) ? value : defaultLanguage;
  }

  setLanguage(language: Language): void {
    this.setValue('language', language);
  }

  trashRetentionDays(): number {
    const days = Number(this.value('trashRetentionDays'));
    return Number.isInteger(days) && days >= 1 && days <= maxTrashRetentionDays ? days : defaultTrashRetentionDays;
  }

  setTrashRetentionDays(days: number): void {
    this.setValue('trashRetentionDays', String(days));
  }

  /** A setting whose meaning lives with its feature (the spelling checker's personal dictionary, house style). */
  value(key: string): string | undefined {
    return this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value;
  }

  setValue(key: string, value: string): void {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
