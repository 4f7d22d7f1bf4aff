// new, list, show, delete: the article commands of the first release.
import type { Command } from 'commander';
import type { Article } from '../../contract/schemas/article';
import type { Library } from '../../library/openLibrary';
import { parseArticleId } from '../arguments';
import { printJson, printLine, t } from '../output';
import { articleJson } from '../articleJson';
import { addListOptions, listArticles, type ListOptions } from './libraryCommands';

export type WithLibrary = <T>(run: (library: Library) => T) => T;

export function registerArticleCommands(program: Command, withLibrary: WithLibrary): void {
  program
    .command('new')
    .description('create an article and print its id')
    .option('--headline <text>', 'the headline', '')
    .action((options: { headline: string }) => {
      withLibrary((library) => printLine(String(library.articles.create({ headline: options.headline }).id)));
    });

  addListOptions(
    program.command('list').description('list the articles, most recently changed first unless --sort says otherwise').option('--json', 'print one JSON document'),
  ).action((options: ListOptions) => {
    withLibrary((library) => listArticles(library, options));
  });

  program
    .command('show')
    .description('print one article')
    .argument('<id>', 'article id')
    .option('--json', 'print one JSON document')
    .action((id: string, options: { json?: boolean }) => {
      withLibrary((library) => {
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
