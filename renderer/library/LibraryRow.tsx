// One row of the virtualised list, placed absolutely at its index (rows have one fixed height). In the
// library the headline opens the article and Delete moves it to the trash; in the trash, Restore brings it
// back (a trashed article does not open) and the line under the headline says when it was deleted. The row
// itself takes the keyboard focus (useListKeyboard); its buttons are for the mouse and are not Tab stops.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { purgeLabel } from '../../common/time/purgeLabel';
import type { LibraryRow as Row } from '../../contract/schemas/library';
import { formatTimestamp } from '../app/formatTimestamp';
import { RowDate } from './RowDate';

/** Long enough for one line of sapo; the rest is cut off by CSS anyway. */
const sapoExcerptLength = 240;

interface LibraryRowProps {
  row: Row;
  index: number;
  top: number;
  height: number;
  /** The list's one Tab stop. */
  tabbable: boolean;
  onFocus: (index: number) => void;
  onOpen: (id: number) => void;
  onDelete: (row: Row) => void;
  onRestore: (row: Row) => void;
}

export const LibraryRow = memo(function LibraryRow({ row, index, top, height, tabbable, onFocus, onOpen, onDelete, onRestore }: LibraryRowProps) {
  const { t, i18n } = useTranslation();
  const { deletedAt } = row;
  const inTrash = deletedAt !== null;
  const headline = row.headline || t('library.untitled');
  const sapo = row.sapo.replace(/\s+/g, ' ').slice(0, sapoExcerptLength);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="library-row"
      style={{ transform: `translateY(${top}px)`, height }}
      data-article-id={row.id}
      data-row-index={index}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocus(index)}
    >
      <div role="cell" className="library-cell-headline">
        {inTrash ? (
          <span className={`library-headline${row.headline ? '' : ' muted'}`} title={headline}>
            {headline}
          </span>
        ) : (
          <button type="button" tabIndex={-1}
            className={`link headline-link library-headline${row.headline ? '' : ' muted'}`}
            title={headline}
            onClick={() => onOpen(row.id)}
          >
            {headline}
          </button>
        )}
        {deletedAt !== null ? (
          <span className="library-sapo">
            {t('libraryView.deletedAt', { when: formatTimestamp(deletedAt, i18n.language) })}
            {row.purgeAt && <span className="purge-date"> · {purgeLabel(t, row.purgeAt)}</span>}
          </span>
        ) : (
          sapo && <span className="library-sapo">{sapo}</span>
        )}
      </div>
      <div role="cell">
        <span className={`status status-${row.status}`}>{t(`status.${row.status}`)}</span>
      </div>
      <div role="cell" className="library-cell-text">
        {row.section}
      </div>
      <div role="cell" className="library-cell-text">
        {row.datelineDate && <RowDate isoDate={row.datelineDate} />}
      </div>
      <div role="cell" className="library-cell-text">
        {formatTimestamp(row.updated, i18n.language)}
      </div>
      <div role="cell" className="library-cell-action">
        {inTrash ? (
          <button type="button" tabIndex={-1} className="quiet" aria-label={t('libraryView.restoreLabel', { headline })} onClick={() => onRestore(row)}>
            {t('libraryView.restore')}
          </button>
        ) : (
          <button type="button" tabIndex={-1} className="quiet" aria-label={t('library.deleteLabel', { headline })} onClick={() => onDelete(row)}>
            {t('library.delete')}
          </button>
        )}
      </div>
    </div>
  );
});

/** A row whose page is on its way: same height, same place, no content yet. */
export function LoadingRow({ index, top, height, tabbable }: { index: number; top: number; height: number; tabbable: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy="true"
      className="library-row is-loading"
      style={{ transform: `translateY(${top}px)`, height }}
      data-row-index={index}
      tabIndex={tabbable ? 0 : -1}
    >
      <div role="cell" className="library-cell-headline">
        <span className="visually-hidden">{t('library.loading')}</span>
        <span className="library-placeholder" aria-hidden="true" />
      </div>
    </div>
  );
}
