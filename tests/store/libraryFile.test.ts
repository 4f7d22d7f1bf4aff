// What sits at the library's place is identified before anything writes to it. Another program's
// newsdesk.sqlite, a text file, a folder: each refused untouched, with its own message in English and
// Vietnamese. A library that cannot be written is read from a copy in memory (no -wal or -shm appears beside
// it), and a change to it is refused with a message saying what to do. The tests run as root here, which
// writes anything whatever the permissions: the read-only library is injected (writeCheck), and
// tests/cli/readOnlyLibrary.test.ts mounts a real read-only folder.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { openLibrary } from '../../library/openLibrary';
import { asLibraryWriteError, newsdeskApplicationId } from '../../store/libraryFile';
import { migrate, schemaVersion } from '../../store/migrate';
import { latestVersion } from '../../store/migrations/index';
import { newsdeskApplicationIdAt6 } from '../../store/migrations/0006-library-identity';
import { databaseFileName } from '../../store/openDatabase';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-library-file');
const english = createTranslator('en');
const vietnamese = createTranslator('vi');

/** Every byte and the modification time of each file in the folder: proof that nothing was written. */
function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir).sort().map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return [name, stat.isDirectory() ? 'folder' : `${createHash('sha256').update(fs.readFileSync(file)).digest('hex')} ${stat.mtimeMs}`];
    }),
  );
}

function refusal(dir: string): NewsdeskError {
  try {
    openLibrary(dir).close();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsdeskError);
    return error as NewsdeskError;
  }
  throw new Error('expected the library to be refused');
}

const messages = (error: NewsdeskError) => [translateError(english, error.code, error.params), translateError(vietnamese, error.code, error.params)];

/** A database another program made, in the library's place. */
function foreignDatabase(dir: string, setUp: (db: Database.Database) => void): string {
  const file = path.join(dir, databaseFileName);
  const db = new Database(file);
  setUp(db);
  db.close();
  return file;
}

describe('another program’s database named newsdesk.sqlite', () => {
  it.each([
    ['unrelated tables', (db: Database.Database) => db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Lan')")],
    ['a clashing articles table', (db: Database.Database) => db.exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO articles (title) VALUES ('Tin')")],
    ['its own application_id', (db: Database.Database) => (db.pragma('application_id = 305419896'), db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY)'), db.pragma('user_version = 3'))],
    ['a version of ours but not our tables', (db: Database.Database) => (db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY)'), db.pragma('user_version = 2'))],
    ['a version past ours, with another mark', (db: Database.Database) => (db.pragma('application_id = 7'), db.pragma(`user_version = ${latestVersion + 4}`))],
  ])('with %s is refused untouched: no migration, no WAL, no -wal or -shm', (_label, setUp) => {
    const dir = tempDir();
    const file = foreignDatabase(dir, setUp);
    const before = folderState(dir);
    const error = refusal(dir);
    expect(error).toMatchObject({ code: 'libraryForeign', params: { path: file } });
    expect(messages(error)).toEqual([
      `${file} is another program’s database, not a Newsdesk library. Newsdesk left it untouched: move it away, or choose another data folder.`,
      `${file} là cơ sở dữ liệu của một chương trình khác, không phải thư viện Newsdesk. Newsdesk không động đến tệp này: hãy chuyển nó đi nơi khác, hoặc chọn thư mục dữ liệu khác.`,
    ]);
    expect(folderState(dir)).toEqual(before);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  });
});

describe('our own libraries', () => {
  it('a new library carries the Newsdesk mark from its creation', () => {
    const dir = tempDir();
    openLibrary(dir).close();
    const db = new Database(path.join(dir, databaseFileName), { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(newsdeskApplicationId);
    expect(schemaVersion(db)).toBe(latestVersion);
    db.close();
    expect(newsdeskApplicationIdAt6).toBe(newsdeskApplicationId);
  });

  it('an empty file in the library’s place is set up as a new library', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, databaseFileName), '');
    const library = openLibrary(dir);
    expect(library.articles.create({ headline: 'Tin đầu tiên' }).headline).toBe('Tin đầu tiên');
    expect(library.db.pragma('application_id', { simple: true })).toBe(newsdeskApplicationId);
    library.close();
  });

  it.each([1, 2, 3, 4, 5])('a library from before the mark (schema %i) is recognised, then marked by its migration', (version) => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, databaseFileName));
    migrate(raw, { target: version });
    raw.close();
    const library = openLibrary(dir);
    expect(library.db.pragma('application_id', { simple: true })).toBe(newsdeskApplicationId);
    expect(schemaVersion(library.db)).toBe(latestVersion);
    library.close();
  });
});

