// The whole API between the renderer and the main process, one entry a call.
import { z } from 'zod';
import { defineContract, type ContractTable } from './defineContract';
import { articleChangesSchema, articleId, articleSchema, articleStatus, articleSummarySchema, articleVersion, headline, savedArticleSchema } from './schemas/article';
import { articlesImportedSchema, importArticleInputSchema, importedArticleSchema } from './schemas/articleImport';
import {
  exportArticleFileInputSchema,
  exportArticleInputSchema,
  exportArticleResultSchema,
  exportedFileSchema,
  exportJobId,
  preflightFindingSchema,
  renderedArticleSchema,
} from './schemas/articleExport';
import { revisionCalls } from './revisionCalls';
import { languageSchema, settingsSchema, trashRetentionSchema } from './schemas/settings';
import { backupCalls } from './backupCalls';
import { facetSchema, libraryPageSchema, libraryQuerySchema, searchHitSchema, searchInputSchema } from './schemas/library';
import { outboxApi } from './outboxApi';
import { dictionaryWordInput, dictionaryWordsSchema, spellingCheckSchema, spellingSettingsSchema } from './schemas/spelling';
import { flushRequestId, pendingDraftSchema, recoveredDraftSchema } from './schemas/draftRecovery';
import { importPhotoBytesInput, photoChangesSchema, photoId, photoImportSchema, photoSchema } from './schemas/photo';

