// The ordered list of schema migrations. A migration's version is its file number; the database records the
// last one applied in PRAGMA user_version.
import type { Database } from 'better-sqlite3';
import { up as articles } from './0001-articles';
import { up as settings } from './0002-settings';
import { up as articleDetails } from './0003-article-details';
import { up as photos } from './0004-photos';
import { up as search } from './0005-search';
import { up as libraryIdentity } from './0006-library-identity';
import { up as outbox } from './0007-outbox';
import { up as revisions } from './0008-revisions';
import { up as filedRevisions } from './0009-filed-revisions';
import { up as compactBodies } from './0010-compact-bodies';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'articles', up: articles },
  { version: 2, name: 'settings', up: settings },
  { version: 3, name: 'article-details', up: articleDetails },
  { version: 4, name: 'photos', up: photos },
  { version: 5, name: 'search', up: search },
  { version: 6, name: 'library-identity', up: libraryIdentity },
  { version: 7, name: 'outbox', up: outbox },
  { version: 8, name: 'revisions', up: revisions },
  { version: 9, name: 'filed-revisions', up: filedRevisions },
  { version: 10, name: 'compact-bodies', up: compactBodies },
];

export const latestVersion = migrations.at(-1)?.version ?? 0;
