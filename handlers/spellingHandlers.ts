// The spelling calls of the contract, over the library's settings (house tone style, whether the editor
// checks as you type, the personal dictionary) and the dictionaries in node_modules. The CLI uses the same
// functions, so `newsdesk check` and the app agree on every finding.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { defaultToneStyle, isStyleKind, toneStyles, type ToneStyle } from '../common/spelling/findings';
import type { PreflightFinding } from '../contract/schemas/articleExport';
import type { SpellingSettings } from '../contract/schemas/spelling';
import { createChecker } from '../spelling/checker';
import { documentBlocks } from '../spelling/documentBlocks';
import { loadLexicon } from '../spelling/node/loadDictionary';
import { isDictionaryWord, parsePersonalWords, personalDictionarySetting, withWord, withoutWord } from '../spelling/personalDictionary';
import type { Library } from '../library/openLibrary';
import type { HandlerTable } from './handlerTypes';

export type SpellingHandlers = Pick<
  HandlerTable,
  'checkArticleSpelling' | 'listDictionaryWords' | 'addDictionaryWord' | 'removeDictionaryWord' | 'getSpellingSettings' | 'setSpellingSettings'
>;

const toneStyleSetting = 'spelling.toneStyle';
const enabledSetting = 'spelling.enabled';

export function spellingSettings(library: Library): SpellingSettings {
  const stored = library.settings.value(toneStyleSetting);
  const toneStyle = toneStyles.find((style) => style === stored) ?? defaultToneStyle;
  return { toneStyle, enabled: library.settings.value(enabledSetting) !== 'false' };
}

export function personalWords(library: Library): string[] {
  return parsePersonalWords(library.settings.value(personalDictionarySetting));
}

export function addPersonalWord(library: Library, word: string): string[] {
  const nfc = word.trim().normalize('NFC');
  if (!isDictionaryWord(nfc)) throw new NewsdeskError('dictionaryWordInvalid', { word: nfc });
  const words = withWord(personalWords(library), nfc);
  library.settings.setValue(personalDictionarySetting, JSON.stringify(words));
  return words;
}

export function removePersonalWord(library: Library, word: string): string[] {
  const nfc = word.trim().normalize('NFC');
  const before = personalWords(library);
  if (!before.includes(nfc)) throw new NewsdeskError('dictionaryWordMissing', { word: nfc });
  const words = withoutWord(before, nfc);
  library.settings.setValue(personalDictionarySetting, JSON.stringify(words));
  return words;
}

/** The findings of a stored article in reading order, in its own language and the house tone style. */
export async function checkStoredArticle(library: Library, id: number, toneStyle: ToneStyle = spellingSettings(library).toneStyle) {
  const article = library.articles.get(id);
  const checker = createChecker(await loadLexicon(article.language), { toneStyle, personalWords: personalWords(library) });
  return { language: article.language, toneStyle, findings: checker.checkBlocks(documentBlocks(article.body)) };
}

/** What the export pre-flight adds: how many spelling and how many house-style findings are left. */
export async function spellingPreflight(library: Library, id: number): Promise<PreflightFinding[]> {
  const { findings } = await checkStoredArticle(library, id);
  const style = findings.filter((finding) => isStyleKind(finding.kind)).length;
  const spelling = findings.length - style;
  return [
    ...(spelling > 0 ? [{ code: 'spellingFindings' as const, count: spelling }] : []),
    ...(style > 0 ? [{ code: 'styleFindings' as const, count: style }] : []),
  ];
}

export function createSpellingHandlers(library: Library): SpellingHandlers {
  return {
    checkArticleSpelling: ({ id }) => checkStoredArticle(library, id),
    listDictionaryWords: () => ({ words: personalWords(library) }),
    addDictionaryWord: ({ word }) => ({ words: addPersonalWord(library, word) }),
    removeDictionaryWord: ({ word }) => ({ words: removePersonalWord(library, word) }),
    getSpellingSettings: () => spellingSettings(library),
    setSpellingSettings: (changes) => {
      if (changes.toneStyle) library.settings.setValue(toneStyleSetting, changes.toneStyle);
      if (changes.enabled !== undefined) library.settings.setValue(enabledSetting, String(changes.enabled));
      return spellingSettings(library);
    },
  };
}