export const api = {
  listArticles: defineContract({
    channel: 'articles:list',
    input: z.object({}).strict(),
    output: z.array(articleSummarySchema),
  }),
  createArticle: defineContract({
    channel: 'articles:create',
    input: z.object({ headline: headline.optional() }).strict(),
    output: articleSchema,
  }),
  getArticle: defineContract({
    channel: 'articles:get',
    input: z.object({ id: articleId }).strict(),
    output: articleSchema,
  }),
  updateArticle: defineContract({
    channel: 'articles:update',
    /**
     * baseVersion: the version this save was based on; a save based on an older one is refused.
     * sealPrevious: the save overrides a change made elsewhere (the editor keeps its own text after a refusal):
     * the text it replaces stays a revision of its own instead of coalescing with this save.
     */
    input: articleChangesSchema.extend({ id: articleId, baseVersion: articleVersion, sealPrevious: z.boolean().optional() }).strict(),
    output: savedArticleSchema,
  }),
  setArticleStatus: defineContract({
    channel: 'articles:setStatus',
    input: z.object({ id: articleId, status: articleStatus }).strict(),
    output: articleSchema,
  }),
  importArticle: defineContract({
    channel: 'articles:import',
    input: importArticleInputSchema,
    output: importedArticleSchema,
  }),
  /** Articles from files the shell's own open dialog chooses (File → Import…); paths never come from the page. */
  importArticlesFromDialog: defineContract({
    channel: 'articles:importFromDialog',
    input: z.object({}).strict(),
    output: articlesImportedSchema,
  }),
  exportArticle: defineContract({
    channel: 'articles:export',
    input: exportArticleInputSchema,
    output: exportArticleResultSchema,
  }),
  /** The export as one downloadable file, for the browser app (no save dialog, no path from the page). */
  exportArticleFile: defineContract({
    channel: 'articles:exportFile',
    input: exportArticleFileInputSchema,
    output: exportedFileSchema,
  }),
  cancelExport: defineContract({
    channel: 'articles:cancelExport',
    input: z.object({ jobId: exportJobId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  }),
  preflightArticle: defineContract({
    channel: 'articles:preflight',
    input: z.object({ id: articleId }).strict(),
    output: z.array(preflightFindingSchema),
  }),
  renderArticleHtml: defineContract({
    channel: 'articles:renderHtml',
    input: z.object({ id: articleId }).strict(),
    output: renderedArticleSchema,
  }),
  /** Deletes a new article for good if it is still untouched (left right after "New article"). */
  discardUntouchedArticle: defineContract({
    channel: 'articles:discardUntouched',
    input: z.object({ id: articleId }).strict(),
    output: z.object({ discarded: z.boolean() }),
  }),
  /** Moves the article to the trash. */
  deleteArticle: defineContract({
    channel: 'articles:delete',
    input: z.object({ id: articleId }).strict(),
    output: z.object({ id: articleId }),
  }),
  restoreArticle: defineContract({
    channel: 'articles:restore',
    input: z.object({ id: articleId }).strict(),
    output: articleSummarySchema,
  }),
  /** Deletes every article in the trash for good (the renderer confirms first). */
  emptyTrash: defineContract({
    channel: 'library:emptyTrash',
    input: z.object({}).strict(),
    output: z.object({ deleted: z.number().int().nonnegative() }),
  }),
  queryArticles: defineContract({
    channel: 'library:query',
    input: libraryQuerySchema,
    output: libraryPageSchema,
  }),
  listSections: defineContract({
    channel: 'library:sections',
    input: z.object({}).strict(),
    output: z.array(facetSchema),
  }),
  listTags: defineContract({
    channel: 'library:tags',
    input: z.object({}).strict(),
    output: z.array(facetSchema),
  }),
  searchArticles: defineContract({
    channel: 'search:articles',
    input: searchInputSchema,
    output: z.array(searchHitSchema),
  }),
  getSettings: defineContract({
    channel: 'settings:get',
    input: z.object({}).strict(),
    output: settingsSchema,
  }),
  setLanguage: defineContract({
    channel: 'settings:setLanguage',
    input: z.object({ language: languageSchema }).strict(),
    output: settingsSchema,
  }),
  ...backupCalls,
  importPhotoBytes: defineContract({
    channel: 'photos:importBytes',
    input: importPhotoBytesInput,
    output: photoImportSchema,
  }),
  importPhotosFromDialog: defineContract({
    channel: 'photos:importFromDialog',
    input: z.object({ articleId: articleId.optional() }).strict(),
    output: photoImportSchema,
  }),
  listArticlePhotos: defineContract({
    channel: 'photos:listOfArticle',
    input: z.object({ articleId }).strict(),
    output: z.array(photoSchema),
  }),
  getPhotos: defineContract({
    channel: 'photos:get',
    input: z.object({ ids: z.array(photoId).max(1000) }).strict(),
    output: z.array(photoSchema),
  }),
  updatePhoto: defineContract({
    channel: 'photos:update',
    input: photoChangesSchema,
    output: photoSchema,
  }),
  removeUnusedPhotos: defineContract({
    channel: 'photos:removeUnused',
    input: z.object({}).strict(),
    output: z.object({ removed: z.array(photoId) }),
  }),
  ...outboxApi,
  ...revisionCalls,
  /** Spelling and house-style findings of a stored article (the export pre-flight and the CLI use the same). */
  checkArticleSpelling: defineContract({
    channel: 'spelling:checkArticle',
    input: z.object({ id: articleId }).strict(),
    output: spellingCheckSchema,
  }),
  listDictionaryWords: defineContract({ channel: 'spelling:listWords', input: z.object({}).strict(), output: dictionaryWordsSchema }),
  addDictionaryWord: defineContract({ channel: 'spelling:addWord', input: dictionaryWordInput, output: dictionaryWordsSchema }),
  removeDictionaryWord: defineContract({ channel: 'spelling:removeWord', input: dictionaryWordInput, output: dictionaryWordsSchema }),
  getSpellingSettings: defineContract({ channel: 'spelling:getSettings', input: z.object({}).strict(), output: spellingSettingsSchema }),
  setSpellingSettings: defineContract({
    channel: 'spelling:setSettings',
    input: spellingSettingsSchema.partial().strict(),
    output: spellingSettingsSchema,
  }),
  /** While a close waits: the text not yet saved, kept by the shell in case the save never confirms. */
  holdPendingDraft: defineContract({
    channel: 'drafts:holdPending',
    input: pendingDraftSchema,
    output: z.object({ held: z.boolean() }),
  }),
  /** The renderer saved everything for this flush request: the close may go on. */
  confirmDraftsSaved: defineContract({
    channel: 'drafts:confirmSaved',
    input: z.object({ requestId: flushRequestId }).strict(),
    output: z.object({ released: z.boolean() }),
  }),
  /** Whether the page has an article open: the native menu enables its editor-only items (Export, Update from File) by it. */
  setArticleOpen: defineContract({
    channel: 'window:articleOpen',
    input: z.object({ open: z.boolean() }).strict(),
    output: z.object({ open: z.boolean() }),
  }),
  listRecoveredDrafts: defineContract({
    channel: 'drafts:listRecovered',
    input: z.object({}).strict(),
    output: z.array(recoveredDraftSchema),
  }),
  /** Saves a recovered draft into its article and forgets it. */
  restoreRecoveredDraft: defineContract({
    channel: 'drafts:restoreRecovered',
    input: z.object({ articleId }).strict(),
    output: articleSummarySchema,
  }),
  dismissRecoveredDraft: defineContract({
    channel: 'drafts:dismissRecovered',
    input: z.object({ articleId }).strict(),
    output: z.object({ dismissed: z.boolean() }),
  }),
  getTrashRetention: defineContract({
    channel: 'settings:trashRetention',
    input: z.object({}).strict(),
    output: trashRetentionSchema,
  }),
  setTrashRetention: defineContract({
    channel: 'settings:setTrashRetention',
    input: trashRetentionSchema.strict(),
    output: trashRetentionSchema,
  }),
} satisfies ContractTable;

export type Api = typeof api;
export type ApiMethod = keyof Api;

/** Every channel the preload may forward; derived, never typed by hand. */
export const apiChannels: readonly string[] = Object.values(api).map((contract) => contract.channel);
