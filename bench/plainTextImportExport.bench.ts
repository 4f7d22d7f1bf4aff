// Reading and writing the seed as plain text: parsePlainTextArticle next to markdown-it parsing the same text
// (a well-worn parser of a similar line-and-block format), exportPlainText next to documentToPlainText over
// the same body; then the parse of a 10 MB file, the size the import tests use.
import MarkdownIt from 'markdown-it';
import { documentToPlainText } from '../common/text/documentText';
import { exportPlainText } from '../export/plainText/exportPlainText';
import { parsePlainTextArticle } from '../import/plainText/parsePlainTextArticle';
import { readSeedText } from '../tests/helpers/seed';
import type { Bench } from './lib/results';
import { summarize } from './lib/stats';
import { measure } from './lib/timing';

const runs = 2000;
const warmup = 200;
const bigRuns = 10;

/** The seed's body repeated between its header and its credit until the file passes 10 MB. */
function tenMegabyteFile(seed: string): string {
  const lines = seed.split('\n');
  const creditIndex = lines.indexOf('Tin và ảnh: Minh Khôi');
  const body = lines.slice(2, creditIndex).join('\n');
  const copies = Math.ceil(10_000_000 / Buffer.byteLength(body));
  return [lines[0], lines[1], ...Array<string>(copies).fill(body), ...lines.slice(creditIndex)].join('\n');
}

const bench: Bench = {
  description: `the seed (${runs} runs after ${warmup} warm-up runs) and a 10 MB file (${bigRuns} runs after 1) through the plain-text import and export`,
  async run() {
    const seed = readSeedText();
    const article = { ...parsePlainTextArticle(seed), language: 'vi' as const };
    const markdown = new MarkdownIt();
    const big = tenMegabyteFile(seed);

    const parse = await measure(() => parsePlainTextArticle(seed), { runs, warmup });
    const markdownParse = await measure(() => markdown.parse(seed, {}), { runs, warmup });
    const exported = await measure(() => exportPlainText(article), { runs, warmup });
    const plainText = await measure(() => documentToPlainText(article.body), { runs, warmup });
    const bigParse = await measure(() => parsePlainTextArticle(big), { runs: bigRuns, warmup: 1 });
    const bigMarkdown = await measure(() => markdown.parse(big, {}), { runs: bigRuns, warmup: 1 });

    return {
      context: { seedBytes: Buffer.byteLength(seed), bigBytes: Buffer.byteLength(big), markdownIt: 'markdown-it parse (tokens only)' },
      cases: [
        summarize('parsePlainTextArticle, seed', parse),
        summarize('markdown-it parse, seed', markdownParse),
        summarize('exportPlainText, seed', exported),
        summarize('documentToPlainText, seed', plainText),
        summarize('parsePlainTextArticle, 10 MB', bigParse),
        summarize('markdown-it parse, 10 MB', bigMarkdown),
      ],
    };
  },
};

export default bench;
