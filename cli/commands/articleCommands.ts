// new, show, delete: one article at a time (`list` and the other library views are in libraryCommands).
import type { Command } from 'commander';
import type { Article } from '../../contract/schemas/article';
import { parseArticleId } from '../arguments';
import { printJson, printLine, t } from '../output';
import { articleJson } from '../articleJson';
import type { WithLibrary } from '../libraryAccess';
import { showRevision } from './historyCommands';

export function registerArticleCommands(program: Command, withLibrary: WithLibrary): void {
  program
    .command('new')
    .description('create an article and print its id')
    .option('--headline <text>', 'the headline', '')
    .action((options: { headline: string }) => {
      withLibrary((library) => printLine(String(library.articles.create({ headline: options.headline }).id)));
    });

  program
    .command('show')
    .description('print one article')
    .argument('<id>', 'article id')
    .option('--json', 'print one JSON document')
    .option('--revision <n>', 'print revision N of it (see `newsdesk history`)')
    .action((id: string, options: { json?: boolean; revision?: string }) => {
      withLibrary((library) => {
        if (options.revision !== undefined) return showRevision(library, parseArticleId(id), options.revision, options.json, printArticle);
        const article = library.articles.get(parseArticleId(id));
        const text = library.articles.plainText(article.id);
        if (options.json) return printJson(articleJson(article, text));
        printArticle(article, text);
      });
    });

  program
    .command('delete')
    .description('move an article to the trash (restore brings it back; empty-trash deletes for good)')
    .argument('<id>', 'article id')
    .action((id: string) => {
      withLibrary((library) => library.articles.delete(parseArticleId(id)));
    });
}

function printArticle(article: Article, text: string): void {
  printLine(article.headline || t('library.untitled'));
  printLine(`${t(`status.${article.status}`)} · ${article.updated}`);
  printLine();
  printLine(text);
}
