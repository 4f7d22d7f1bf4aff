// The library list (sorted, filtered, paged, with its trash) and full-text search, as the renderer asks for
// them. A page holds at most `maxPageSize` rows: the library view is virtualised and fetches the pages it
// scrolls to, by offset, so row 50,000 is one call away.
import { z } from 'zod';
import { defaultDirection, librarySorts, maxPageSize, maxSearchLimit } from '../constants';
import { articleId, articleStatus, articleSummarySchema, isoDate, timestamp } from './article';

export { defaultDirection, librarySorts, maxPageSize, maxSearchLimit };

export const librarySort = z.enum(librarySorts);
export const sortDirection = z.enum(['asc', 'desc']);

export const libraryFiltersSchema = z
  .object({
    status: articleStatus,
    section: z.string().max(100),
    tag: z.string().max(100),
    /** Dateline dates, both ends included. */
    datelineFrom: isoDate,
    datelineTo: isoDate,
  })
  .partial()
  .strict();

export const libraryQuerySchema = libraryFiltersSchema
  .extend({
    sort: librarySort.default('updated'),
    direction: sortDirection.optional(),
    /** The trash instead of the library. */
    trash: z.boolean().default(false),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(maxPageSize).default(100),
  })
  .strict();

export const libraryRowSchema = articleSummarySchema.extend({
  /** When it went to the trash; null for a live article. */
  deletedAt: timestamp.nullable(),
  /** When a trashed article will be deleted for good (the trash's retention); null for a live article. */
  purgeAt: timestamp.nullable(),
});

export const libraryPageSchema = z.object({
  /** Rows matching the filters, over all pages. */
  total: z.number().int().nonnegative(),
  rows: z.array(libraryRowSchema),
});

/** A section or tag for the filter pickers, with how many live articles carry it. */
export const facetSchema = z.object({ name: z.string(), count: z.number().int().positive() });

/** Text cut into pieces, `hit` where the query matched: the renderer wraps hits in <mark>; never HTML. */
export const highlightedSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));

/** Generous, so a pasted page is searched (by its first words), never refused. */
export const maxSearchQueryLength = 100_000;

export const searchInputSchema = z
  .object({
    query: z.string().max(maxSearchQueryLength),
    limit: z.number().int().min(1).max(maxSearchLimit).default(20),
    filters: libraryFiltersSchema.optional(),
  })
  .strict();

export const searchHitSchema = z.object({
  id: articleId,
  headline: z.string(),
  headlineHighlighted: highlightedSchema,
  /** The passage (sapo, body, captions, credits or tags) where the query matched best, cut to a few lines. */
  snippet: highlightedSchema,
  /** bm25 relevance, higher is better (comparable within one search only). */
  score: z.number(),
  /** The article holds every marked word of the query as typed (only for queries typed with marks). */
  exact: z.boolean(),
  status: articleStatus,
  section: z.string(),
  datelineDate: isoDate.nullable(),
  updated: timestamp,
});

export type LibrarySort = z.infer<typeof librarySort>;
export type SortDirection = z.infer<typeof sortDirection>;
export type LibraryFilters = z.infer<typeof libraryFiltersSchema>;
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;
export type LibraryRow = z.infer<typeof libraryRowSchema>;
export type LibraryPage = z.infer<typeof libraryPageSchema>;
export type Facet = z.infer<typeof facetSchema>;
export type Highlighted = z.infer<typeof highlightedSchema>;
export type SearchInput = z.infer<typeof searchInputSchema>;
export type SearchHit = z.infer<typeof searchHitSchema>;
