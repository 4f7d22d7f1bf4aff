// The calls of an article's history: list, read, compare, restore, label, and replace from a corrected file.
// Their own file so the history panel's calls read together; contract/api.ts spreads them into the one table.
import { z } from 'zod';
import { defineContract } from './defineContract';
import { articleId, articleSchema, articleVersion } from './schemas/article';
import { importedArticleSchema } from './schemas/articleImport';
import {
  articleDiffSchema,
  diffRevisionsInput,
  revertArticleInput,
  revisionRef,
  revisionSchema,
  revisionWithContentSchema,
  saveVersionInput,
  updateFromFileInput,
} from './schemas/revision';

export const revisionCalls = {
  /** The article's revisions, oldest first. */
  listRevisions: defineContract({
    channel: 'revisions:list',
    input: z.object({ id: articleId }).strict(),
    output: z.array(revisionSchema),
  }),
  getRevision: defineContract({
    channel: 'revisions:get',
    input: revisionRef,
    output: revisionWithContentSchema,
  }),
  /** Word by word, from revision `from` to revision `to` (absent: the current text). */
  diffRevisions: defineContract({
    channel: 'revisions:diff',
    input: diffRevisionsInput,
    output: articleDiffSchema,
  }),
  /** Makes a revision's content current, as a new revision (the replaced text is kept): itself undoable. */
  revertArticle: defineContract({
    channel: 'revisions:revert',
    input: revertArticleInput,
    output: articleSchema,
  }),
  /** "Save version": the current content as a labelled revision, kept whatever its age. */
  saveVersion: defineContract({
    channel: 'revisions:saveVersion',
    input: saveVersionInput,
    output: revisionSchema,
  }),
  /** Replaces the content from a corrected file (sent as read, like importArticle), keeping id, photos, status, details. */
  updateArticleFromFile: defineContract({
    channel: 'articles:updateFromFile',
    input: updateFromFileInput,
    output: importedArticleSchema,
  }),
  /** The same from a file the shell's own open dialog chooses (Electron), with its name; null when cancelled. */
  updateArticleFromDialog: defineContract({
    channel: 'articles:updateFromDialog',
    input: z.object({ id: articleId, baseVersion: articleVersion.optional() }).strict(),
    output: importedArticleSchema.extend({ fileName: z.string() }).nullable(),
  }),
};
