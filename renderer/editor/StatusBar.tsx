// Words, characters, reading time and progress against the target length, under the text.
import { useTranslation } from 'react-i18next';
import { readingMinutes, type TextCounts } from '../../common/text/countText';
import type { SaveState } from './autosaver';
import { SaveIndicator } from './SaveIndicator';

interface StatusBarProps {
  counts: TextCounts;
  targetWords: number | null;
  saveState: SaveState;
  saveError: unknown;
}

export function StatusBar({ counts, targetWords, saveState, saveError }: StatusBarProps) {
  const { t } = useTranslation();
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
}
