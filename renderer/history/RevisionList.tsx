// The revisions, newest first, as a listbox: ↑/↓, Home/End move the selection (and the focus) through it;
// each option says when, why (its label, the version it restored), how long and how much it changed.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../contract/schemas/revision';
import { formatTimestamp } from '../app/formatTimestamp';
import { changeSize, revisionReason } from './revisionWording';

interface RevisionListProps {
  revisions: readonly Revision[];
  selected: number | undefined;
  onSelect: (revision: number) => void;
}

export function RevisionList({ revisions, selected, onSelect }: RevisionListProps) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Only a selection moved by the keyboard takes the focus along; a click has put it there already.
    if (!moved.current) return;
    moved.current = false;
    list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = revisions.findIndex((revision) => revision.revision === selected);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: revisions.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = revisions[Math.max(0, Math.min(revisions.length - 1, next))];
    if (!target) return;
    moved.current = true;
    onSelect(target.revision);
  };

  return (
    <ul ref={list} className="history-list" role="listbox" aria-label={t('history.listLabel')} onKeyDown={onKeyDown} data-testid="history-list">
      {revisions.map((revision, index) => {
        const isSelected = revision.revision === selected;
        return (
          <li
            key={revision.revision}
            role="option"
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={`history-option${isSelected ? ' is-selected' : ''}`}
            onClick={() => onSelect(revision.revision)}
            data-revision={revision.revision}
            data-reason={revision.reason}
          >
            <span className="history-option-head">
              <span className="history-when">{formatTimestamp(revision.at, i18n.language)}</span>
              <span className="muted small-inline">{t('history.revision', { revision: revision.revision })}</span>
            </span>
            <span className="history-reason">
              {revisionReason(t, revision)}
              {revision.label && <span className="history-label"> “{revision.label}”</span>}
              {index === 0 && <span className="muted"> · {t('history.current')}</span>}
            </span>
            <span className="muted small-inline">
              {t('history.words', { count: revision.words })} · {changeSize(t, revision)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
