// Export as it crosses the contract. The renderer never names a path: it asks for an export (format, photo
// size), the main process asks the reporter where through its own save dialog, writes, and pushes progress
// events while it works; the renderer may cancel by the job id it chose. Pre-flight findings and the article
// as rich text for the clipboard are plain calls.
import { z } from 'zod';
import { exportFormats, photoExportSizes } from '../constants';
import { articleId } from './article';

export { exportFormats, photoExportSizes };

export const exportFormat = z.enum(exportFormats);
export const photoExportSize = z.enum(photoExportSizes);

/** Chosen by the renderer, so it can cancel a job before the call that started it returns. */
export const exportJobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const exportArticleInputSchema = z
  .object({
    id: articleId,
    format: exportFormat,
    /** Display size (1600 px) or the originals; the hand-off package always carries the originals too. */
    photoSize: photoExportSize.default('display'),
    /** HTML and Markdown: photos inside the file as data: URLs instead of in a folder beside it. */
    embedPhotos: z.boolean().default(false),
    jobId: exportJobId,
  })
  .strict();

export const exportArticleResultSchema = z.discriminatedUnion('status', [
  /** `path` is the main file; `files` everything written beside it too (the photo folder of an HTML page). */
  z.object({ status: z.literal('written'), path: z.string(), files: z.array(z.string()) }),
  /** The reporter closed the save dialog: nothing was written. */
  z.object({ status: z.literal('dialogCancelled') }),
]);

/** The browser's way to export: no save dialog, so the file itself comes back for the page to download. */
export const exportArticleFileInputSchema = exportArticleInputSchema.omit({ embedPhotos: true });

/** One file (photos inside it, or a .zip): its name and its bytes as base64. */
export const exportedFileSchema = z.object({ fileName: z.string().min(1), base64: z.string() });

export const exportPhases = ['photos', 'rendering', 'writing', 'packaging'] as const;

export const exportProgressSchema = z.object({
  jobId: exportJobId,
  phase: z.enum(exportPhases),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const preflightCodes = [
  'emptyHeadline',
  'emptySapo',
  'figureWithoutPhoto',
  'figureWithoutCaption',
  'figureWithoutCredit',
  'photoMissing',
  'overTargetLength',
  'spellingFindings',
  'styleFindings',
  'underTargetLength',
] as const;

/** One thing the reporter may want to fix before handing the report over; they may still export. */
export const preflightFindingSchema = z.object({
  code: z.enum(preflightCodes),
  /** 1-based figure number, for the figure findings. */
  figure: z.number().int().positive().optional(),
  words: z.number().int().nonnegative().optional(),
  target: z.number().int().positive().optional(),
  /** How many, for the spelling and house-style counts. */
  count: z.number().int().positive().optional(),
});

export const renderedArticleSchema = z.object({
  /** A sanitised HTML fragment (headline, sapo, body, captions, credit line): for the clipboard's text/html. */
  html: z.string(),
  /** The same article as plain text: for the clipboard's text/plain. */
  text: z.string(),
});

export type ExportFormat = z.infer<typeof exportFormat>;
export type PhotoExportSize = z.infer<typeof photoExportSize>;
export type ExportPhase = (typeof exportPhases)[number];
export type ExportProgress = z.infer<typeof exportProgressSchema>;
export type ExportArticleResult = z.infer<typeof exportArticleResultSchema>;
export type ExportedFile = z.infer<typeof exportedFileSchema>;
export type PreflightFinding = z.infer<typeof preflightFindingSchema>;
export type PreflightCode = (typeof preflightCodes)[number];
export type RenderedArticle = z.infer<typeof renderedArticleSchema>;
