// Sort and filters for the list: sort key and order; status, section, tag and a dateline date range (the
// trash shows the sort only, a search the filters only). Sections and tags come with how many live articles carry them.
import { useTranslation } from 'react-i18next';
import { articleStatuses, defaultDirection, librarySorts } from '../../contract/constants';
import type { Facet, LibraryFilters, LibrarySort, SortDirection } from '../../contract/schemas/library';
import { activeFilters } from './libraryViewState';
import { DateField } from '../components/DateField';

interface FiltersBarProps {
  sort: LibrarySort;
  direction: SortDirection;
  filters: LibraryFilters;
  sections: Facet[];
  tags: Facet[];
  /** Off while searching: hits come best first, so a sort would not apply. */
  showSort: boolean;
  showFilters: boolean;
  onSort: (sort: LibrarySort, direction: SortDirection) => void;
  onFilters: (filters: LibraryFilters) => void;
}

export function FiltersBar({ sort, direction, filters, sections, tags, showSort, showFilters, onSort, onFilters }: FiltersBarProps) {
  const { t } = useTranslation();
  const set = (changes: LibraryFilters) => onFilters(activeFilters({ ...filters, ...changes }));
  const orderKey = sort === 'headline' ? (direction === 'asc' ? 'textAsc' : 'textDesc') : direction === 'asc' ? 'dateAsc' : 'dateDesc';
  const filtering = Object.keys(activeFilters(filters)).length > 0;

  return (
    <div className="library-filters" role="group" aria-label={t('libraryView.filters')}>
      {showSort && (
        <>
          <label className="filter">
            <span>{t('libraryView.sortBy')}</span>
            <select value={sort} onChange={(event) => onSort(event.target.value as LibrarySort, defaultDirection[event.target.value as LibrarySort])} data-testid="library-sort">
              {librarySorts.map((key) => (
                <option key={key} value={key}>
                  {t(`libraryView.sort.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="filter-order"
            aria-label={`${t('libraryView.directionLabel')}: ${t(`libraryView.direction.${orderKey}`)}`}
            onClick={() => onSort(sort, direction === 'asc' ? 'desc' : 'asc')}
            data-testid="library-direction"
          >
            {t(`libraryView.direction.${orderKey}`)}
          </button>
        </>
      )}
      {showFilters && (
        <>
          <label className="filter">
            <span>{t('libraryView.statusFilter')}</span>
            <select value={filters.status ?? ''} onChange={(event) => set({ status: (event.target.value || undefined) as LibraryFilters['status'] })} data-testid="filter-status">
              <option value="">{t('libraryView.anyStatus')}</option>
              {articleStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <FacetSelect
            label={t('libraryView.sectionFilter')}
            anyLabel={t('libraryView.anySection')}
            facets={sections}
            value={filters.section}
            onChange={(section) => set({ section })}
            testId="filter-section"
          />
          <FacetSelect label={t('libraryView.tagFilter')} anyLabel={t('libraryView.anyTag')} facets={tags} value={filters.tag} onChange={(tag) => set({ tag })} testId="filter-tag" />
          <DateField
            className="filter"
            label={t('libraryView.datelineFrom')}
            value={filters.datelineFrom ?? ''}
            max={filters.datelineTo}
            onValue={(iso) => set({ datelineFrom: iso || undefined })}
            data-testid="filter-from"
          />
          <DateField
            className="filter"
            label={t('libraryView.datelineTo')}
            value={filters.datelineTo ?? ''}
            min={filters.datelineFrom}
            onValue={(iso) => set({ datelineTo: iso || undefined })}
            data-testid="filter-to"
          />
          {filtering && (
            <button type="button" className="quiet filter-clear" onClick={() => onFilters({})} data-testid="filter-clear">
              {t('libraryView.clearFilters')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

interface FacetSelectProps {
  label: string;
  anyLabel: string;
  facets: Facet[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  testId: string;
}

function FacetSelect({ label, anyLabel, facets, value, onChange, testId }: FacetSelectProps) {
  const { t } = useTranslation();
  // A chosen value whose last article just left (deleted, retagged) stays choosable, so the picker never lies.
  const options = value && !facets.some((facet) => facet.name === value) ? [...facets, { name: value, count: 0 }] : facets;
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)} data-testid={testId}>
        <option value="">{anyLabel}</option>
        {options.map((facet) => (
          <option key={facet.name} value={facet.name}>
            {t('libraryView.facetOption', { name: facet.name, count: facet.count })}
          </option>
        ))}
      </select>
    </label>
  );
}
