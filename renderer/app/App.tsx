import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, insideElectron, onShellEvent } from '../api/apiClient';
import { ShortcutsSheet } from '../keyboard/ShortcutsSheet';
import { useAppShortcuts } from '../keyboard/useAppShortcuts';
import { useShortcutTitle } from '../keyboard/useShortcutTitle';
import { LibraryView } from '../library/LibraryView';
import { DestinationsPage } from '../outbox/DestinationsPage';
import { DeliveredNotices, OutboxBadge } from '../outbox/OutboxBadge';
import { OutboxView } from '../outbox/OutboxView';
import { useOutbox } from '../outbox/useOutbox';
import { ImportReportNotice, type ReportedFile } from './ImportReportNotice';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LazyArticleEditor, preloadEditor } from './lazyEditor';
import { useArticleImport } from './useArticleImport';
import { useHashRoute } from './useHashRoute';
import { RecoveryNotice } from './RecoveryNotice';
import { useFlushOnClose } from './useFlushOnClose';
import { BackupSettings } from '../settings/BackupSettings';
import { BackupTaskNotices, StaleBackupNotice } from '../settings/BackupNotices';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [exportRequests, setExportRequests] = useState(0);
  const [shellImportErrors, setShellImportErrors] = useState<string[]>([]);
  const outbox = useOutbox();
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const shortcutTitle = useShortcutTitle();

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

  // A new article nobody has typed into yet: left as it is, it goes (useDiscardUntouched).
  const untouchedNew = useRef<number | undefined>(undefined);
  const createArticle = useCallback(async () => {
    const article = await api.createArticle({});
    untouchedNew.current = article.id;
    navigate({ screen: 'editor', articleId: article.id });
  }, [navigate]);
  const openArticle = route.screen === 'editor' ? route.articleId : undefined;
  useEffect(() => {
    const id = untouchedNew.current;
    if (id === undefined || id === openArticle) return;
    untouchedNew.current = undefined;
    // The main process checks again that it is untouched; a refusal (already gone) leaves nothing to show.
    void api.discardUntouchedArticle({ id }).then(({ discarded }) => discarded && setLibraryVersion((version) => version + 1), () => undefined);
  }, [openArticle]);

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

  const inEditor = route.screen === 'editor';
  useAppShortcuts(
    {
      newArticle: () => void createArticle(),
      importArticle: openPicker,
      showShortcuts: () => setShowingShortcuts(true),
      ...(inEditor && {
        exportArticle: () => setExportRequests((count) => count + 1),
        showLibrary: () => navigate({ screen: 'library' }),
      }),
    },
    insideElectron,
  );

  useEffect(preloadEditor, []);

  return (
    <div className="app">
      {articleImport.input}
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <div className="app-header-tools">
          <OutboxBadge outbox={outbox} onOpen={() => navigate({ screen: 'outbox' })} />
          <button type="button" className="quiet" onClick={() => navigate({ screen: 'backups' })} data-testid="open-backups">
            {t('backup.open')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => setShowingShortcuts(true)}
            title={shortcutTitle(t('shortcuts.title'), 'showShortcuts')}
            data-testid="show-shortcuts"
          >
            {t('shortcuts.open')}
          </button>
          <LanguageSwitcher />
        </div>
      </header>
      <RecoveryNotice onLeaveEditor={() => navigate({ screen: 'library' })} onRestored={(articleId) => navigate({ screen: 'editor', articleId })} />
      <ImportReportNotice files={articleImport.reports} onOpenExisting={(file) => void openExisting(file)} onDismiss={clearReports} />
      <DeliveredNotices outbox={outbox} />
      <BackupTaskNotices />
      {route.screen === 'library' && <StaleBackupNotice onOpenSettings={() => navigate({ screen: 'backups' })} />}
      {route.screen === 'outbox' ? (
        <OutboxView outbox={outbox} onBack={() => navigate({ screen: 'library' })} onDestinations={() => navigate({ screen: 'destinations' })} />
      ) : route.screen === 'backups' ? (
        <BackupSettings onBack={() => navigate({ screen: 'library' })} />
      ) : route.screen === 'destinations' ? (
        <DestinationsPage onBack={() => navigate({ screen: 'outbox' })} />
      ) : route.screen === 'editor' ? (
        <Suspense fallback={<main className="editor-screen"><p className="muted">{t('library.loading')}</p></main>}>
          <LazyArticleEditor
            articleId={route.articleId}
            onBack={() => navigate({ screen: 'library' })}
            exportRequests={exportRequests}
            onTouched={() => {
              if (untouchedNew.current === route.articleId) untouchedNew.current = undefined;
            }}
          />
        </Suspense>
      ) : (
        <LibraryView
          key={libraryVersion}
          onOpen={(articleId) => navigate({ screen: 'editor', articleId })}
          onCreate={() => void createArticle()}
          articleImport={articleImport}
          shellImportErrors={shellImportErrors}
          onDismissShellImportError={(index) => setShellImportErrors((list) => list.filter((_, at) => at !== index))}
        />
      )}
      {showingShortcuts && <ShortcutsSheet onClose={() => setShowingShortcuts(false)} />}
    </div>
  );
}
