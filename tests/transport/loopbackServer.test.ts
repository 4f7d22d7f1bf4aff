// The loopback transport serves the same dispatch as Electron's IPC: it must refuse callers without the
// token or with a foreign Host, and a call of the wrong shape must come back typed and change nothing.
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { startLoopbackServer, tokenHeader, type LoopbackServer } from '../../transport/loopback/loopbackServer';
import { seedHeadline } from '../helpers/seed';
import { makeTempDir, removeDir } from '../helpers/tempDir';

let dataDir: string;
let library: Library;
let server: LoopbackServer;

beforeEach(async () => {
  dataDir = makeTempDir('newsdesk-loopback');
  library = openLibrary(dataDir);
  server = await startLoopbackServer({ dispatch: createDispatch(createHandlerTable({ library })) });
});

afterEach(async () => {
  await server.close();
  library.close();
  removeDir(dataDir);
});

function call(channel: string, body: unknown, headers: Record<string, string> = { [tokenHeader]: server.token }) {
  return fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function dump(): unknown[] {
  return library.db.prepare('SELECT * FROM articles ORDER BY id').all();
}

describe('loopback transport', () => {
  it('listens on 127.0.0.1 with a fresh random port and token', async () => {
    const other = await startLoopbackServer({ dispatch: createDispatch(createHandlerTable({ library })) });
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(other.origin).not.toBe(server.origin);
      expect(other.token).not.toBe(server.token);
      expect(server.token.length).toBeGreaterThanOrEqual(40);
    } finally {
      await other.close();
    }
  });

  it('serves the handler table', async () => {
    const created = await (await call('articles:create', { headline: seedHeadline })).json();
    expect(created).toMatchObject({ ok: true, value: { headline: seedHeadline, status: 'draft' } });
    const listed = await (await call('articles:list', {})).json();
    expect(listed.value).toHaveLength(1);
  });

  it('refuses a request without the token, or with a wrong one, and changes nothing', async () => {
    library.articles.create({ headline: 'giữ nguyên' });
    const before = dump();
    const missing = await call('articles:create', { headline: 'x' }, {});
    expect(missing.status).toBe(401);
    const wrong = await call('articles:delete', { id: 1 }, { [tokenHeader]: server.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) });
    expect(wrong.status).toBe(401);
    expect(dump()).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { port } = new URL(server.origin);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port, path: '/api/articles:list', method: 'POST', headers: { host: `evil.example:${port}`, [tokenHeader]: server.token } },
        (response) => resolve(response.statusCode ?? 0),
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers a call of the wrong shape with a typed validation error and leaves the store unchanged', async () => {
    library.articles.create({ headline: 'trước' });
    const before = dump();
    const cases: [string, unknown][] = [
      ['articles:update', { id: '1', baseVersion: 1, headline: 'sau' }],
      ['articles:update', { id: 1, baseVersion: 1, body: { type: 'paragraph' } }],
      ['articles:update', { id: 1, baseVersion: 1, headline: 'sau', extra: true }],
      ['articles:delete', {}],
      ['articles:delete', null],
      ['articles:create', { headline: 'x'.repeat(1001) }],
      ['articles:create', 'not json {'],
    ];
    for (const [channel, body] of cases) {
      const reply = await (await call(channel, body)).json();
      expect(reply.ok, `${channel} ${JSON.stringify(body)}`).toBe(false);
      expect(reply.error.code).toBe('invalidInput');
    }
    const unknown = await (await call('articles:drop', {})).json();
    expect(unknown.error.code).toBe('unknownChannel');
    expect(dump()).toEqual(before);
  });

  it('serves no files when it has no static folder, and never outside it', async () => {
    expect((await fetch(`${server.origin}/index.html`)).status).toBe(404);
  });
});
