// Every failure comes back as the typed envelope, whatever arrives: a body nested far deeper than any article
// (which once overflowed the stack inside validation, before dispatch's own try), or a channel whose percent
// encoding is broken. Over the loopback transport as over IPC's dispatch.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../contract/api';
import type { DocNode } from '../../contract/schemas/document';
import { documentDepth, documentSchema, maxDocumentDepth } from '../../contract/schemas/document';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { startLoopbackServer, tokenHeader, type LoopbackServer } from '../../transport/loopback/loopbackServer';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-typed-errors');
let library: Library;
let dispatch: Dispatch;
let server: LoopbackServer;
const logged: unknown[] = [];

beforeEach(async () => {
  library = openLibrary(tempDir());
  dispatch = createDispatch(createHandlerTable({ library }), (error) => logged.push(error));
  server = await startLoopbackServer({ dispatch });
});
afterEach(async () => {
  await server.close();
  library.close();
});

/** A document `depth` levels deep: doc, blockquote in blockquote in …, paragraph, text. */
function nested(depth: number): DocNode {
  let node: DocNode = { type: 'paragraph', content: [{ type: 'text', text: 'sâu' }] };
  for (let level = 4; level <= depth; level += 1) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

describe('a body nested past any article', () => {
  it('the schema refuses it with a clear message, without recursing into it', () => {
    for (const depth of [maxDocumentDepth + 1, 1_000, 100_000]) {
      const result = documentSchema.safeParse(nested(depth));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(`the body is nested more than ${maxDocumentDepth} levels deep`);
    }
    expect(documentDepth(nested(maxDocumentDepth))).toBe(maxDocumentDepth);
    expect(documentSchema.safeParse(nested(maxDocumentDepth)).success).toBe(true);
  });

  it('dispatch answers invalidInput', async () => {
    const { id } = library.articles.create({ headline: 'Tin' });
    const before = library.articles.get(id);
    const reply = await dispatch(api.updateArticle.channel, { id, baseVersion: before.version, body: nested(20_000) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalidInput', params: { detail: `body: the body is nested more than ${maxDocumentDepth} levels deep` } } });
    expect(library.articles.get(id)).toEqual(before);
  });

  it('the loopback transport answers the typed envelope, not a bare 500', async () => {
    const { id } = library.articles.create({ headline: 'Tin' });
    const response = await fetch(`${server.origin}/api/${api.updateArticle.channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [tokenHeader]: server.token },
      body: JSON.stringify({ id, body: nested(1_000) }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});

describe('a malformed channel', () => {
  it.each(['%E0%A4%A', '%', '%ZZ', 'articles%3Alist%'])('/api/%s is unknownChannel, typed', async (channel) => {
    const response = await fetch(`${server.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [tokenHeader]: server.token },
      body: '{}',
    });
    expect(response.status).toBe(200);
    const envelope = (await response.json()) as { ok: boolean; error: { code: string; params: { channel: string } } };
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
    expect(envelope.error.params.channel).toBe(channel);
  });
});

describe('dispatch never throws', () => {
  it.each([
    ['a non-string channel', 42 as unknown as string, {}],
    ['a channel that throws when read', { toString: () => { throw new Error('boom'); } } as unknown as string, {}],
    ['an input whose getter throws', api.getArticle.channel, Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new Error('boom'); } })],
  ])('%s comes back as an envelope', async (_label, channel, input) => {
    const reply = await dispatch(channel, input);
    expect(reply.ok).toBe(false);
  });
});
