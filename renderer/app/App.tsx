import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onShellEvent } from '../api/apiClient';
import { ArticleEditor } from '../editor/ArticleEditor';
import { LibraryView } from '../library/LibraryView';
import { DestinationsPage } from '../outbox/DestinationsPage';
import { DeliveredNotices, OutboxBadge } from '../outbox/OutboxBadge';
import { OutboxView } from '../outbox/OutboxView';
import { useOutbox } from '../outbox/useOutbox';
import { ImportReportNotice, type ReportedFile } from './ImportReportNotice';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useArticleImport } from './useArticleImport';
import { useHashRoute } from './useHashRoute';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [exportRequests, setExportRequests] = useState(0);
  const [shellImportErrors, setShellImportErrors] = useState<string[]>([]);
  const outbox = useOutbox();

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

  const createArticle = useCallback(async () => {
    const article = await api.createArticle({});
    navigate({ screen: 'editor', articleId: article.id });
  }, [navigate]);

  const { openPicker, clearReports } = articleImport;
  /** The existing article instead of the new copy: the copy goes to the trash (it can be restored). */
  const openExisting = useCallback(
    async ({ articleId, report }: ReportedFile) => {
      if (!report.duplicateOf) return;
      await api.deleteArticle({ id: articleId });
      clearReports();
      navigate({ screen: 'editor', articleId: report.duplicateOf.id });
      setLibraryVersion((version) => version + 1);
    },
    [clearReports, navigate],
  );
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
        <div className="app-header-actions">
          <OutboxBadge outbox={outbox} onOpen={() => navigate({ screen: 'outbox' })} />
          <LanguageSwitcher />
        </div>
      </header>
      <ImportReportNotice files={articleImport.reports} onOpenExisting={(file) => void openExisting(file)} onDismiss={clearReports} />
      <DeliveredNotices outbox={outbox} />
      {route.screen === 'outbox' ? (
        <OutboxView outbox={outbox} onBack={() => navigate({ screen: 'library' })} onDestinations={() => navigate({ screen: 'destinations' })} />
      ) : route.screen === 'destinations' ? (
        <DestinationsPage onBack={() => navigate({ screen: 'outbox' })} />
      ) : route.screen === 'editor' ? (
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
