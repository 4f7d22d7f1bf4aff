import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient';
import { ShortcutsSheet } from '../keyboard/ShortcutsSheet';
import { DeliveredNotices } from '../outbox/OutboxBadge';
import { useOutbox } from '../outbox/useOutbox';
import { AppHeader } from './AppHeader';
import { AppScreen } from './AppScreen';
import { ImportReportNotice, type ReportedFile } from './ImportReportNotice';
import { preloadEditor } from './lazyEditor';
import { RecoveryNotice } from './RecoveryNotice';
import { useArticleImport } from './useArticleImport';
import { useFlushOnClose } from './useFlushOnClose';
import { useGlobalCommands } from './useGlobalCommands';
import { useHashRoute } from './useHashRoute';
import { useNewArticle } from './useNewArticle';
import { useShellImportErrors } from './useShellImportErrors';
import { BackupTaskNotices, StaleBackupNotice } from '../settings/BackupNotices';

export function App() {
  const [route, navigate] = useHashRoute();
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [exportRequests, setExportRequests] = useState(0);
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const outbox = useOutbox();
  const reloadLibrary = useCallback(() => setLibraryVersion((version) => version + 1), []);
  const showLibrary = useCallback(() => navigate({ screen: 'library' }), [navigate]);

  // One imported article opens in the editor; several, or any failure to report, show in the library.
  const showImported = useCallback(
    (ids: number[], failures: number) => {
      if (ids.length === 1 && failures === 0) navigate({ screen: 'editor', articleId: ids[0]! });
      else {
        showLibrary();
        reloadLibrary();
      }
    },
    [navigate, showLibrary, reloadLibrary],
  );
  const articleImport = useArticleImport(showImported);
  const shellImportErrors = useShellImportErrors(showImported, articleImport.showReports);
  const { createArticle, markTouched } = useNewArticle(route, navigate, reloadLibrary);
  useFlushOnClose();
  // The library preloads the editor once its first rows show; any other first screen does it at once.
  useEffect(() => {
    if (route.screen !== 'library') preloadEditor();
  }, [route.screen]);

  const { openPicker, clearReports } = articleImport;
  /** The existing article instead of the new copy: the copy goes to the trash (it can be restored). */
  const openExisting = useCallback(
    async ({ articleId, report }: ReportedFile) => {
      if (!report.duplicateOf) return;
      await api.deleteArticle({ id: articleId });
      clearReports();
      navigate({ screen: 'editor', articleId: report.duplicateOf.id });
      reloadLibrary();
    },
    [clearReports, navigate, reloadLibrary],
  );

  useGlobalCommands(
    {
      newArticle: useCallback(() => void createArticle(), [createArticle]),
      importArticle: openPicker,
      exportArticle: useCallback(() => setExportRequests((count) => count + 1), []),
      showLibrary,
      showShortcuts: useCallback(() => setShowingShortcuts(true), []),
    },
    route.screen === 'editor',
  );

  return (
    <div className="app">
      {articleImport.input}
      <AppHeader outbox={outbox} onOpenOutbox={() => navigate({ screen: 'outbox' })} onOpenBackups={() => navigate({ screen: 'backups' })} onShowShortcuts={() => setShowingShortcuts(true)} />
      <RecoveryNotice onLeaveEditor={showLibrary} onRestored={(articleId) => navigate({ screen: 'editor', articleId })} />
      <ImportReportNotice files={articleImport.reports} onOpenExisting={(file) => void openExisting(file)} onDismiss={clearReports} />
      <DeliveredNotices outbox={outbox} />
      <BackupTaskNotices />
      {route.screen === 'library' && <StaleBackupNotice onOpenSettings={() => navigate({ screen: 'backups' })} />}
      <AppScreen
        route={route}
        navigate={navigate}
        outbox={outbox}
        libraryVersion={libraryVersion}
        exportRequests={exportRequests}
        articleImport={articleImport}
        shellImportErrors={shellImportErrors}
        onCreate={() => void createArticle()}
        onTouched={markTouched}
      />
      {showingShortcuts && <ShortcutsSheet onClose={() => setShowingShortcuts(false)} />}
    </div>
  );
}
