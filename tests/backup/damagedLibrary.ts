// A deliberately damaged library: pages in the middle of a closed library's database overwritten with junk (the
// first page, with the header and the schema's root, left whole, as a bad sector or a torn write would).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFileName } from '../../store/openDatabase';

export function damageLibrary(dataDir: string): void {
  const file = path.join(dataDir, databaseFileName);
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const pages = fs.statSync(file).size / pageSize;
  if (pages < 6) throw new Error(`too small a library to damage (${pages} pages)`);
  const fd = fs.openSync(file, 'r+');
  try {
    for (let page = 2; page < pages - 1; page += 3) fs.writeSync(fd, Buffer.alloc(pageSize - 16, 0x5a), 0, pageSize - 16, page * pageSize + 16);
  } finally {
    fs.closeSync(fd);
  }
}
