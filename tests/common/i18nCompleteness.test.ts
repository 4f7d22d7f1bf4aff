// The two catalogs must say the same things: same keys, nothing empty, the same placeholders, and an entry
// for every error code, status and language the code can produce.
import { describe, expect, it } from 'vitest';
import en from '../../common/i18n/locales/en.json';
import vi from '../../common/i18n/locales/vi.json';
import { errorCodes } from '../../common/errors/newsdeskError';
import { languages } from '../../common/i18n/languages';
import { articleStatus } from '../../contract/schemas/article';

type Catalog = Record<string, unknown>;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every leaf as a dotted key → value; non-string leaves are kept so the test can reject them. */
function flatten(node: Catalog, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Catalog, full)) out.set(k, v);
    } else {
      out.set(full, value);
    }
  }
  return out;
}

/** Groups plural forms under their base key: library.count_one + library.count_other → library.count. */
function byBaseKey(flat: Map<string, unknown>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, value] of flat) {
    const match = pluralSuffix.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const form = match ? match[1]! : '';
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, String(value));
  }
  return out;
}

const placeholders = (value: string) => new Set([...value.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!));

const flat = { en: flatten(en), vi: flatten(vi) };
const grouped = { en: byBaseKey(flat.en), vi: byBaseKey(flat.vi) };

describe('i18n catalogs', () => {
  it('have the same keys in English and Vietnamese (plural forms grouped)', () => {
    const enKeys = [...grouped.en.keys()].sort();
    const viKeys = [...grouped.vi.keys()].sort();
    expect(viKeys.filter((k) => !enKeys.includes(k)), 'only in vi.json').toEqual([]);
    expect(enKeys.filter((k) => !viKeys.includes(k)), 'only in en.json').toEqual([]);
  });

  it('have every plural form each language needs', () => {
    for (const language of languages) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [base, forms] of grouped[language]) {
        if (forms.has('')) {
          expect([...forms.keys()], `${language}: ${base} is both plain and plural`).toEqual(['']);
          continue;
        }
        for (const category of needed) expect(forms.has(category), `${language}: ${base}_${category}`).toBe(true);
      }
    }
  });

  it('have only non-empty strings', () => {
    for (const language of languages) {
      for (const [key, value] of flat[language]) {
        expect(typeof value, `${language}: ${key}`).toBe('string');
        expect((value as string).trim(), `${language}: ${key}`).not.toBe('');
      }
    }
  });

  it('keep every English placeholder in the Vietnamese text, and invent none', () => {
    for (const [base, enForms] of grouped.en) {
      const viForms = grouped.vi.get(base);
      if (!viForms) continue; // reported by the key test
      const enNames = new Set([...enForms.values()].flatMap((value) => [...placeholders(value)]));
      for (const [form, viValue] of viForms) {
        const viNames = placeholders(viValue);
        for (const name of enNames) {
          // `count` drives plural selection; a Vietnamese form may legitimately omit the number.
          if (name === 'count' && form !== '') continue;
          expect(viNames.has(name), `vi: ${base}${form ? `_${form}` : ''} lacks {{${name}}}`).toBe(true);
        }
        for (const name of viNames) expect(enNames.has(name), `vi: ${base} has {{${name}}} that English lacks`).toBe(true);
      }
    }
  });

  it('can render every error code, status and language', () => {
    for (const language of languages) {
      const keys = flat[language];
      for (const code of errorCodes) expect(keys.has(`errors.${code}`), `${language}: errors.${code}`).toBe(true);
      for (const status of articleStatus.options) expect(keys.has(`status.${status}`), `${language}: status.${status}`).toBe(true);
      for (const name of languages) expect(keys.has(`language.${name}`), `${language}: language.${name}`).toBe(true);
    }
  });

  it('are NFC, so no catalog string has two spellings', () => {
    for (const language of languages) {
      for (const [key, value] of flat[language]) expect(String(value).normalize('NFC'), `${language}: ${key}`).toBe(value);
    }
  });
});
