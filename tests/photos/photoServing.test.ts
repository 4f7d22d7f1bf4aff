// How the renderer loads a photo: by id and size only. The address parsers both servers use, and the loopback
// transport's GET /photo/<id>/<size>, which wants its own read-only token and never a path.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loopbackPhotoUrl, parseLoopbackPhotoPath, parsePhotoSchemeUrl, photoSchemeUrl } from '../../contract/photoAddress';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { startLoopbackServer, tokenHeader, type LoopbackServer } from '../../transport/loopback/loopbackServer';
import { useTempDirs } from '../helpers/tempDir';
import { twoColourJpeg } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-photo-serving');

describe('photo addresses', () => {
  it('newsdesk-photo://<id>/<size> round-trips; nothing else parses', () => {
    expect(photoSchemeUrl(12, 'thumb')).toBe('newsdesk-photo://12/thumb');
    expect(parsePhotoSchemeUrl('newsdesk-photo://12/thumb')).toEqual({ id: 12, size: 'thumb' });
    expect(parsePhotoSchemeUrl('newsdesk-photo://7/original')).toEqual({ id: 7, size: 'original' });
    for (const url of [
      'newsdesk-photo://12/huge',
      'newsdesk-photo://0/thumb',
      'newsdesk-photo://012/thumb',
      'newsdesk-photo://12/thumb/extra',
      'newsdesk-photo://12/../../etc/passwd',
      'newsdesk-photo://12/thumb?path=/etc/passwd',
      'newsdesk-photo:///etc/passwd',
      'newsdesk-photo://x/thumb',
      'newsdesk://12/thumb',
      'file:///12/thumb',
      'not a url',
    ]) {
      expect(parsePhotoSchemeUrl(url), url).toBeNull();
    }
  });

  it('/photo/<id>/<size> for the loopback transport', () => {
    expect(loopbackPhotoUrl(3, 'display', 'a-b_c')).toBe('/photo/3/display?t=a-b_c');
    expect(parseLoopbackPhotoPath('/photo/3/display')).toEqual({ id: 3, size: 'display' });
    for (const pathname of ['/photo/3', '/photo/3/display/', '/photo/%2e%2e/thumb', '/photo/3/DISPLAY', '/photos/3/thumb']) {
      expect(parseLoopbackPhotoPath(pathname), pathname).toBeNull();
    }
  });
});

describe('GET /photo on the loopback transport', () => {
  let library: Library;
  let server: LoopbackServer;
  let photoId: number;

  beforeEach(async () => {
    library = openLibrary(tempDir());
    server = await startLoopbackServer({
      dispatch: createDispatch(createHandlerTable({ library })),
      photoFile: (id, size) => library.photos.photoFile(id, size),
    });
    const [outcome] = await library.photos.importPhotos([{ name: 'a.jpg', bytes: await twoColourJpeg(2000, 1000) }]);
    photoId = outcome?.ok ? outcome.photo.id : 0;
  });

  afterEach(async () => {
    await server.close();
    library.close();
  });

  const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, init);

  it('serves each size by id with the photo token, the bytes of the store’s own files', async () => {
    for (const size of ['thumb', 'display', 'original'] as const) {
      const response = await get(loopbackPhotoUrl(photoId, size, server.photoToken));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(fs.readFileSync((await library.photos.photoFile(photoId, size)).path))).toBe(true);
    }
    const head = await get(loopbackPhotoUrl(photoId, 'thumb', server.photoToken), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
  });

  it('hands the page the photo token in the same fragment as the API token', () => {
    expect(server.pageUrl).toBe(`${server.origin}/#token=${server.token}&photoToken=${server.photoToken}`);
    expect(server.photoToken).not.toBe(server.token);
  });

  it('refuses a missing or wrong token, and the API token in its place', async () => {
    expect((await get(`/photo/${photoId}/thumb`)).status).toBe(401);
    expect((await get(loopbackPhotoUrl(photoId, 'thumb', server.token))).status).toBe(401);
    expect((await get(`/photo/${photoId}/thumb`, { headers: { [tokenHeader]: server.token } })).status).toBe(401);
    // …and the photo token is no key to the API.
    const api = await fetch(`${server.origin}/api/articles:list`, { method: 'POST', headers: { [tokenHeader]: server.photoToken }, body: '{}' });
    expect(api.status).toBe(401);
  });

  it('404 for an unknown id or a size that does not exist; never a path', async () => {
    expect((await get(loopbackPhotoUrl(photoId + 1, 'thumb', server.photoToken))).status).toBe(404);
    expect((await get(`/photo/${photoId}/huge?t=${server.photoToken}`)).status).toBe(404);
    expect((await get(`/photo/${photoId}/..%2f..%2fnewsdesk.sqlite?t=${server.photoToken}`)).status).toBe(404);
    expect((await get(`/photo/${photoId}/thumb?t=${server.photoToken}`, { method: 'POST' })).status).toBe(405);
  });

  it('404 when the server was started without a photo store', async () => {
    const bare = await startLoopbackServer({ dispatch: createDispatch(createHandlerTable({ library })) });
    try {
      expect((await fetch(`${bare.origin}${loopbackPhotoUrl(photoId, 'thumb', bare.photoToken)}`)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
