// Reads a report in the shape reporters paste from a news site or get back from our own plain-text export:
//
//   Thứ Bảy, 22/6/2024                      ← dateline (optional)
//   Headline                                ← the next non-blank line
//   Sapo lines, right under the headline    ← optional; no blank line before them
//
//   Caption of a photo                      ← short lines without final punctuation: a figure
//
//   Paragraphs, one block each …
//
//   Tin và ảnh: Minh Khôi                   ← credit line
//   Gửi cho bạn bè / Các tin khác …         ← web chrome, dropped
//
//   ---                                     ← our own export's trailer: section and tags
//   Chuyên mục: … / Từ khoá: …                 (common/article/plainTextTrailer.ts)
//
// The parse never fails: deciding that nothing usable came out is the import service's call.
import { parseVietnameseDateline, type Dateline } from '../../common/article/dateline';
import { readTrailer } from '../../common/article/plainTextTrailer';
import { headline as headlineSchema, sapo as sapoSchema } from '../../contract/schemas/article';
import { emptyDocument } from '../../contract/schemas/document';
import type { ImportedArticle } from '../importedArticle';
import { blockToNode } from './blockToNode';
import { toBlocks, toLines } from './textLines';
import { dropTrailingChrome, takeCredit } from './webChrome';

export function parsePlainTextArticle(text: string): ImportedArticle {
  const allBlocks = toBlocks(toLines(text));
  const placement = readTrailer(allBlocks.at(-1) ?? []);
  const lines = placement ? allBlocks.slice(0, -1).flatMap((block) => [...block, '']) : toLines(text);
  const blocks = toBlocks(dropTrailingChrome(lines));
  const { dateline, headline, sapo, rest } = takeHeader(blocks);
  const { credit, blocks: bodyBlocks } = takeCredit(rest);
  const content = bodyBlocks.map(blockToNode);
  return {
    dateline,
    headline,
    sapo,
    body: content.length > 0 ? { type: 'doc', content } : structuredClone(emptyDocument),
    credit,
    ...(placement?.section ? { section: placement.section } : {}),
    ...(placement?.tags.length ? { tags: placement.tags } : {}),
  };
}

interface Header {
  dateline: Dateline | null;
  headline: string;
  sapo: string;
  rest: string[][];
}

/** The dateline, the headline and the lines right under it (the sapo), from the first block or two. */
function takeHeader(blocks: readonly string[][]): Header {
  const [first = [], ...others] = blocks;
  const dateline = first[0] === undefined ? null : (parseVietnameseDateline(first[0]) ?? null);
  let headBlock = first;
  let rest = others;
  if (dateline) {
    headBlock = first.slice(1);
    if (headBlock.length === 0) [headBlock = [], ...rest] = others;
  }
  const [headline = '', ...sapoLines] = headBlock;
  // A first line too long for a headline is prose: the article simply has no headline.
  if (!headlineSchema.safeParse(headline).success) return { dateline, headline: '', sapo: '', rest: [headBlock, ...rest] };
  const sapo = sapoLines.join('\n');
  // Likewise lines under the headline too long for a sapo are the first paragraph.
  if (!sapoSchema.safeParse(sapo).success) return { dateline, headline, sapo: '', rest: [sapoLines, ...rest] };
  return { dateline, headline, sapo, rest };
}
