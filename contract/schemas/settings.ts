import { z } from 'zod';
import { languages } from '../../common/i18n/languages';

export const languageSchema = z.enum(languages);
export const settingsSchema = z.object({ language: languageSchema });
export type Settings = z.infer<typeof settingsSchema>;

/** Days the trash keeps an article before deleting it for good. */
export const trashRetentionSchema = z.object({ days: z.number().int().min(1).max(3650) });
