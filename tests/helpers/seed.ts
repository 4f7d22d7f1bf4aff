// The sample article every feature must be right for (a copy of /work/shared/examples/article-vi.txt):
// a dateline, a headline, captions, paragraphs, a credit line, then three lines of web chrome.
import fs from 'node:fs';
import path from 'node:path';
import type { DocNode } from '../../contract/schemas/document';

// A plain path, not a file URL: DOM test environments replace the global URL class.
export const seedFile = path.join(import.meta.dirname, 'fixtures', 'article-vi.txt');

export const seedHeadline =
  'Khối thi đua các cơ quan Đảng Trung ương: Đẩy mạnh hoạt động năm 2022 gắn với hoàn thành xuất sắc nhiệm vụ chính trị';

export interface SeedArticle {
  dateline: string;
  headline: string;
  /** Body paragraphs (lines that end a sentence), in order. */
  paragraphs: string[];
  /** Short lines between paragraphs that do not end a sentence: photo captions. */
  captions: string[];
  credit: string;
  chrome: string[];
}

export function readSeedText(): string {
  return fs.readFileSync(seedFile, 'utf8');
}

export function readSeed(): SeedArticle {
  const lines = readSeedText().split('\n');
  const [dateline = '', headline = '', ...rest] = lines;
  const content = rest.map((line) => line.trim()).filter((line) => line !== '');
  const chrome = content.slice(-3);
  const credit = content.at(-4) ?? '';
  const body = content.slice(0, -4);
  const endsSentence = (line: string) => /[.…!?”]$/.test(line);
  return {
    dateline: dateline.trim(),
    headline: headline.trim(),
    paragraphs: body.filter(endsSentence),
    captions: body.filter((line) => !endsSentence(line)),
    credit,
    chrome,
  };
}

export function paragraph(text: string): DocNode {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** A TipTap document with one paragraph per string. */
export function docOf(paragraphs: readonly string[]): DocNode {
  return { type: 'doc', content: paragraphs.map(paragraph) };
}

/** The seed's body as the editor would hold it. */
export function seedDocument(): DocNode {
  return docOf(readSeed().paragraphs);
}
