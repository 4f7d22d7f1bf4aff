// The hits of a library search, best first: headline and the passage that matched, hits in <mark>, with
// status, section and dateline date. A click or Enter (from the box) opens the article.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../contract/schemas/library';
import { describeError } from '../api/describeError';
import { Highlighted } from './Highlighted';
import { RowDate } from './RowDate';
import type { SearchAnswer } from './useLibrarySearch';

interface SearchResultsProps {
  id: string;
  answer: SearchAnswer | undefined;
  pending: boolean;
  limit: number;
  activeIndex: number;
  onActivate: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

export function hitElementId(hit: SearchHit): string {
  return `search-hit-${hit.id}`;
}

export function SearchResults({ id, answer, pending, limit, activeIndex, onActivate, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, answer]);

  if (!answer) {
    return <p className="muted search-status">{t('libraryView.searching')}</p>;
  }
  if (answer.error !== undefined) {
    return (
      <p className="error" role="alert">
        {describeError(t, answer.error)}
      </p>
    );
  }
  const count = answer.hits.length;
  return (
    <section className="search-results" aria-busy={pending} data-testid="search-results" data-query={answer.query}>
      <p className="muted search-status" role="status" data-testid="search-count">
        {count === 0
          ? t('libraryView.noResults', { query: answer.query })
          : count >= limit
            ? t('libraryView.resultCountCapped', { count, query: answer.query })
            : t('libraryView.resultCount', { count, query: answer.query })}
        {count > 0 && <span className="search-keys"> {t('libraryView.searchKeys')}</span>}
      </p>
      {count > 0 && (
        <ul ref={list} id={id} role="listbox" aria-label={t('libraryView.searchResults')} className="search-hits">
          {answer.hits.map((hit, index) => (
            <li
              key={hit.id}
              id={hitElementId(hit)}
              role="option"
              aria-selected={index === activeIndex}
              className="search-hit"
              data-article-id={hit.id}
              onMouseMove={() => index !== activeIndex && onActivate(index)}
              onClick={() => onOpen(hit)}
            >
              <span className="search-hit-headline">
                {hit.headline ? <Highlighted pieces={hit.headlineHighlighted} /> : <span className="muted">{t('library.untitled')}</span>}
              </span>
              {hit.snippet.length > 0 && (
                <span className="search-hit-snippet">
                  <Highlighted pieces={hit.snippet} />
                </span>
              )}
              <span className="search-hit-meta">
                <span className={`status status-${hit.status}`}>{t(`status.${hit.status}`)}</span>
                {hit.section && <span>{hit.section}</span>}
                {hit.datelineDate && <RowDate isoDate={hit.datelineDate} />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
