// history, diff, revert, update: an article's revisions from the command line (`show --revision` reads one,
// through showRevision below). `update` loads the importers (mammoth, jsdom, markdown-it) only when it runs.
import type { Command } from 'commander';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { countWords } from '../../common/text/countText';
import { documentToPlainText } from '../../common/text/documentText';
import type { Article } from '../../contract/schemas/article';
import type { ArticleDiff, Revision } from '../../contract/schemas/revision';
import type { Library } from '../../library/openLibrary';
import { revertArticle } from '../../revisions/revertArticle';
import { parseArticleId } from '../arguments';
import { articleJson } from '../articleJson';
import type { WithLibrary, WithLibraryAsync } from '../libraryAccess';
import { printJson, printLine, t } from '../output';

export function registerHistoryCommands(program: Command, withLibrary: WithLibrary, withLibraryAsync: WithLibraryAsync): void {
  program
    .command('history')
    .description('list the revisions of an article, oldest first')
    .argument('<id>', 'article id')
    .option('--json', 'print a JSON array')
    .action((id: string, options: { json?: boolean }) => {
      withLibrary((library) => {
        const revisions = library.revisions.list(parseArticleId(id));
        if (options.json) return printJson(revisions);
        for (const revision of revisions) printLine(historyLine(revision));
      });
    });

  program
    .command('diff')
    .description('print the word-by-word differences from revision N to revision M (default: the current text)')
    .argument('<id>', 'article id')
    .argument('<n>', 'the revision to compare from')
    .argument('[m]', 'the revision to compare to (default: the current text)')
    .option('--json', 'print one JSON document')
    .action((id: string, from: string, to: string | undefined, options: { json?: boolean }) => {
      withLibrary((library) => {
        const diff = library.revisions.diff(parseArticleId(id), parseRevision(from), to === undefined ? undefined : parseRevision(to));
        if (options.json) return printJson(diff);
        printDiff(diff);
      });
    });

  program
    .command('revert')
    .description('make revision N the current text, as a new revision (the replaced text is kept); print its number')
    .argument('<id>', 'article id')
    .argument('<n>', 'the revision to restore')
    .action((id: string, revision: string) => {
      withLibrary((library) => {
        const articleId = parseArticleId(id);
        revertArticle(library.articles, library.revisions, { id: articleId, revision: parseRevision(revision) });
        printNewest(library, articleId);
      });
    });

  program
    .command('update')
    .description('replace an article’s content from a corrected file (keeping its photos, status and details); print the new revision')
    .argument('<id>', 'article id')
    .argument('<file>', 'the corrected file (any import format)')
    .action(async (id: string, file: string) => {
      const articleId = parseArticleId(id);
      const [{ updateArticleFromFile }, { readArticleFile }] = await Promise.all([import('../../import/updateFromFile'), import('../../import/importArticleFile')]);
      await withLibraryAsync(async (library) => {
        await updateArticleFromFile(library, articleId, { fileName: file, content: await readArticleFile(file) });
        printNewest(library, articleId);
      });
    });
}

/** `newsdesk show ID --revision N`: the revision's content, printed as `show` prints the article. */
export function showRevision(library: Library, id: number, value: string, json: boolean | undefined, print: (article: Article, text: string) => void): void {
  const article = library.articles.get(id);
  const { content, ...revision } = library.revisions.get(id, parseRevision(value));
  const text = documentToPlainText(content.body);
  // `show` counts the body's words; the revision's own `words` count all its text (the history's measure).
  const atRevision: Article = { ...article, ...content, updated: revision.at, words: countWords(text) };
  if (json) return printJson({ ...articleJson(atRevision, text), revision });
  print(atRevision, text);
}

export function parseRevision(value: string): number {
  const revision = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(revision) || revision <= 0) throw new NewsdeskError('invalidInput', { detail: `revision: expected a positive whole number, got “${value}”` });
  return revision;
}

function historyLine(revision: Revision): string {
  const parts = [String(revision.revision), revision.at, t(`history.reason.${revision.reason}`), t('history.words', { count: revision.words })];
  if (revision.restoredFrom !== null) parts.push(t('history.restoredFrom', { revision: revision.restoredFrom }));
  if (revision.label !== null) parts.push(`“${revision.label}”`);
  return parts.join('  ');
}

/** Each changed field under its name; removed text as [-…-], added text as {+…+} (wdiff's marks). */
function printDiff(diff: ArticleDiff): void {
  if (diff.fields.length === 0) return printLine(t('history.noDifferences'));
  diff.fields.forEach(({ field, parts }, index) => {
    if (index > 0) printLine();
    printLine(`## ${t(`history.field.${field}`)}`);
    printLine(parts.map((part) => (part.op === 'same' ? part.text : part.op === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`)).join(''));
  });
}

function printNewest(library: Library, id: number): void {
  printLine(String(library.revisions.list(id).at(-1)!.revision));
}
