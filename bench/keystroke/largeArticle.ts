// The article the keystroke bench types into: 10,000 words of the seed's paragraphs, cycled (each cycle
// rotates the sentences of the paragraphs that have several), and 40 figures awaiting their photos spread
// through it. The bare TipTap peer gets the same text with each figure as a paragraph holding its caption.
import { countWords } from '../../common/text/countText';
import { documentToPlainText } from '../../common/text/documentText';
import type { DocNode } from '../../contract/schemas/document';
import { readSeed } from '../../tests/helpers/seed';

export interface LargeArticle {
  /** The body as the real editor stores it. */
  body: DocNode;
  /** The same text for StarterKit, which has no figure node. */
  bareBody: DocNode;
  words: number;
  figures: number;
  /** Index among the body's top-level blocks of the paragraph typed into (the same block in both bodies). */
  targetBlock: number;
  targetText: string;
}

const text = (value: string): DocNode => ({ type: 'text', text: value });

/** A caption's inline content: a line break becomes a hard break, as the figure node stores it. */
function captionContent(caption: string): DocNode[] {
  return caption.split('\n').flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [text(line)] : [])]);
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.…!?”])\s+/u);
}

/** The seed's paragraphs, cycled; the k-th cycle rotates each paragraph's sentences by k. */
function bodyParagraphs(words: number): string[] {
  const source = readSeed().paragraphs.map(sentencesOf);
  const paragraphs: string[] = [];
  let left = words;
  for (let i = 0; left > 0; i++) {
    const sentences = source[i % source.length]!;
    const cycle = Math.floor(i / source.length);
    const shift = cycle % sentences.length;
    let paragraph = [...sentences.slice(shift), ...sentences.slice(0, shift)].join(' ');
    const count = countWords(paragraph);
    if (count > left) {
      // Cut the last paragraph so the body holds exactly `words` (tokens without a letter, like "-", are no words).
      const tokens = paragraph.split(/\s+/u);
      let end = 0;
      for (let seen = 0; seen < left; end++) if (countWords(tokens[end]!) > 0) seen++;
      paragraph = tokens.slice(0, end).join(' ');
    }
    paragraphs.push(paragraph);
    left -= countWords(paragraph);
  }
  return paragraphs;
}

export function largeArticle({ words, figures }: { words: number; figures: number }): LargeArticle {
  const seed = readSeed();
  const [first, second, third] = seed.captions as [string, string, string];
  const captions = [first, `${second}\n${third}`];
  const paragraphs = bodyParagraphs(words);
  const figureBefore = new Set(Array.from({ length: figures }, (_, i) => Math.floor(((i + 0.5) * paragraphs.length) / figures)));

  const blocks: { paragraph?: string; caption?: string }[] = [];
  let figureNumber = 0;
  paragraphs.forEach((paragraph, index) => {
    if (figureBefore.has(index)) {
      figureNumber++;
      blocks.push({ caption: `${captions[figureNumber % 2]} (ảnh ${figureNumber})` });
    }
    blocks.push({ paragraph });
  });

  const credit = seed.credit.replace(/^Tin và ảnh:\s*/u, '');
  const body: DocNode = {
    type: 'doc',
    content: blocks.map((block) =>
      block.caption !== undefined
        ? { type: 'figure', attrs: { photoId: null, credit }, content: captionContent(block.caption) }
        : { type: 'paragraph', content: [text(block.paragraph!)] },
    ),
  };
  const bareBody: DocNode = {
    type: 'doc',
    content: blocks.map((block) => ({ type: 'paragraph', content: block.caption !== undefined ? captionContent(block.caption) : [text(block.paragraph!)] })),
  };

  const counted = countWords(documentToPlainText(body));
  if (counted !== words) throw new Error(`the article has ${counted} words, expected ${words}`);
  const placed = blocks.filter((block) => block.caption !== undefined).length;
  if (placed !== figures) throw new Error(`the article has ${placed} figures, expected ${figures}`);

  // A paragraph near the middle of the document, not a caption.
  let targetBlock = Math.floor(blocks.length / 2);
  while (blocks[targetBlock]!.paragraph === undefined) targetBlock++;
  return { body, bareBody, words: counted, figures: placed, targetBlock, targetText: blocks[targetBlock]!.paragraph! };
}
