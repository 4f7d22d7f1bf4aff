// The neutral document every export format renders: the article's blocks with their formatting, its figures
// with their photos already resolved to files, and the metadata each format prints (dateline and credit line
// already written out in the article's own language). Built once per export by buildExportDocument; the
// renderers (DOCX, HTML, Markdown, NINJS, PDF through HTML) only read it.
import type { Language } from '../../common/i18n/languages';
import type { ArticleStatus } from '../../contract/schemas/article';

/** A run of text and its formatting; `href` is already an allowed link (http, https, mailto). */
export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  href?: string;
}

export interface LineBreak {
  kind: 'break';
}

export type Inline = TextRun | LineBreak;

export interface ParagraphBlock {
  kind: 'paragraph';
  inlines: Inline[];
}

/** The report's own headings: 2 and 3 as in HTML, the headline being the page's only level 1. */
export interface HeadingBlock {
  kind: 'heading';
  level: 2 | 3;
  inlines: Inline[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  /** Each item is blocks of its own: paragraphs and nested lists. */
  items: Block[][];
}

export interface QuoteBlock {
  kind: 'quote';
  blocks: Block[];
}

export interface RuleBlock {
  kind: 'rule';
}

export interface FigureBlock {
  kind: 'figure';
  /** 1-based position among the article's figures, for messages and alt text. */
  number: number;
  /** Null while the figure waits for its photo. */
  photo: ExportPhoto | null;
  caption: Inline[];
  /** The figure's credit, else its photo's own. */
  credit: string;
}

/** A plain grid: every row as wide as the widest, no merged cells; header rows lead in most tables. */
export interface TableBlock {
  kind: 'table';
  rows: { header: boolean; cells: Inline[][] }[];
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | RuleBlock | FigureBlock | TableBlock;

export interface PhotoFile {
  path: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
}

/** A photo an article uses, once however many figures show it; numbered by first appearance. */
export interface ExportPhoto {
  id: number;
  number: number;
  /** SHA-256 of the original: a stable identity for a CMS. */
  hash: string;
  /** The name it was imported under, for messages. */
  name: string;
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
  original: PhotoFile;
  /** The display-size derivative: JPEG, at most 1600 pixels on its long edge. */
  display: PhotoFile;
}

export interface ExportMetadata {
  headline: string;
  sapo: string;
  language: Language;
  uuid: string;
  status: ArticleStatus;
  section: string;
  tags: string[];
  created: string;
  updated: string;
  dateline: { place: string; date: string | null; text: string } | null;
  /** e.g. `Tin và ảnh: Minh Khôi`, in the article's language. */
  creditLine: string;
  /** The names of the credit line alone: the document's author. */
  creditNames: string;
  /** Over the body's paragraphs, headings, lists and quotes (not headline, sapo or captions). */
  words: number;
  characters: number;
  /** The base of every file name: the Vietnamese-aware slug of the headline. */
  slug: string;
}

export interface ExportDocument {
  meta: ExportMetadata;
  blocks: Block[];
  photos: ExportPhoto[];
}
