// The reporter's library: every article, searchable as you type, sorted and filtered, in a virtualised list
// that stays fast at 100,000 articles; a trash for what was deleted. Import (button or dropped files) and
// "New article" live here too.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toProblem, type Problem } from '../api/problem';
import { ProblemNotices } from '../components/ProblemNotices';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useShortcutTitle } from '../keyboard/useShortcutTitle';
import type { ArticleImport } from '../app/useArticleImport';
import { ArticlesPanel } from './ArticlesPanel';
import { useLibraryViewState, type LibraryTab } from './libraryViewState';
import { TrashPanel } from './TrashPanel';
import { useLibraryFacets } from './useLibraryFacets';

interface LibraryViewProps {
  onOpen: (id: number) => void;
  onCreate: () => void;
  articleImport: ArticleImport;
  /** Files the shell's own dialog could not import, worded here in the reader's language. */
  shellImportErrors: readonly Problem[];
  onDismissShellImportError: (index: number) => void;
}

const tabs: LibraryTab[] = ['library', 'trash'];

export function LibraryView({ onOpen, onCreate, articleImport, shellImportErrors, onDismissShellImportError }: LibraryViewProps) {
  const { t } = useTranslation();
  const shortcutTitle = useShortcutTitle();
  useDocumentTitle();
  const [view, update] = useLibraryViewState();
  /** Bumped after every change this view makes, so lists, search, facets and the trash count read again. */
  const [changes, setChanges] = useState(0);
  const [error, setError] = useState<Problem>();
  const [dropping, setDropping] = useState(false);
  const onChanged = useCallback(() => {
    setError(undefined);
    setChanges((count) => count + 1);
  }, []);
  const onError = useCallback((failure: unknown) => setError(toProblem(failure)), []);
  const facets = useLibraryFacets(changes, onError);

  return (
    <main
      className={`library${dropping ? ' is-dropping' : ''}`}
      data-drop-hint={t('library.dropHint')}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropping(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) void articleImport.importFiles(files).then(onChanged);
      }}
    >
      <div className="library-bar">
        <h2>{t('library.title')}</h2>
        <LibraryTabs active={view.tab} trashCount={facets.trashCount} onSelect={(tab) => update({ tab })} />
        <div className="library-actions">
          <button type="button" onClick={articleImport.openPicker} disabled={articleImport.importing}
            title={shortcutTitle(t('shortcuts.command.importArticle'), 'importArticle')}
            data-testid="import-article"
          >
            {articleImport.importing ? t('library.importing') : t('library.import')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={onCreate}
            title={shortcutTitle(t('library.newArticle'), 'newArticle')}
            data-testid="new-article"
          >
            {t('library.newArticle')}
          </button>
        </div>
      </div>
      <ProblemNotices problems={error ? [error] : []} onDismiss={() => setError(undefined)} />
      <ProblemNotices problems={shellImportErrors} onDismiss={onDismissShellImportError} testId="import-error" />
      <ProblemNotices problems={articleImport.errors} onDismiss={articleImport.dismissError} testId="import-error" />
      <div id="library-panel" role="tabpanel" aria-labelledby={`library-tab-${view.tab}`} className="library-panel">
        {view.tab === 'library' ? (
          <ArticlesPanel view={view} update={update} facets={facets} changes={changes} onChanged={onChanged} onOpen={onOpen} onError={onError} />
        ) : (
          <TrashPanel view={view} update={update} changes={changes} onChanged={onChanged} onError={onError} />
        )}
      </div>
    </main>
  );
}

function LibraryTabs({ active, trashCount, onSelect }: { active: LibraryTab; trashCount: number | undefined; onSelect: (tab: LibraryTab) => void }) {
  const { t } = useTranslation();
  const label = (tab: LibraryTab) =>
    tab === 'library' ? t('libraryView.tabLibrary') : trashCount ? t('libraryView.tabTrashCount', { count: trashCount }) : t('libraryView.tabTrash');
  return (
    <div className="library-tabs" role="tablist" aria-label={t('libraryView.tabs')}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`library-tab-${tab}`}
          aria-selected={active === tab}
          aria-controls="library-panel"
          className={active === tab ? 'is-active' : undefined}
          onClick={() => onSelect(tab)}
          data-testid={`tab-${tab}`}
        >
          {label(tab)}
        </button>
      ))}
    </div>
  );
}
