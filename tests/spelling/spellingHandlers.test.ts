// The spelling side of the library: the export pre-flight's counts, the personal dictionary's rules, the
// house-style settings, over a real library in a temp folder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNewsdeskError } from '../../common/errors/newsdeskError';
import type { DocNode } from '../../contract/schemas/document';
import { createHandlerTable } from '../../handlers/handlerTable';
import { addPersonalWord, checkStoredArticle, personalWords, removePersonalWord, spellingSettings } from '../../handlers/spellingHandlers';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-spelling');
let library: Library;
beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => library.close());

const doc = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('the export pre-flight', () => {
  it('counts spelling and house-style findings apart', async () => {
    const { id } = library.articles.create({ headline: 'Thử', sapo: 'Bản tin thử.', body: doc('Đảnng ta nghiax là của của dân.', 'Ngày 22-6-2024 "họp".') });
    const findings = await createHandlerTable({ library }).preflightArticle({ id });
    expect(findings).toEqual([
      { code: 'spellingFindings', count: 2 },
      { code: 'styleFindings', count: 4 },
    ]);
  });

  it('adds nothing for clean copy', async () => {
    const { id } = library.articles.create({ headline: 'Thử', sapo: 'Bản tin thử.', body: doc('Hội nghị hòa bình.') });
    expect(await createHandlerTable({ library }).preflightArticle({ id })).toEqual([]);
  });
});

describe('the personal dictionary', () => {
  it('keeps words NFC, once, in Vietnamese order, and checks them in the article', async () => {
    const { id } = library.articles.create({ headline: 'Thử', body: doc('Ứng dụng Zalo và Grab ở Ê-đê.') });
    expect((await checkStoredArticle(library, id)).findings.map((finding) => finding.text)).toEqual(['Zalo', 'Grab']);
    addPersonalWord(library, 'Zalo');
    addPersonalWord(library, 'Zalo');
    addPersonalWord(library, 'Ăngkor'.normalize('NFD'));
    addPersonalWord(library, ' Grab ');
    expect(personalWords(library)).toEqual(['Ăngkor', 'Grab', 'Zalo']);
    expect((await checkStoredArticle(library, id)).findings).toEqual([]);
    expect(removePersonalWord(library, 'Grab')).toEqual(['Ăngkor', 'Zalo']);
  });

  it('refuses what is not one word, and removing a word it does not hold', () => {
    for (const bad of ['hai từ', '<script>', '-gạch', 'x'.repeat(65)]) {
      const error = (() => {
        try {
          addPersonalWord(library, bad);
        } catch (caught) {
          return caught;
        }
      })();
      expect(isNewsdeskError(error) && error.code).toBe('dictionaryWordInvalid');
    }
    expect(() => removePersonalWord(library, 'Zalo')).toThrow(expect.objectContaining({ code: 'dictionaryWordMissing' }));
    expect(personalWords(library)).toEqual([]);
  });
});

describe('settings', () => {
  it('default to the new tone style with checking on, and ignore a damaged stored value', () => {
    expect(spellingSettings(library)).toEqual({ toneStyle: 'new', enabled: true });
    library.settings.setValue('spelling.toneStyle', 'newest');
    expect(spellingSettings(library).toneStyle).toBe('new');
    library.settings.setValue('spelling.personalWords', '{not json');
    expect(personalWords(library)).toEqual([]);
  });
});
