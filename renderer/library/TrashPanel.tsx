// The trash tab: deleted articles, newest deletion first by default, each with Restore; "Empty trash" deletes
// them all for good after a confirmation (that one cannot be undone).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRow } from '../../contract/schemas/library';
import { api } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ArticleList } from './ArticleList';
import { TrashRetentionControl } from './TrashRetentionControl';
import { FiltersBar } from './FiltersBar';
import type { LibraryViewState } from './libraryViewState';
import { usePagedRows } from './usePagedRows';
import { useRefreshOnChange } from './useRefreshOnChange';

interface TrashPanelProps {
  view: LibraryViewState;
  update: (changes: Partial<LibraryViewState>) => void;
  changes: number;
  onChanged: () => void;
  onError: (failure: unknown) => void;
}

type Notice = { kind: 'restored'; headline: string } | { kind: 'emptied'; count: number };

/** A trashed row never opens and is never deleted again from here: only restored. */
const opensNothing = () => undefined;

export function TrashPanel({ view, update, changes, onChanged, onError }: TrashPanelProps) {
  const { t } = useTranslation();
  const query = { sort: view.sort, direction: view.direction, trash: true };
  const rows = usePagedRows(JSON.stringify(query), (offset, limit) => api.queryArticles({ ...query, offset, limit }));
  useRefreshOnChange(rows, changes);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const total = rows.total ?? 0;

  const restore = useCallback(
    (row: LibraryRow) => {
      api.restoreArticle({ id: row.id }).then(() => {
        setNotice({ kind: 'restored', headline: row.headline || t('library.untitled') });
        onChanged();
      }, onError);
    },
    [onChanged, onError, t],
  );

  const emptyTrash = async () => {
    setConfirming(false);
    try {
      const { deleted } = await api.emptyTrash({});
      setNotice({ kind: 'emptied', count: deleted });
      onChanged();
    } catch (failure) {
      onError(failure);
    }
  };

  return (
    <>
      <TrashBar canEmpty={total > 0} onEmpty={() => setConfirming(true)} onRetentionChanged={onChanged} onError={onError} />
      <FiltersBar
        sort={view.sort}
        direction={view.direction}
        filters={{}}
        sections={[]}
        tags={[]}
        showSort
        showFilters={false}
        onSort={(sort, direction) => update({ sort, direction })}
        onFilters={() => undefined}
      />
      {notice && <TrashNotice notice={notice} />}
      {rows.error !== undefined && (
        <p className="error" role="alert">
          {describeError(t, rows.error)}
        </p>
      )}
      <ArticleList
        rows={rows}
        trash
        sort={view.sort}
        direction={view.direction}
        initialScrollTop={0}
        onScrolled={opensNothing}
        onOpen={opensNothing}
        onDelete={opensNothing}
        onRestore={restore}
        empty={<p className="muted empty">{t('libraryView.trashEmpty')}</p>}
      />
      {total > 0 && <p className="muted count">{t('library.count', { count: total })}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('libraryView.emptyTrashTitle')}
          body={t('libraryView.emptyTrashBody', { count: total })}
          confirmLabel={t('libraryView.emptyTrashConfirm')}
          cancelLabel={t('libraryView.cancel')}
          onConfirm={() => void emptyTrash()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}

interface TrashBarProps {
  canEmpty: boolean;
  onEmpty: () => void;
  /** The purge dates changed, and a shorter time may have purged some articles at once. */
  onRetentionChanged: () => void;
  onError: (failure: unknown) => void;
}

function TrashBar({ canEmpty, onEmpty, onRetentionChanged, onError }: TrashBarProps) {
  const { t } = useTranslation();
  const [days, setDays] = useState<number>();
  useEffect(() => {
    api.getTrashRetention({}).then(({ days }) => setDays(days), () => undefined);
  }, []);
  return (
    <div className="trash-bar">
      <p className="muted">{days !== undefined && t('libraryView.trashNote', { days })}</p>
      {days !== undefined && (
        <TrashRetentionControl
          days={days}
          onApplied={(applied) => {
            setDays(applied);
            onRetentionChanged();
          }}
          onError={onError}
        />
      )}
      <button type="button" className="danger" disabled={!canEmpty} onClick={onEmpty} data-testid="empty-trash">
        {t('libraryView.emptyTrash')}
      </button>
    </div>
  );
}

function TrashNotice({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <p className="library-notice" role="status">
      {notice.kind === 'restored' ? t('libraryView.restored', { headline: notice.headline }) : t('libraryView.trashEmptied', { count: notice.count })}
    </p>
  );
}
