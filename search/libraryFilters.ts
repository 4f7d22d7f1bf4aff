// The library's filters as SQL: fixed fragments over the `articles` table, every value a bound parameter.
// Shared by the list and by search, so "drafts in Thể thao" means the same thing in both.
import type { LibraryFilters } from '../contract/schemas/library';

export interface FilterSql {
  /** Conditions to AND together; never empty (live or trash is always one). */
  conditions: string[];
  params: Record<string, string>;
}

export function filterSql(filters: LibraryFilters, trash: boolean): FilterSql {
  const conditions = [trash ? 'articles.deleted_at IS NOT NULL' : 'articles.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  if (filters.status !== undefined) {
    conditions.push('articles.status = @status');
    params.status = filters.status;
  }
  if (filters.section !== undefined) {
    conditions.push('articles.section = @section');
    params.section = filters.section.normalize('NFC').trim();
  }
  if (filters.tag !== undefined) {
    conditions.push('articles.id IN (SELECT article_id FROM article_tags WHERE tag = @tag)');
    params.tag = filters.tag.normalize('NFC').trim();
  }
  if (filters.datelineFrom !== undefined) {
    conditions.push('articles.dateline_date >= @datelineFrom');
    params.datelineFrom = filters.datelineFrom;
  }
  if (filters.datelineTo !== undefined) {
    conditions.push('articles.dateline_date <= @datelineTo');
    params.datelineTo = filters.datelineTo;
  }
  return { conditions, params };
}
