// What the renderer sends to import a file: it reads the file itself and sends the name and the text, so the
// main process never opens a path the renderer chose. The name only picks the format and labels errors.
import { z } from 'zod';

/** The file types the app offers to import; import/importers.ts must answer to exactly these (tested). */
export const articleImportExtensions = ['.txt'] as const;

export const maxImportFileNameLength = 255;
/** Far beyond any report (the seed is 6 KB); the import service still refuses a body the editor could not hold. */
export const maxImportTextLength = 20 * 1024 * 1024;

export const importArticleInputSchema = z
  .object({
    fileName: z.string().min(1).max(maxImportFileNameLength),
    text: z.string().max(maxImportTextLength),
  })
  .strict();
