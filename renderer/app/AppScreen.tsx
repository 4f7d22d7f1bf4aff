// The screen the URL names: the library, the editor (its chunk loaded lazily), the outbox or its destinations, the backup settings.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryView } from '../library/LibraryView';
import { DestinationsPage } from '../outbox/DestinationsPage';
import { OutboxView } from '../outbox/OutboxView';
import type { OutboxState } from '../outbox/useOutbox';
import { BackupSettings } from '../settings/BackupSettings';
import { LazyArticleEditor } from './lazyEditor';
import type { ArticleImport } from './useArticleImport';
import type { Route } from './useHashRoute';
import type { ShellImportErrors } from './useShellImportErrors';

interface AppScreenProps {
  route: Route;
  navigate: (route: Route) => void;
  outbox: OutboxState;
  /** A new value remounts the library, so it reads the articles again. */
  libraryVersion: number;
  exportRequests: number;
  articleImport: ArticleImport;
  shellImportErrors: ShellImportErrors;
  onCreate: () => void;
  onTouched: (articleId: number) => void;
}

export function AppScreen({ route, navigate, outbox, libraryVersion, exportRequests, articleImport, shellImportErrors, onCreate, onTouched }: AppScreenProps) {
  const { t } = useTranslation();
  const toLibrary = () => navigate({ screen: 'library' });
  if (route.screen === 'outbox') {
    return <OutboxView outbox={outbox} onBack={toLibrary} onDestinations={() => navigate({ screen: 'destinations' })} />;
  }
  if (route.screen === 'backups') return <BackupSettings onBack={toLibrary} />;
  if (route.screen === 'destinations') return <DestinationsPage onBack={() => navigate({ screen: 'outbox' })} />;
  if (route.screen === 'editor') {
    return (
      <Suspense fallback={<main className="editor-screen"><p className="muted">{t('library.loading')}</p></main>}>
        <LazyArticleEditor articleId={route.articleId} onBack={toLibrary} exportRequests={exportRequests} onTouched={() => onTouched(route.articleId)} />
      </Suspense>
    );
  }
  return (
    <LibraryView
      key={libraryVersion}
      onOpen={(articleId) => navigate({ screen: 'editor', articleId })}
      onCreate={onCreate}
      articleImport={articleImport}
      shellImportErrors={shellImportErrors.errors}
      onDismissShellImportError={shellImportErrors.dismiss}
    />
  );
}
