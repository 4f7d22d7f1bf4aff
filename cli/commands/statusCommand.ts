// status: move an article along draft → ready → filed (or back), as the app's status menu does.
import { Argument, type Command } from 'commander';
import { articleStatuses } from '../../contract/constants';
import type { ArticleStatus } from '../../contract/schemas/article';
import { parseArticleId } from '../arguments';
import type { WithLibrary } from '../libraryAccess';

export function registerStatusCommand(program: Command, withLibrary: WithLibrary): void {
  program
    .command('status')
    .description('set an article’s status')
    .argument('<id>', 'article id')
    .addArgument(new Argument('<status>', 'the new status').choices(articleStatuses))
    .action((id: string, status: ArticleStatus) => {
      withLibrary((library) => library.articles.setStatus(parseArticleId(id), status));
    });
}
