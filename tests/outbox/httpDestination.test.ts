// An http destination against a real HTTP server on 127.0.0.1: it fails twice (503) and then accepts: the
// story is delivered once, after two retries, as valid NINJS 3.1 with its photos inside, with the bearer
// token and the same Idempotency-Key on every attempt. A 4xx is a permanent failure with the server's words.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { validateNinjs } from '../export/ninjsSchema';
import { useTempDirs } from '../helpers/tempDir';
import { outboxWorld, sendUntilSettled, type OutboxWorld } from './outboxFixtures';

const tempDir = useTempDirs('newsdesk-outbox-http');

interface Received {
  authorization?: string;
  key?: string;
  body: string;
}

let world: OutboxWorld | undefined;
let server: http.Server | undefined;
afterEach(async () => {
  world?.library.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Answers each request with the next status of `statuses` (the last one from then on). */
async function ingestServer(statuses: Array<[number, string]>): Promise<{ url: string; requests: Received[] }> {
  const requests: Received[] = [];
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ authorization: request.headers.authorization, key: request.headers['idempotency-key'] as string | undefined, body: Buffer.concat(chunks).toString('utf8') });
      const [status, body] = statuses[Math.min(requests.length, statuses.length) - 1]!;
      response.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`, requests };
}

describe('an http destination', () => {
  it('is retried after two server errors and delivered once, as valid NINJS with its photos', async () => {
    const ingest = await ingestServer([
      [503, '{"message":"đang bảo trì"}'],
      [502, 'bad gateway'],
      [201, '{"id":"cms-9001"}'],
    ]);
    world = await outboxWorld(tempDir(), { env: { NEWSDESK_HTTP_TOKEN: 'token-Bi-Mat-0123' } });
    await world.outbox.addDestination('CMS', { kind: 'http', url: ingest.url });
    world.outbox.file(world.article.id, 'CMS');
    const [first] = await world.outbox.send();
    expect(first).toMatchObject({ state: 'queued', error: { code: 'outboxServerBusy', params: { status: 503 } } });
    await sendUntilSettled(world);

    expect(ingest.requests).toHaveLength(3);
    expect(world.outbox.list()[0]).toMatchObject({ state: 'sent', attempts: 3, receipt: 'cms-9001', error: null });
    expect(new Set(ingest.requests.map((request) => request.key)).size).toBe(1);
    expect(ingest.requests[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    for (const request of ingest.requests) expect(request.authorization).toBe('Bearer token-Bi-Mat-0123');
    const ninjs = JSON.parse(ingest.requests[2]!.body) as { uri: string; pubStatus: string; associations: Array<{ renditions: Array<{ href: string }> }> };
    expect(validateNinjs(ninjs), JSON.stringify(validateNinjs.errors)).toBe(true);
    expect(ninjs.uri).toBe(`urn:uuid:${world.article.uuid}`);
    expect(ninjs.pubStatus).toBe('usable');
    expect(ninjs.associations).toHaveLength(2);
    for (const picture of ninjs.associations) expect(picture.renditions[0]!.href).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    expect(world.library.articles.get(world.article.id).status).toBe('filed');
  });

  it('fails for good on a 4xx, with the server’s own message', async () => {
    const ingest = await ingestServer([[422, '{"message":"Thiếu chuyên mục"}']]);
    world = await outboxWorld(tempDir(), { env: { NEWSDESK_HTTP_TOKEN: 't' } });
    await world.outbox.addDestination('CMS', { kind: 'http', url: ingest.url });
    world.outbox.file(world.article.id, 'CMS');
    await sendUntilSettled(world);
    expect(ingest.requests).toHaveLength(1);
    expect(world.outbox.list()[0]).toMatchObject({ state: 'failed', attempts: 1, error: { code: 'outboxRejected', params: { status: 422, message: 'Thiếu chuyên mục' } } });
    expect(world.library.articles.get(world.article.id).status).not.toBe('filed');
  });

  it('keeps waiting, backing off, while nothing listens', async () => {
    const ingest = await ingestServer([[200, '{}']]);
    const url = ingest.url;
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    world = await outboxWorld(tempDir(), { env: { NEWSDESK_HTTP_TOKEN: 't' } });
    await world.outbox.addDestination('CMS', { kind: 'http', url });
    world.outbox.file(world.article.id, 'CMS');
    const [first] = await world.outbox.send();
    expect(first).toMatchObject({ state: 'queued', error: { code: 'outboxUnreachable', params: { reason: 'ECONNREFUSED' } } });
    const waits: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      world.clock.advance(2 * 60 * 60_000);
      const [outcome] = await world.outbox.send();
      waits.push(Date.parse(outcome!.nextAttemptAt!) - world.clock.now.getTime());
    }
    // Exponential: each wait twice the one before (the jitter is pinned at its middle here).
    expect(waits.slice(1).map((wait, index) => wait / waits[index]!)).toEqual([2, 2, 2]);
  });
});
