// The spelling checker on a 10,000-word article: a check from scratch (no cached blocks or words, as when an
// article opens) and a re-check after one keystroke (one block changed, the rest from the per-block cache),
// next to plain nspell asked about the same whitespace-split words with no tokenising, no tone
// normalisation and no house rules, in the same run. Targets (issue #17): < 150 ms and < 5 ms.
//   npm run bench -- spelling
import nspell from 'nspell';
import { createChecker } from '../spelling/checker';
import { loadLexicon, readDictionary } from '../spelling/node/loadDictionary';
import type { Bench } from './lib/results';
import { summarize } from './lib/stats';
import { measure } from './lib/timing';
import { readSeed } from '../tests/helpers/seed';

const targetWords = 10_000;
const planted = ['Đảnng', 'nghiax', 'chíng', 'của của', '22-6-2024', '"Học tập"', 'hoà  bình'];

/** The seed's paragraphs over and over, each numbered, a planted error in every fifth, until 10,000 words. */
function tenThousandWords(): string[] {
  const paragraphs = readSeed().paragraphs;
  const blocks: string[] = [];
  let words = 0;
  for (let index = 0; words < targetWords; index += 1) {
    // Numbered, so no two blocks are the same text: the checker's per-block cache must not flatter the check
    // from scratch with the repeats (a real article does not repeat its paragraphs; it does repeat words).
    let text = `Đoạn ${index + 1}. ${paragraphs[index % paragraphs.length]!}`;
    if (index % 5 === 0) text = `${text} ${planted[index % planted.length]}`;
    const count = text.split(/\s+/).length;
    if (words + count > targetWords) text = text.split(/\s+/).slice(0, targetWords - words).join(' ');
    blocks.push(text);
    words += text.split(/\s+/).length;
  }
  return blocks;
}

const bench: Bench = {
  description: 'Checking a 10,000-word Vietnamese article: from scratch, and again after one keystroke; plain nspell over the same words as the peer.',
  async run() {
    const blocks = tenThousandWords();
    const words = blocks.flatMap((block) => block.split(/\s+/));
    const lexiconStart = process.hrtime.bigint();
    const lexicon = await loadLexicon('vi');
    const lexiconMs = Number(process.hrtime.bigint() - lexiconStart) / 1e6;

    const scratch = await measure(() => createChecker(lexicon).checkBlocks(blocks), { runs: 20, warmup: 3 });

    // As the editor's worker runs it: suggestions wait for the menu (eager: as the CLI runs it).
    const keystrokeWith = async (suggestions: boolean) => {
      const warm = createChecker(lexicon, { suggestions });
      warm.checkBlocks(blocks);
      const middle = Math.floor(blocks.length / 2);
      return measure(
        (run) => {
          const edited = [...blocks];
          const text = blocks[middle]!;
          const at = (run * 7) % text.length;
          edited[middle] = `${text.slice(0, at)}${'aeiouy'[run % 6]}${text.slice(at)}`;
          return warm.checkBlocks(edited);
        },
        { runs: 200, warmup: 10 },
      );
    };
    const keystroke = await keystrokeWith(false);
    const keystrokeEager = await keystrokeWith(true);

    const { aff, dic } = await readDictionary('vi');
    const speller = nspell(aff, dic);
    const peer = await measure(() => words.filter((word) => !speller.correct(word)).length, { runs: 20, warmup: 3 });

    return {
      context: { words: words.length, blocks: blocks.length, findings: createChecker(lexicon).checkBlocks(blocks).length, lexiconBuildMs: Math.round(lexiconMs) },
      cases: [
        summarize('check from scratch (our checker)', scratch),
        summarize('re-check after one keystroke (editor worker: block cache, suggestions on demand)', keystroke),
        summarize('re-check after one keystroke (suggestions computed at once, as the CLI)', keystrokeEager),
        summarize('peer: nspell.correct over the same words, from scratch', peer),
      ],
    };
  },
};

export default bench;
