import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../transport/loopback/staticFiles';
import { makeTempDir, removeDir } from '../helpers/tempDir';

let root: string;
let outside: string;

beforeAll(() => {
  outside = makeTempDir('newsdesk-static');
  root = path.join(outside, 'bundle');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
});
afterAll(() => removeDir(outside));

describe('resolveStaticFile', () => {
  it('serves files of the bundle with their MIME type', () => {
    expect(resolveStaticFile(root, '/assets/app.js')).toEqual({ file: path.join(root, 'assets', 'app.js'), contentType: 'text/javascript; charset=utf-8' });
    expect(resolveStaticFile(root, '/')?.file).toBe(path.join(root, 'index.html'));
  });

  it('falls back to index.html for app routes', () => {
    expect(resolveStaticFile(root, '/articles/12')?.file).toBe(path.join(root, 'index.html'));
  });

  it('never resolves outside the bundle', () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/%00']) {
      const resolved = resolveStaticFile(root, attempt);
      expect(resolved?.file ?? '', attempt).not.toContain('secret');
    }
  });
});
