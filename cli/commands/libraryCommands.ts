// list, search, restore, empty-trash: the library as a whole (sorted and filtered listing, the trash).
import { InvalidArgumentError, Option, type Command } from 'commander';
import { articleStatuses, librarySorts, maxPageSize, maxSearchLimit } from '../../contract/constants';
import type { ArticleSummary } from '../../contract/schemas/article';
import type { Highlighted, LibraryQuery, LibraryRow } from '../../contract/schemas/library';
import type { Library } from '../../library/openLibrary';
import { parseArticleId } from '../arguments';
import { purgeLabel } from '../../common/time/purgeLabel';
import { maxTrashRetentionDays } from '../../store/settingsStore';
import { printJson, printLine, t } from '../output';
import type { WithLibrary } from '../libraryAccess';

interface ListOptions {
  json?: boolean;
  status?: LibraryQuery['status'];
  sort: LibraryQuery['sort'];
  limit?: number;
  trash?: boolean;
}

function registerListCommand(program: Command, withLibrary: WithLibrary): void {
  program
    .command('list')
    .description('list the articles, most recently changed first unless --sort says otherwise')
    .option('--json', 'print one JSON document')
    .addOption(new Option('--status <status>', 'only articles in this status').choices(articleStatuses))
    .addOption(new Option('--sort <key>', 'order: last change, creation, dateline date (newest first) or headline (A–Z, Vietnamese order)').choices(librarySorts).default('updated'))
    .option('--limit <n>', 'at most this many articles', positiveInteger)
    .option('--trash', 'list the trash instead of the library')
    .action((options: ListOptions) => {
      withLibrary((library) => listArticles(library, options));
    });
}

function listArticles(library: Library, options: ListOptions): void {
  const rows: LibraryRow[] = [];
  const wanted = options.limit ?? Number.POSITIVE_INFINITY;
  for (let offset = 0; rows.length < wanted; ) {
    const limit = Math.min(maxPageSize, wanted - rows.length);
    const page = library.queries.page({ sort: options.sort, status: options.status, trash: options.trash ?? false, offset, limit });
    rows.push(...page.rows);
    offset += page.rows.length;
    if (page.rows.length < limit) break;
  }
  // The library's JSON is the article summary, as before; the trash adds when each article was deleted and
  // when it will be deleted for good.
  if (options.json) {
    return printJson(options.trash ? rows : rows.map(({ deletedAt: _deletedAt, purgeAt: _purgeAt, ...summary }): ArticleSummary => summary));
  }
  for (const row of rows) {
    const when = (options.trash ? row.deletedAt! : row.updated).slice(0, 16).replace('T', ' ');
    const purge = row.purgeAt ? [`(${purgeLabel(t, row.purgeAt)})`] : [];
    printLine([String(row.id).padStart(5), row.status.padEnd(5), when, row.headline || t('library.untitled'), ...purge].join('  '));
  }
}

export function registerLibraryCommands(program: Command, withLibrary: WithLibrary): void {
  registerListCommand(program, withLibrary);

  program
    .command('search')
    .description('full-text search, with or without diacritics; the last word may be unfinished, "quotes" make a phrase')
    .argument('<query...>', 'what to look for')
    .option('--json', 'print one JSON document')
    .option('--limit <n>', `at most this many hits (up to ${maxSearchLimit})`, positiveInteger, 20)
    .action((words: string[], options: { json?: boolean; limit: number }) => {
      withLibrary((library) => {
        const hits = library.search.search({ query: words.join(' '), limit: Math.min(options.limit, maxSearchLimit) });
        if (options.json) return printJson(hits);
        const bold = process.stdout.isTTY ? (text: string) => `\u001b[1m${text}\u001b[22m` : (text: string) => text;
        for (const hit of hits) {
          printLine(`${String(hit.id).padStart(5)}  ${render(hit.headlineHighlighted, bold) || t('library.untitled')}`);
          if (hit.snippet.length > 0) printLine(`       ${render(hit.snippet, bold)}`);
        }
      });
    });

  program
    .command('restore')
    .description('bring an article back from the trash')
    .argument('<id>', 'article id')
    .action((id: string) => {
      withLibrary((library) => library.articles.restore(parseArticleId(id)));
    });

  program
    .command('empty-trash')
    .description('delete every article in the trash for good, and print how many')
    .action(() => {
      withLibrary((library) => printLine(String(library.articles.emptyTrash())));
    });

  program
    .command('trash-days')
    .description('print how many days the trash keeps an article before deleting it for good; with a number, set it')
    .argument('[days]', `days to keep (1 to ${maxTrashRetentionDays})`, retentionDays)
    .action((days: number | undefined) => {
      withLibrary((library) => {
        if (days !== undefined) {
          library.settings.setTrashRetentionDays(days);
          library.trash.purgeExpired();
        }
        printLine(String(library.trash.days()));
      });
    });
}

function render(pieces: Highlighted, hit: (text: string) => string): string {
  return pieces.map((piece) => (piece.hit ? hit(piece.text) : piece.text)).join('');
}

function retentionDays(value: string): number {
  const days = positiveInteger(value);
  if (days > maxTrashRetentionDays) throw new InvalidArgumentError(`expected at most ${maxTrashRetentionDays} days`);
  return days;
}

function positiveInteger(value: string): number {
  const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(number > 0)) throw new InvalidArgumentError('expected a whole number greater than 0');
  return number;
}
