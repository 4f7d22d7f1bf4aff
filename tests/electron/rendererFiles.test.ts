import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../common/security/contentSecurityPolicy';
import { mimeTypeFor, rendererResponseHeaders, resolveRendererFile } from '../../electron/rendererFiles';

const root = path.resolve('/srv/newsdesk/dist/renderer');

describe('resolveRendererFile', () => {
  it('maps the origin root and folders onto index.html', () => {
    expect(resolveRendererFile(root, 'newsdesk://app/')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveRendererFile(root, 'newsdesk://app')).toMatchObject({ filePath: path.join(root, 'index.html') });
    expect(resolveRendererFile(root, 'newsdesk://app/assets/')).toMatchObject({ filePath: path.join(root, 'assets', 'index.html') });
  });

  it('serves assets with their type, ignoring query and fragment', () => {
    expect(resolveRendererFile(root, 'newsdesk://app/assets/index-4f2a.js?v=1#x')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-4f2a.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveRendererFile(root, 'newsdesk://app/assets/Be%20Vietnam%20Pro.woff2')).toMatchObject({
      filePath: path.join(root, 'assets', 'Be Vietnam Pro.woff2'),
      mimeType: 'font/woff2',
    });
  });

  it('refuses to leave the renderer folder', () => {
    for (const url of [
      'newsdesk://app/..%2f..%2fpackage.json',
      'newsdesk://app/assets/..%2F..%2F..%2Fsecret',
      'newsdesk://app/%2e%2e%2fsecret',
    ]) {
      expect(resolveRendererFile(root, url)).toEqual({ kind: 'rejected', status: 403 });
    }
    // Plain dot segments are already resolved by the URL parser and stay inside the root.
    expect(resolveRendererFile(root, 'newsdesk://app/../../etc/passwd')).toMatchObject({ filePath: path.join(root, 'etc', 'passwd') });
  });

  it('rejects backslashes, NUL bytes and broken escapes', () => {
    expect(resolveRendererFile(root, 'newsdesk://app/..%5c..%5csecret')).toEqual({ kind: 'rejected', status: 400 });
    expect(resolveRendererFile(root, 'newsdesk://app/index.html%00.png')).toEqual({ kind: 'rejected', status: 400 });
    expect(resolveRendererFile(root, 'newsdesk://app/%E0%A4%A')).toEqual({ kind: 'rejected', status: 400 });
  });

  it('answers only for our origin', () => {
    expect(resolveRendererFile(root, 'newsdesk://elsewhere/index.html')).toEqual({ kind: 'rejected', status: 403 });
    expect(resolveRendererFile(root, 'https://app/index.html')).toEqual({ kind: 'rejected', status: 403 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['photo.JPG', 'image/jpeg'],
    ['font.woff', 'font/woff'],
    ['index.js.map', 'application/json; charset=utf-8'],
    ['module.wasm', 'application/wasm'],
    ['unknown.xyz', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});

describe('content security policy', () => {
  it('is the strict policy, sent with every renderer response', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: newsdesk-photo:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)/);
    expect(rendererResponseHeaders('text/html')).toMatchObject({
      'Content-Type': 'text/html',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
