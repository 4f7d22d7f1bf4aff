// Words, characters, reading time, progress against the target length, and the save state, under the text.
// It listens to the editor and the autosave itself, so typing re-renders this bar and nothing else.
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { readingMinutes, type TextCounts } from '../../common/text/countText';
import type { Autosaver } from './autosaver';
import { countDocument } from './countDocument';
import { SaveIndicator } from './SaveIndicator';
import { useSaveState } from './useAutosave';

interface StatusBarProps {
  editor: Editor;
  initialCounts: TextCounts;
  targetWords: number | null;
  saver: Autosaver<object>;
}

// Memoised: its props stay the same while the editor screen re-renders for other reasons.
export const StatusBar = memo(function StatusBar({ editor, initialCounts, targetWords, saver }: StatusBarProps) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState(initialCounts);
  const [saveState, saveError] = useSaveState(saver);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Counting reads the whole document: once typing pauses, never on the keystroke itself.
    const recount = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = countDocument(editor.state.doc);
        setCounts((previous) => (previous.words === next.words && previous.characters === next.characters ? previous : next));
      }, 250);
    };
    editor.on('update', recount);
    return () => {
      clearTimeout(timer);
      editor.off('update', recount);
    };
  }, [editor]);

  const minutes = readingMinutes(counts.words);
  const over = targetWords ? counts.words - targetWords : 0;
  return (
    <footer className="status-bar">
      <span data-testid="count-words" data-value={counts.words}>
        {t('counts.words', { count: counts.words })}
      </span>
      <span data-testid="count-characters" data-value={counts.characters}>
        {t('counts.characters', { count: counts.characters })}
      </span>
      <span data-testid="reading-time">{t('counts.readingTime', { count: minutes })}</span>
      {targetWords && (
        <span className={`target${over > 0 ? ' is-over' : ''}`} data-testid="target-progress">
          <progress max={targetWords} value={Math.min(counts.words, targetWords)} />
          {over > 0 ? t('counts.overTarget', { over }) : t('counts.progress', { words: counts.words, target: targetWords })}
        </span>
      )}
      <span className="spacer" />
      <SaveIndicator state={saveState} error={saveError} />
    </footer>
  );
});
