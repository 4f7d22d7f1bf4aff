// The body of an imported file, read by the editor's own schema (common/document/editorSchema.ts) with
// ProseMirror's DOMParser, so an import writes the nodes and marks the editor writes. A few rules of the
// import's own come first, for what a file holds and the editor never makes: <cite> reads as italic, h4–h6
// as the report's lower heading (H3), <pre> as a paragraph whose lines are hard breaks (its text kept as it
// stands), a link keeps only its safe, normalised target, a data table is read by htmlTable. Code and
// strikethrough are left out: a report has none. Headlines (h1), figures and the parts marked with a role are
// the caller's to read (htmlPieces); nested inside a list or a quote they leave nothing, as they always have.
import { DOMParser, Fragment, type Schema, type TagParseRule } from '@tiptap/pm/model';
import { editorSchema } from '../../common/document/editorSchema';
import { safeLinkHref } from '../../common/security/safeLinkHref';
import type { DocMark, DocNode } from '../../contract/schemas/document';
import { htmlTable, isLayoutTable } from './htmlTable';

const keptMarks = new Set(['bold', 'italic', 'underline', 'link']);
const keptNodes = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'horizontalRule', 'hardBreak', 'text']);
/** Our exports' role classes (htmlPieces reads them); `figure` marks a picture's container, not a part. */
const roleParagraphs = ['dateline', 'sapo', 'caption', 'photo-credit', 'credit'].map((role) => `p.${role}`).join(', ');

function importRules(schema: Schema): TagParseRule[] {
  return [
    { tag: 'h1', ignore: true },
    { tag: 'figure', ignore: true },
    { tag: roleParagraphs, ignore: true },
    ...['h4', 'h5', 'h6'].map((tag): TagParseRule => ({ tag, node: 'heading', attrs: { level: 3 } })),
    // Read whole, as a code block, so its spaces stay; it leaves the parser as a paragraph (blocksOf).
    { tag: 'pre', node: 'codeBlock', getContent: (dom) => (dom.textContent ? Fragment.from(schema.text(dom.textContent)) : Fragment.empty) },
    {
      tag: 'table',
      node: 'table',
      getAttrs: (dom) => (isLayoutTable(dom) ? false : null),
      getContent: (dom) => Fragment.fromJSON(schema, htmlTable(dom as Element, cellBlocks)?.node.content ?? []),
    },
    // A layout table's cells give their blocks.
    ...['td', 'th'].map((tag): TagParseRule => ({ tag, node: 'paragraph' })),
    { tag: 'cite', mark: 'italic' },
    {
      tag: 'a',
      mark: 'link',
      getAttrs: (dom) => {
        const href = safeLinkHref(dom.getAttribute('href'));
        return href ? { href } : false;
      },
    },
    {
      tag: 'ol',
      node: 'orderedList',
      getAttrs: (dom) => {
        const start = Number(dom.getAttribute('start') ?? '1');
        return { start: Number.isSafeInteger(start) && start >= 0 ? start : 1 };
      },
    },
  ];
}

/** A <pre>'s text: each line a run of text as it stands, a hard break between lines; the closing newline goes. */
function preParagraph(text: string): DocNode[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const content = lines.flatMap((line, index): DocNode[] => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]);
  return content.length > 0 ? [{ type: 'paragraph', content }] : [];
}

/** A data table's cell, read as blocks (htmlTable makes each block a line of the cell). */
function cellBlocks(cell: Element): DocNode[] {
  return parseBlocks(Array.from(cell.childNodes));
}

let parser: DOMParser | undefined;

function importParser(): DOMParser {
  if (parser) return parser;
  const schema = editorSchema();
  const own = importRules(schema);
  const ownTags = new Set(own.map((rule) => rule.tag));
  // The schema's rules, less those a report has no use for and those the import's own rules replace.
  const schemaRules = DOMParser.fromSchema(schema).rules.filter((rule) => {
    if ('tag' in rule && rule.tag && (ownTags.has(rule.tag) || rule.tag.startsWith('a['))) return false;
    if (rule.mark) return keptMarks.has(rule.mark);
    return !('node' in rule && rule.node) || keptNodes.has(rule.node);
  });
  parser = new DOMParser(schema, [...own, ...schemaRules]);
  return parser;
}