describe('a bad file in the library’s place', () => {
  it('a text file is libraryNotDatabase, left as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    fs.writeFileSync(file, 'Đây là ghi chú, không phải thư viện.\n'.repeat(20));
    const before = folderState(dir);
    const error = refusal(dir);
    expect(error).toMatchObject({ code: 'libraryNotDatabase', params: { path: file } });
    expect(messages(error)).toEqual([
      `${file} is not a Newsdesk library (it is not a database, or it is damaged). Newsdesk left it untouched: move it away, or choose another data folder.`,
      `${file} không phải là thư viện Newsdesk (không phải cơ sở dữ liệu, hoặc đã bị hỏng). Newsdesk không động đến tệp này: hãy chuyển nó đi nơi khác, hoặc chọn thư mục dữ liệu khác.`,
    ]);
    expect(folderState(dir)).toEqual(before);
  });

  it('a file that starts like SQLite but is garbage after is libraryNotDatabase, untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 0x5a)]));
    const before = folderState(dir);
    expect(refusal(dir)).toMatchObject({ code: 'libraryNotDatabase', params: { path: file } });
    expect(folderState(dir)).toEqual(before);
  });

  it('a damaged database (a sound header, garbage after it) is libraryNotDatabase, untouched', () => {
    const dir = tempDir();
    const file = foreignDatabase(dir, (db) => db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)'));
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 100);
    fs.writeFileSync(file, bytes);
    const before = folderState(dir);
    expect(refusal(dir)).toMatchObject({ code: 'libraryNotDatabase', params: { path: file } });
    expect(folderState(dir)).toEqual(before);
  });

  it('a short file is libraryNotDatabase too', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, databaseFileName), 'x');
    expect(refusal(dir).code).toBe('libraryNotDatabase');
  });

  it('a folder is libraryIsFolder, its contents kept', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'ghi chú.txt'), 'giữ lại');
    const error = refusal(dir);
    expect(error).toMatchObject({ code: 'libraryIsFolder', params: { path: file } });
    expect(messages(error)).toEqual([
      `${file} is a folder, but Newsdesk keeps its library in a file of that name. Move the folder away, or choose another data folder.`,
      `${file} là một thư mục, nhưng Newsdesk lưu thư viện trong một tệp mang tên đó. Hãy chuyển thư mục đó đi nơi khác, hoặc chọn thư mục dữ liệu khác.`,
    ]);
    expect(fs.readdirSync(file)).toEqual(['ghi chú.txt']);
  });
});

describe('a library that cannot be written', () => {
  function existingLibrary(): string {
    const dir = tempDir();
    const library = openLibrary(dir);
    library.articles.create({ headline: 'Mưa lớn ở Hà Nội' });
    library.close();
    return dir;
  }
  const readOnlyFile = (dir: string) => (file: string) => file !== path.join(dir, databaseFileName);

  it.each([
    ['a read-only file', readOnlyFile],
    ['a read-only folder', (dir: string) => (file: string) => file !== dir],
  ])('%s opens read-only from a copy: reads work, nothing appears beside it', (_label, check) => {
    const dir = existingLibrary();
    const before = folderState(dir);
    const library = openLibrary(dir, { writeCheck: check(dir) });
    expect(library.db.readonly).toBe(true);
    expect(library.articles.list().map((row) => row.headline)).toEqual(['Mưa lớn ở Hà Nội']);
    expect(library.search.search({ query: 'mua lon', limit: 10 }).map((hit) => hit.headline)).toEqual(['Mưa lớn ở Hà Nội']);
    library.close();
    expect(folderState(dir)).toEqual(before);
  });

  it('a change is refused with libraryReadOnly, saying what to do', () => {
    const dir = existingLibrary();
    const library = openLibrary(dir, { writeCheck: readOnlyFile(dir) });
    let caught: unknown;
    try {
      library.articles.create({ headline: 'Bài mới' });
    } catch (error) {
      caught = asLibraryWriteError(error);
    }
    library.close();
    expect(caught).toBeInstanceOf(NewsdeskError);
    expect(messages(caught as NewsdeskError)).toEqual([
      'The library is read-only, so nothing was changed. To make changes, allow writing to its file and folder, or copy the library to a folder you can write to.',
      'Thư viện chỉ đọc được, nên không có gì bị thay đổi. Muốn sửa, hãy cho phép ghi vào tệp và thư mục của thư viện, hoặc chép thư viện sang một thư mục ghi được.',
    ]);
  });

  it('an older library that cannot be written is libraryReadOnlyOutdated, untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    const raw = new Database(file);
    migrate(raw, { target: 3 });
    raw.close();
    const before = folderState(dir);
    let caught: unknown;
    try {
      openLibrary(dir, { writeCheck: readOnlyFile(dir) });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'libraryReadOnlyOutdated', params: { path: file } });
    expect(translateError(vietnamese, 'libraryReadOnlyOutdated', { path: file })).toBe(
      `Thư viện ${file} chỉ đọc được và cần được cập nhật cho phiên bản Newsdesk này trước. Hãy cho phép ghi vào tệp và thư mục của thư viện, rồi mở lại.`,
    );
    expect(folderState(dir)).toEqual(before);
  });
});
