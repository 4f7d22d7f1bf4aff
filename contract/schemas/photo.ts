// Photos as they cross the contract. The renderer never sends a path: it sends the bytes (base64, bounded),
// or asks the main process to open its own dialog.
import { z } from 'zod';
import { errorCodes } from '../../common/errors/newsdeskError';
import { articleId, timestamp } from './article';
import { maxPhotosPerImport, maxPhotoUploadBytes, photoSizes } from '../constants';

export const photoId = z.number().int().positive();
export { photoSizes };
export const photoSize = z.enum(photoSizes);

export const photoSchema = z.object({
  id: photoId,
  /** SHA-256 of the original's bytes, lower-case hex: the photo's identity in the store. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file name it was imported under. */
  name: z.string(),
  mime: z.string(),
  bytes: z.number().int().positive(),
  /** As displayed, after the EXIF orientation. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  caption: z.string(),
  credit: z.string(),
  creator: z.string(),
  copyright: z.string(),
  /** When it was taken, as the photo says: ISO 8601, a local time unless the photo gave an offset. */
  takenAt: z.string().nullable(),
  importedAt: timestamp,
});

/** One call carries at most this many bytes of photos; the renderer splits bigger batches into calls. */
export { maxPhotosPerImport, maxPhotoUploadBytes };
const maxBase64Length = Math.ceil(maxPhotoUploadBytes / 3) * 4;

export const captionText = z.string().max(5000);
export const creditText = z.string().max(500);

export const photoUploadSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    bytes: z.base64().max(maxBase64Length),
  })
  .strict();

export const importPhotoBytesInput = z
  .object({
    /** The article the photos are for: it must exist, and it keeps them until its next save. */
    articleId: articleId.optional(),
    files: z.array(photoUploadSchema).min(1).max(maxPhotosPerImport),
  })
  .strict()
  .refine((input) => input.files.reduce((sum, file) => sum + file.bytes.length, 0) <= maxBase64Length, {
    message: `at most ${maxPhotoUploadBytes / 1024 / 1024} MiB of photos per call`,
    path: ['files'],
  });

export const wireErrorSchema = z.object({
  code: z.enum(errorCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const photoImportResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), name: z.string(), photo: photoSchema, duplicate: z.boolean() }),
  z.object({ ok: z.literal(false), name: z.string(), error: wireErrorSchema }),
]);

export const photoImportSchema = z.object({ results: z.array(photoImportResultSchema) });

export const photoChangesSchema = z
  .object({ id: photoId, caption: captionText.optional(), credit: creditText.optional() })
  .strict();

export type Photo = z.infer<typeof photoSchema>;
export type PhotoSize = z.infer<typeof photoSize>;
export type PhotoImportResult = z.infer<typeof photoImportResultSchema>;
export type PhotoChanges = Omit<z.infer<typeof photoChangesSchema>, 'id'>;
