// The outbox's calls, spread into the one contract (api.ts): destinations (settings → Destinations), filing an
// article, and the outbox view. A secret goes in once, with addDestination, and never comes back out.
import { z } from 'zod';
import { defineContract, type ContractTable } from './defineContract';
import { articleId } from './schemas/article';
import { destinationName, destinationSchema, destinationSettingsSchema, outboxErrorSchema, outboxItemSchema } from './schemas/outbox';

const itemId = z.number().int().positive();

export const outboxApi = {
  listDestinations: defineContract({
    channel: 'destinations:list',
    input: z.object({}).strict(),
    output: z.array(destinationSchema),
  }),
  addDestination: defineContract({
    channel: 'destinations:add',
    input: z.object({ name: destinationName, settings: destinationSettingsSchema, secret: z.string().min(1).max(1000).optional() }).strict(),
    output: destinationSchema,
  }),
  removeDestination: defineContract({
    channel: 'destinations:remove',
    input: z.object({ name: destinationName }).strict(),
    output: z.object({ name: z.string() }),
  }),
  /** A real attempt to reach it (the folder, the mail server, the endpoint, the site with its password). */
  testDestination: defineContract({
    channel: 'destinations:test',
    input: z.object({ name: destinationName }).strict(),
    output: z.object({ ok: z.boolean(), error: outboxErrorSchema.nullable() }),
  }),
  fileArticle: defineContract({
    channel: 'outbox:file',
    input: z.object({ id: articleId, destination: destinationName }).strict(),
    output: outboxItemSchema,
  }),
  listOutbox: defineContract({
    channel: 'outbox:list',
    input: z.object({}).strict(),
    output: z.array(outboxItemSchema),
  }),
  retryOutboxItem: defineContract({
    channel: 'outbox:retry',
    input: z.object({ id: itemId }).strict(),
    output: outboxItemSchema,
  }),
  cancelOutboxItem: defineContract({
    channel: 'outbox:cancel',
    input: z.object({ id: itemId }).strict(),
    output: outboxItemSchema,
  }),
} satisfies ContractTable;
