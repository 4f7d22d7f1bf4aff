// A path that is not an ordinary file, given to an import: a FIFO named like a photo or an article, a device.
// Each is refused at once with a message naming it, instead of blocking the import (and the photo store's
// queue) forever. The tests race a timeout so that, if the refusal regresses, they fail instead of hanging.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { importArticleFile } from '../../import/importArticleFile';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-not-regular');
const english = createTranslator('en');
const vietnamese = createTranslator('vi');
let library: Library;

beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => {
  library.close();
});

/** The work's outcome, or a failure after two seconds: a hang must fail the test, not stall the run. */
function withinTwoSeconds<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('still waiting after 2 s: the import blocked on the path')), 2000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function fifo(name: string): string {
  const file = path.join(tempDir(), name);
  execFileSync('mkfifo', [file]);
  return file;
}

const messages = (error: NewsdeskError) => [translateError(english, error.code, error.params), translateError(vietnamese, error.code, error.params)];

describe.skipIf(process.platform === 'win32')('paths that are not ordinary files', () => {
  it('a FIFO named .jpg is refused by the photo import, and the store keeps working', async () => {
    const file = fifo('ảnh.jpg');
    const [outcome] = await withinTwoSeconds(library.photos.importPhotos([file]));
    expect(outcome).toMatchObject({ ok: false, name: file, error: { code: 'notAFile', params: { name: file } } });
    if (outcome?.ok === false) {
      expect(messages(outcome.error)).toEqual([
        `“${file}” is not an ordinary file (it is a pipe, a device or a socket): choose a file`,
        `“${file}” không phải là một tệp thông thường (mà là một pipe, thiết bị hay socket): hãy chọn một tệp`,
      ]);
    }
    // The queue is free: the next import is not stuck behind the FIFO.
    expect(await withinTwoSeconds(library.photos.removeUnreferenced())).toEqual({ removed: [] });
  });

  it('/dev/zero named as a photo is refused, not read without end', async () => {
    const [outcome] = await withinTwoSeconds(library.photos.importPhotos(['/dev/zero']));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'notAFile' } });
  });

  it('a FIFO named .txt is refused by the article import', async () => {
    const file = fifo('bài.txt');
    const error = await withinTwoSeconds(importArticleFile(library, file).then(() => null, (caught: unknown) => caught));
    expect(error).toBeInstanceOf(NewsdeskError);
    expect(error).toMatchObject({ code: 'notAFile', params: { name: file } });
    expect(library.articles.list()).toEqual([]);
  });

  it('a folder named .txt is still told apart as a folder', async () => {
    const folder = path.join(tempDir(), 'thư mục.txt');
    fs.mkdirSync(folder);
    const error = await importArticleFile(library, folder).then(() => null, (caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'importFileUnreadable', params: { reason: 'EISDIR' } });
  });
});
