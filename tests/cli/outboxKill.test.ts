// Killing `newsdesk outbox send` in the middle of a delivery, several times: the receiver got the story each
// time but the sender never heard back. The queue item stays 'sending' with a dead owner; the next run resumes
// it with the same Idempotency-Key, so the receiver keeps one story (no duplicate) and the item ends sent
// (nothing lost). The kills come when the receiver has the whole request, the worst moment.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { seedWithPhotos } from '../export/exportFixtures';
import { useTempDirs } from '../helpers/tempDir';
import { cleanEnv, cli, expectSuccess, repo } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-outbox-kill');
const kills = 3;
let server: http.Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('killing outbox send mid-delivery', () => {
  it(`neither duplicates nor loses the item over ${kills} kills`, async () => {
    const stored = new Map<string, string>();
    let requests = 0;
    let answer = false;
    let arrived: (() => void) | undefined;
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        requests += 1;
        const key = String(request.headers['idempotency-key']);
        // An ingest honouring Idempotency-Key: the first request with a key stores the story, later ones
        // with the same key get the same answer and store nothing.
        if (!stored.has(key)) stored.set(key, `story-${stored.size + 1}`);
        if (answer) response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: stored.get(key) }));
        arrived?.();
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`;

    const dir = tempDir();
    const library = openLibrary(dir);
    const { article } = await seedWithPhotos(library, tempDir());
    library.close();
    const env = { NEWSDESK_HTTP_TOKEN: 'token-0123' };
    expectSuccess(await cli(['--data-dir', dir, 'destination', 'add', 'CMS', '--http', url], env));
    expectSuccess(await cli(['--data-dir', dir, 'file', String(article.id), '--to', 'CMS'], env));

    for (let kill = 1; kill <= kills; kill += 1) {
      const child = spawn(process.execPath, ['bin/newsdesk.mjs', '--data-dir', dir, 'outbox', 'send'], { cwd: repo, env: cleanEnv(env), stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await new Promise<void>((resolve) => (arrived = resolve));
      child.kill('SIGKILL');
      await exited;
      const [item] = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'outbox', '--json'])));
      expect(item).toMatchObject({ state: 'sending', attempts: kill });
    }
    expect(requests).toBe(kills);

    answer = true;
    arrived = undefined;
    const sent = expectSuccess(await cli(['--data-dir', dir, 'outbox', 'send'], env));
    expect(sent).toMatch(/^#1 {2}Sent {2}CMS {2}.+ {2}story-1\n$/);
    const items = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'outbox', '--json'])));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ state: 'sent', attempts: kills + 1, receipt: 'story-1' });
    expect(requests).toBe(kills + 1);
    expect([...stored.values()]).toEqual(['story-1']);
    expect(expectSuccess(await cli(['--data-dir', dir, 'outbox', 'send'], env))).toBe('');
    expect(requests).toBe(kills + 1);
  });
});
