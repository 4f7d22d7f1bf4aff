// Filing from the field: destinations (where a story goes) and the outbox (what waits to go there).
import { z } from 'zod';
import { articleId, timestamp } from './article';

import { destinationKinds } from '../constants';

export { destinationKinds };
export const outboxStates = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
/** Where a destination's secret is kept: never in the library in clear. */
export const secretStores = ['none', 'keyring', 'env', 'safeStorage'] as const;

export const destinationName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .transform((name) => name.normalize('NFC'));

const webUrl = z.url({ protocol: /^https?$/ });

export const destinationSettingsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: z.string().min(1).max(4096) }).strict(),
  z.object({ kind: z.literal('email'), to: z.email(), smtp: z.url({ protocol: /^smtps?$/ }) }).strict(),
  z.object({ kind: z.literal('http'), url: webUrl }).strict(),
  z.object({ kind: z.literal('wordpress'), url: webUrl, user: z.string().trim().min(1).max(200) }).strict(),
]);

export const destinationSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  kind: z.enum(destinationKinds),
  settings: destinationSettingsSchema,
  /** Where its password or token is kept, and for `env` the variable read at send time. */
  secret: z.object({ store: z.enum(secretStores), variable: z.string().optional() }),
});

export const outboxErrorSchema = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const outboxItemSchema = z.object({
  id: z.number().int().positive(),
  article: articleId.nullable(),
  /** The article's revision this item sends (frozen when it was filed); null for items from before. */
  revision: z.number().int().positive().nullable(),
  headline: z.string(),
  destination: z.string(),
  destinationKind: z.enum(destinationKinds),
  state: z.enum(outboxStates),
  attempts: z.number().int().nonnegative(),
  error: outboxErrorSchema.nullable(),
  queuedAt: timestamp,
  nextAttemptAt: timestamp.nullable(),
  sentAt: timestamp.nullable(),
  /** The receiver's id for what it got: a message id, a post id, a file name. */
  receipt: z.string().nullable(),
});

export type DestinationKind = (typeof destinationKinds)[number];
export type OutboxState = (typeof outboxStates)[number];
export type SecretStore = (typeof secretStores)[number];
export type DestinationSettings = z.infer<typeof destinationSettingsSchema>;
export type Destination = z.infer<typeof destinationSchema>;
export type OutboxItem = z.infer<typeof outboxItemSchema>;
export type OutboxError = z.infer<typeof outboxErrorSchema>;
