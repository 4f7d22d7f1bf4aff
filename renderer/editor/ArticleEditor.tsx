// The article screen: the way back to the library, and the article once it has loaded (LoadedEditor).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../contract/schemas/article';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { ProblemNotices } from '../components/ProblemNotices';
import { useShortcutTitle } from '../keyboard/useShortcutTitle';
import type { FileUpdate } from '../history/useRevisionActions';
import { LoadedEditor } from './LoadedEditor';

interface ArticleEditorProps {
  articleId: number;
  onBack: () => void;
  /** Bumped by File → Export…: each new value opens the export dialog. */
  exportRequests: number;
  /** The first edit of any kind: the article is no longer an untouched new one. */
  onTouched: () => void;
}

export function ArticleEditor({ articleId, onBack, exportRequests, onTouched }: ArticleEditorProps) {
  const { t } = useTranslation();
  const shortcutTitle = useShortcutTitle();
  const [article, setArticle] = useState<Article | undefined>();
  const [error, setError] = useState<Problem | undefined>();
  // A replaced content (restore, the newer text, an update from a file) mounts a fresh editor on it.
  const [replaced, setReplaced] = useState<{ count: number; update?: FileUpdate }>({ count: 0 });

  useEffect(() => {
    let current = true;
    api.getArticle({ id: articleId }).then(
      (loaded) => current && setArticle(loaded),
      (failure: unknown) => current && setError(toProblem(failure)),
    );
    return () => {
      current = false;
    };
  }, [articleId]);

  return (
    <main className="editor-screen">
      <div className="editor-bar">
        <button type="button" className="quiet" onClick={onBack} title={shortcutTitle(t('shortcuts.command.showLibrary'), 'showLibrary')} data-testid="back">
          ← {t('editor.back')}
        </button>
      </div>
      <ProblemNotices problems={error ? [error] : []} onDismiss={() => setError(undefined)} />
      {article && (
        <LoadedEditor
          key={`${article.id}-${replaced.count}`}
          initial={article}
          exportRequests={exportRequests}
          onBack={onBack}
          onTouched={onTouched}
          fileUpdate={replaced.update}
          onReplaced={(next, update) => {
            setArticle(next);
            setReplaced((previous) => ({ count: previous.count + 1, update }));
          }}
        />
      )}
    </main>
  );
}
