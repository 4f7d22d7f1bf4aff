// An http destination: a newsroom endpoint (a CMS's ingest) receiving NINJS 3.1 as JSON with its photos inside
// (each picture's rendition a data: URL), with a bearer token. Every attempt of one queue item carries the
// same Idempotency-Key, so a receiver that honours it files the story once even when a killed or timed-out
// attempt had in fact arrived. The NINJS `uri` is the article's own: a newer version replaces the older at the
// receiver (`version` grows with every save).
import fs from 'node:fs/promises';
import path from 'node:path';
import { outboxErrors } from '../outboxErrors';
import { failureOf, networkFailure } from './httpErrors';
import type { Sender } from './sender';

export const httpTimeoutMs = 120_000;

export const sendToHttp: Sender = async ({ destination, article, secret, key, files, workDir, previous, signal }) => {
  if (destination.settings.kind !== 'http') throw new Error('not an http destination');
  const url = new URL(destination.settings.url);
  if (!secret) throw outboxErrors.secretMissing(destination.name, 'NEWSDESK_HTTP_TOKEN');
  // A header carries visible ASCII only: a token with anything else would never go, however long we waited.
  if (!/^[\x21-\x7e]+$/.test(secret)) throw outboxErrors.destinationInvalid('NEWSDESK_HTTP_TOKEN: not a bearer token');
  const file = await files.write(article, 'ninjs', { outPath: path.join(workDir, 'article.ninjs.json'), embedPhotos: true }, signal);
  const body = await fs.readFile(file);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        authorization: `Bearer ${secret}`,
        'idempotency-key': key,
        ...(previous ? { 'x-newsdesk-replaces': previous } : {}),
      },
      body,
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(httpTimeoutMs)]) : AbortSignal.timeout(httpTimeoutMs),
    });
  } catch (error) {
    throw networkFailure(error, url.host);
  }
  if (!response.ok) throw await failureOf(response, url.host);
  const id = await receiverId(response);
  return { remoteId: id ?? `urn:uuid:${article.uuid}`, receipt: id ?? `HTTP ${response.status}` };
};

/** The receiver's id for the story: `id` in a JSON answer, else its Location. */
async function receiverId(response: Response): Promise<string | undefined> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    if (typeof parsed.id === 'string' || typeof parsed.id === 'number') return String(parsed.id);
  } catch {
    // No JSON answer.
  }
  return response.headers.get('location') ?? undefined;
}
