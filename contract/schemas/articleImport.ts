// What the renderer sends to import a file: it reads the file itself and sends the name and the content, so
// the main process never opens a path the renderer chose. The name only picks the format and labels errors.
// Text formats travel as text (File.text()); binary formats (.docx) as bytes, base64, bounded.
import { z } from 'zod';
import { articleId, articleSchema } from './article';
import { articleImportExtensions } from '../constants';
import { importNoteCodes } from '../../common/i18n/importReportLines';
import { errorCodes } from '../../common/errors/newsdeskError';

export { articleImportExtensions };
/** Of those, the ones the renderer must send as bytes: they are not text. */
export const articleImportBinaryExtensions = ['.docx'] as const;

export const maxImportFileNameLength = 255;
/** Far beyond any report (the seed is 6 KB); the import service still refuses a body the editor could not hold. */
export const maxImportTextLength = 20 * 1024 * 1024;
/** A Word file with its photos inside can be large; the photos are not imported, but the file must be read. */
export const maxImportBinaryBytes = 32 * 1024 * 1024;
const maxImportBase64Length = Math.ceil(maxImportBinaryBytes / 3) * 4;

/** A file as the renderer read it: its name, and its content as text or as bytes (base64). */
export const importFileFields = {
  fileName: z.string().min(1).max(maxImportFileNameLength),
  text: z.string().max(maxImportTextLength).optional(),
  bytes: z.base64().max(maxImportBase64Length).optional(),
};

/** Exactly one of text and bytes. */
export function sentAsTextOrBytes(input: { text?: string; bytes?: string }): boolean {
  return (input.text === undefined) !== (input.bytes === undefined);
}
export const sentAsTextOrBytesIssue = { message: 'send the file either as text or as bytes (base64)', path: ['text'] };

export const importArticleInputSchema = z.object(importFileFields).strict().refine(sentAsTextOrBytes, sentAsTextOrBytesIssue);


/** What an import changed, left out or guessed, one note each (translated as importNotes.<code>), and the
 * article already in the library with the same content, if any. */
export const importNoteSchema = z.object({
  kind: z.enum(['converted', 'dropped', 'guessed']),
  code: z.enum(importNoteCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportNote = z.infer<typeof importNoteSchema>;
export const importReportSchema = z.object({
  notes: z.array(importNoteSchema),
  duplicateOf: z.object({ id: articleId, headline: z.string() }).nullable(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** The article an import created, with the import's report. */
export const importedArticleSchema = articleSchema.extend({ importReport: importReportSchema });

/** True when a file of this name must be sent as bytes. */
export function isBinaryImport(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return articleImportBinaryExtensions.some((extension) => lower.endsWith(extension));
}

/** A file that could not be imported: the error's code and parameters, worded only when the page shows it,
 * so a language switch re-words it. */
export const importProblemSchema = z.object({
  code: z.enum(errorCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** What an import of files the shell's own dialog chose brings back: each new article with its report, and
 * one problem per file that could not be imported. */
export const articlesImportedSchema = z.object({
  ids: z.array(articleId),
  reports: z.array(z.object({ fileName: z.string(), articleId, report: importReportSchema })).optional(),
  errors: z.array(importProblemSchema),
});
export type ArticlesImported = z.infer<typeof articlesImportedSchema>;
