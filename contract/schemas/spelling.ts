import { z } from 'zod';
import { languages } from '../../common/i18n/languages';
import { findingKinds, findingMessages, toneStyles } from '../../common/spelling/findings';

export const toneStyleSchema = z.enum(toneStyles as ['old', 'new']);
export const spellingFindingSchema = z.object({
  kind: z.enum(findingKinds),
  text: z.string(),
  block: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  suggestions: z.array(z.string()),
  message: z.enum(findingMessages),
});
export const spellingCheckSchema = z.object({
  language: z.enum(languages),
  toneStyle: toneStyleSchema,
  findings: z.array(spellingFindingSchema),
});
export const spellingSettingsSchema = z.object({ toneStyle: toneStyleSchema, enabled: z.boolean() });
/** One word, as the personal dictionary takes it (the handler checks its letters). */
export const dictionaryWordInput = z.object({ word: z.string().trim().min(1).max(64) }).strict();
export const dictionaryWordsSchema = z.object({ words: z.array(z.string()) });

export type SpellingSettings = z.infer<typeof spellingSettingsSchema>;