/** Block elements (and loose inline content) → the document's blocks; blocks with no text leave nothing. */
export function parseBlocks(nodes: readonly Node[]): DocNode[] {
  const first = nodes[0];
  if (!first) return [];
  const container = first.ownerDocument!.createElement('div');
  for (const node of nodes) container.append(node.cloneNode(true));
  // A list item that opens with a list has an empty first line (the schema wants a paragraph first).
  for (const item of Array.from(container.querySelectorAll('li'))) {
    const first = Array.from(item.childNodes).find((child) => child.nodeType === 1 || (child.textContent ?? '').trim() !== '');
    if (first && ['ul', 'ol'].includes((first as Element).localName)) item.prepend(container.ownerDocument.createElement('p'));
  }
  const doc = importParser().parse(container);
  return blocksOf(doc.content.toJSON() as DocNode[] | null);
}

/** Inline content → text with marks and hard breaks, as a paragraph of it reads. */
export function parseInlines(nodes: readonly Node[]): DocNode[] {
  const first = nodes[0];
  if (!first) return [];
  const paragraph = first.ownerDocument!.createElement('p');
  for (const node of nodes) paragraph.append(node.cloneNode(true));
  const [block] = parseBlocks([paragraph]);
  return block?.type === 'paragraph' ? (block.content ?? []) : [];
}

/** The parsed JSON in the import's shape: only the attributes an import sets, no empty blocks. */
function blocksOf(nodes: readonly DocNode[] | null): DocNode[] {
  return (nodes ?? []).flatMap((node): DocNode[] => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const content = tidy((node.content ?? []).map(inline));
        if (!hasText(content)) return [];
        return [{ type: node.type, ...(node.type === 'heading' ? { attrs: { level: node.attrs!.level } } : {}), content }];
      }
      case 'bulletList':
      case 'orderedList': {
        const items = blocksOf(node.content ?? null);
        if (items.length === 0) return [];
        return [{ type: node.type, ...(node.type === 'orderedList' ? { attrs: { start: node.attrs!.start } } : {}), content: items }];
      }
      case 'listItem': {
        const content = blocksOf(node.content ?? null);
        if (content.length === 0) return [];
        return [{ type: 'listItem', content: content[0]!.type === 'paragraph' ? content : [{ type: 'paragraph' }, ...content] }];
      }
      case 'blockquote': {
        const content = blocksOf(node.content ?? null);
        return content.length > 0 ? [{ type: 'blockquote', content }] : [];
      }
      case 'codeBlock':
        return preParagraph(node.content?.[0]?.text ?? '');
      case 'table':
        return [node];
      default:
        return [{ type: node.type }];
    }
  });
}

function inline(node: DocNode): DocNode {
  if (node.type !== 'text') return { type: node.type };
  const marks = (node.marks ?? []).map((mark): DocMark => (mark.type === 'link' ? { type: 'link', attrs: { href: mark.attrs!.href } } : { type: mark.type }));
  return marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text };
}

/** The spaces around a line break and the block's leading and trailing line breaks go, as a browser shows it. */
function tidy(nodes: readonly DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    let text = node.text!;
    if (!nodes[i - 1] || nodes[i - 1]!.type === 'hardBreak') text = text.replace(/^ +/, '');
    if (!nodes[i + 1] || nodes[i + 1]!.type === 'hardBreak') text = text.replace(/ +$/, '');
    if (text !== '') out.push({ ...node, text });
  }
  while (out.at(-1)?.type === 'hardBreak') out.pop();
  while (out[0]?.type === 'hardBreak') out.shift();
  return out;
}

export function hasText(inlines: readonly DocNode[]): boolean {
  return inlines.some((node) => node.type === 'text' && node.text!.trim() !== '');
}
