// Above the report: copy it as rich text for a web CMS, open the export dialog, file it (the outbox), see its
// history, or update it from a corrected file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, toProblem, type Problem } from '../api/problem';
import { copyArticleAsRichText } from '../export/copyAsRichText';
import { useShortcutTitle } from '../keyboard/useShortcutTitle';

interface ArticleActionsProps {
  articleId: number;
  /** Saves pending edits first: the copy must hold what is on screen. */
  flush: () => Promise<void>;
  onExport: () => void;
  onFile: () => void;
  onHistory: () => void;
  onUpdateFromFile: () => void;
}

export function ArticleActions({ articleId, flush, onExport, onFile, onHistory, onUpdateFromFile }: ArticleActionsProps) {
  const { t } = useTranslation();
  const shortcutTitle = useShortcutTitle();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | Problem>('idle');

  const copyRichText = async () => {
    try {
      await flush();
      await copyArticleAsRichText(articleId);
      setCopyState('copied');
    } catch (failure) {
      setCopyState(toProblem(failure));
    }
  };

  return (
    <div className="article-actions">
      <button type="button" onClick={onHistory} title={shortcutTitle(t('shortcuts.command.showHistory'), 'showHistory')} data-testid="open-history">
        {t('history.open')}
      </button>
      <button type="button" onClick={onUpdateFromFile} data-testid="update-from-file">
        {t('updateFile.open')}
      </button>
      <button type="button" onClick={() => void copyRichText()} data-testid="copy-rich-text">
        {t('exportDialog.copyRich')}
      </button>
      <button
        type="button"
        className="primary"
        onClick={onExport}
        title={shortcutTitle(t('shortcuts.command.exportArticle'), 'exportArticle')}
        data-testid="open-export"
      >
        {t('exportDialog.open')}
      </button>
      <button type="button" onClick={onFile} data-testid="open-file">
        {t('fileDialog.open')}
      </button>
      {copyState !== 'idle' && (
        <span className={copyState === 'copied' ? 'muted small' : 'field-error'} role="status" data-testid="copy-state">
          {copyState === 'copied' ? t('exportDialog.copied') : describeProblem(t, copyState)}
        </span>
      )}
    </div>
  );
}
