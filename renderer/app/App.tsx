import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onShellEvent } from '../api/apiClient';
import { ArticleEditor } from '../editor/ArticleEditor';
import { LibraryView } from '../library/LibraryView';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useArticleImport } from './useArticleImport';
import { useHashRoute } from './useHashRoute';
import { RecoveryNotice } from './RecoveryNotice';
import { useFlushOnClose } from './useFlushOnClose';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [exportRequests, setExportRequests] = useState(0);
  const [shellImportErrors, setShellImportErrors] = useState<string[]>([]);

  // One imported article opens in the editor; several, or any failure to report, show in the library.
  const showImported = useCallback(
    (ids: number[], failures: number) => {
      if (ids.length === 1 && failures === 0) navigate({ screen: 'editor', articleId: ids[0]! });
      else {
        navigate({ screen: 'library' });
        setLibraryVersion((version) => version + 1);
      }
    },
    [navigate],
  );
  const articleImport = useArticleImport(showImported);
  useFlushOnClose();

  const createArticle = useCallback(async () => {
    const article = await api.createArticle({});
    navigate({ screen: 'editor', articleId: article.id });
  }, [navigate]);

  const { openPicker } = articleImport;
  useEffect(
    () =>
      onShellEvent('menuCommand', (command) => {
        if (command === 'newArticle') void createArticle();
        if (command === 'importArticle') openPicker();
        if (command === 'exportArticle') setExportRequests((count) => count + 1);
        if (command === 'showLibrary') navigate({ screen: 'library' });
      }),
    [createArticle, navigate, openPicker],
  );

  useEffect(
    () =>
      onShellEvent('articlesImported', ({ ids, errors }) => {
        setShellImportErrors(errors);
        if (ids.length > 0) showImported(ids, errors.length);
      }),
    [showImported],
  );

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <div className="app">
      {articleImport.input}
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <LanguageSwitcher />
      </header>
      <RecoveryNotice onLeaveEditor={() => navigate({ screen: 'library' })} onRestored={(articleId) => navigate({ screen: 'editor', articleId })} />
      {route.screen === 'editor' ? (
        <ArticleEditor articleId={route.articleId} onBack={() => navigate({ screen: 'library' })} exportRequests={exportRequests} />
      ) : (
        <LibraryView
          key={libraryVersion}
          onOpen={(articleId) => navigate({ screen: 'editor', articleId })}
          onCreate={() => void createArticle()}
          articleImport={articleImport}
          importErrors={[...shellImportErrors, ...articleImport.errors]}
        />
      )}
    </div>
  );
}
