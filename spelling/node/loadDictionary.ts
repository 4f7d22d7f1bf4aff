// Node's way to the dictionaries (the CLI, the handlers): read dictionary-vi / dictionary-en's .aff and .dic
// from node_modules. The browser gets the same files as assets (renderer/spelling); nothing else differs.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Language } from '../../common/i18n/languages';
import { englishLexicon, vietnameseLexicon, type DictionaryText, type Lexicon } from '../lexicon';

// Bundled as CommonJS for Electron's main process, `require` is there; run as ESM (tsx, vitest), it is made.
const requireHere: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

export const dictionaryPackages: Record<Language, string> = { vi: 'dictionary-vi', en: 'dictionary-en' };

export async function readDictionary(language: Language): Promise<DictionaryText> {
  const folder = path.dirname(requireHere.resolve(dictionaryPackages[language]));
  const [aff, dic] = await Promise.all([fs.readFile(path.join(folder, 'index.aff'), 'utf8'), fs.readFile(path.join(folder, 'index.dic'), 'utf8')]);
  return { aff, dic };
}

const loaded = new Map<Language, Promise<Lexicon>>();

/** One lexicon per language per process: building the English one takes a moment. */
export function loadLexicon(language: Language): Promise<Lexicon> {
  let lexicon = loaded.get(language);
  if (!lexicon) {
    lexicon = readDictionary(language).then((text) => (language === 'vi' ? vietnameseLexicon(text) : englishLexicon(text)));
    loaded.set(language, lexicon);
  }
  return lexicon;
}
