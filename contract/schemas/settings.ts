import { z } from 'zod';
import { languages } from '../../common/i18n/languages';

export const languageSchema = z.enum(languages);
export const settingsSchema = z.object({ language: languageSchema });
export type Settings = z.infer<typeof settingsSchema>;
