// Spelling in the editor, wired: the worker for the article's language, the house style and the personal
// dictionary from the library, and the suggestion menu's state. The editor extension is made once per editor
// and reaches all of this through refs. The findings stay in the editor's state (the checks panel reads its
// counts there), so a check's answer re-renders the panel alone, not the editor screen.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Language } from '../../common/i18n/languages';
import type { SpellingSettings } from '../../contract/schemas/spelling';
import { api } from '../api/apiClient';
import { Spellcheck, type EditorFinding } from '../editor/extensions/spellcheck';
import { createSpellingClient, type SpellingClient } from './spellingClient';

export interface SpellingMenuState {
  finding: EditorFinding;
  at: { left: number; top: number; bottom: number };
  /** Spelling suggestions arrive from the worker when the menu opens. */
  suggestions: string[] | undefined;
}

export function useSpelling(language: Language, editor: () => Editor | null) {
  const client = useRef<SpellingClient | null>(null);
  const ready = useRef<Promise<void> | null>(null);
  const [settings, setSettings] = useState<SpellingSettings | null>(null);
  const [menu, setMenu] = useState<SpellingMenuState | null>(null);

  const setupWorker = (next: SpellingSettings, personalWords: string[]) => {
    client.current ??= createSpellingClient();
    ready.current = client.current.setup({ language, toneStyle: next.toneStyle, personalWords });
    return ready.current;
  };

  useEffect(() => {
    let live = true;
    void Promise.all([api.getSpellingSettings({}), api.listDictionaryWords({})]).then(async ([loaded, { words }]) => {
      if (!live) return;
      setSettings(loaded);
      await setupWorker(loaded, words);
      editor()?.chain().setSpellcheckEnabled(loaded.enabled).recheckSpelling().run();
    });
    return () => {
      live = false;
      client.current?.dispose();
      client.current = null;
    };
    // One worker per article language; `editor` and `setupWorker` are read through refs and stay current.
  }, [language]);

  const extension = useMemo(
    () =>
      Spellcheck.configure({
        check: async (texts) => {
          if (!ready.current || !client.current) return texts.map(() => []);
          await ready.current;
          return client.current.check(texts);
        },
        onOpenMenu: (finding, at) => {
          const needsSuggestions = finding.kind === 'spelling' && finding.suggestions.length === 0;
          setMenu({ finding, at, suggestions: needsSuggestions ? undefined : finding.suggestions });
          if (needsSuggestions && client.current) {
            void client.current.suggest(finding.text).then((suggestions) =>
              setMenu((open) => (open?.finding === finding ? { ...open, suggestions } : open)),
            );
          }
        },
        delayMs: 150,
      }),
    [],
  );

  const changeSettings = async (changes: Partial<SpellingSettings>) => {
    // The switch and the picker move at once; the stored settings follow.
    setSettings((current) => (current ? { ...current, ...changes } : current));
    const next = await api.setSpellingSettings(changes);
    setSettings(next);
    if (changes.toneStyle) await setupWorker(next, (await api.listDictionaryWords({})).words);
    editor()?.chain().setSpellcheckEnabled(next.enabled).recheckSpelling().run();
  };

  const addToDictionary = async (word: string) => {
    const { words } = await api.addDictionaryWord({ word });
    if (settings) await setupWorker(settings, words);
    editor()?.commands.recheckSpelling();
  };

  return { extension, settings, menu, closeMenu: () => setMenu(null), changeSettings, addToDictionary };
}

export type SpellingState = ReturnType<typeof useSpelling>;
