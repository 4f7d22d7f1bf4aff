// check, dictionary: spelling and house style from the command line, with the app's own checker and the
// library's personal dictionary. The checker (nspell, the dictionaries) loads inside the actions, so other
// commands never pay for it.
import { Option, type Command } from 'commander';
import type { Finding, ToneStyle } from '../../common/spelling/findings';
import { parseArticleId } from '../arguments';
import { printJson, printLine, t } from '../output';
import type { Library } from '../../library/openLibrary';

type WithLibraryAsync = <T>(run: (library: Library) => Promise<T>) => Promise<T>;

export function registerSpellingCommands(program: Command, withLibrary: WithLibraryAsync): void {
  program
    .command('check')
    .description('list an article’s spelling and house-style findings in reading order (exit 0 either way)')
    .argument('<id>', 'article id')
    .option('--json', 'print a JSON array of findings (kind, text, block, offset, end, suggestions, message)')
    .addOption(new Option('--tone-style <style>', 'house tone style: new (hòa, thủy) or old (hoà, thuỷ); default: the library’s setting').choices(['new', 'old']))
    .action(async (id: string, options: { json?: boolean; toneStyle?: ToneStyle }) => {
      const articleId = parseArticleId(id);
      const { checkStoredArticle } = await import('../../handlers/spellingHandlers');
      const { findings } = await withLibrary((library) => checkStoredArticle(library, articleId, options.toneStyle));
      if (options.json) return printJson(findings);
      findings.forEach((finding) => printLine(findingLine(finding)));
      printLine(t('spelling.total', { count: findings.length }));
    });

  const dictionary = program.command('dictionary').description('the personal dictionary, shared with the app');
  dictionary
    .command('add')
    .description('accept a word from now on')
    .argument('<word>', 'the word, as it is written')
    .action(async (word: string) => {
      const { addPersonalWord } = await import('../../handlers/spellingHandlers');
      await withLibrary(async (library) => addPersonalWord(library, word));
    });
  dictionary
    .command('list')
    .description('print the personal dictionary, one word a line')
    .option('--json', 'print a JSON array')
    .action(async (options: { json?: boolean }) => {
      const { personalWords } = await import('../../handlers/spellingHandlers');
      const words = await withLibrary(async (library) => personalWords(library));
      if (options.json) return printJson(words);
      words.forEach((word) => printLine(word));
    });
  dictionary
    .command('remove')
    .description('stop accepting a word added before')
    .argument('<word>', 'the word, as it was added')
    .action(async (word: string) => {
      const { removePersonalWord } = await import('../../handlers/spellingHandlers');
      await withLibrary(async (library) => removePersonalWord(library, word));
    });
}

function findingLine(finding: Finding): string {
  const where = `${finding.block + 1}:${finding.offset + 1}`;
  const fix = finding.suggestions.length > 0 ? ` → ${finding.suggestions.map((suggestion) => `“${suggestion}”`).join(', ')}` : '';
  return `${where}  ${t(`spelling.kind.${finding.kind}`)}: “${finding.text}”${fix} (${t(`spelling.message.${finding.message}`)})`;
}
