// Article (+ its photos, resolved) → the neutral export document. TipTap's node names are read here and
// nowhere else in export/: headings, paragraphs, lists, quotes, rules, figures, tables; a node the editor may one day
// add is kept as a paragraph when it holds text, or unwrapped when it holds blocks, so no text is ever lost.
import { formatCreditLine } from '../../common/article/creditLine';
import { formatDateline } from '../../common/article/dateline';
import { countText } from '../../common/text/countText';
import { figureFields, figureNodeType } from '../../common/document/figure';
import { tableNodeType } from '../../common/document/table';
import { documentToPlainText } from '../../common/text/documentText';
import type { Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { articleSlug } from '../fileName/articleSlug';
import { tableBlock } from './tableBlock';
import type { Block, ExportDocument, ExportMetadata, ExportPhoto } from './exportDocument';
import { inlineRuns, textToRuns, trimRuns } from './inlineRuns';

export function buildExportDocument(article: Article, photos: ReadonlyMap<number, ExportPhoto>): ExportDocument {
  const blocks: Block[] = [];
  let figureCount = 0;
  const toBlocks = (nodes: readonly DocNode[]): Block[] => nodes.flatMap(toBlock);

  function toBlock(node: DocNode): Block[] {
    const children = node.content ?? [];
    switch (node.type) {
      case 'paragraph':
        return [{ kind: 'paragraph', inlines: inlineRuns(children) }];
      case 'heading':
        return [{ kind: 'heading', level: node.attrs?.level === 3 ? 3 : 2, inlines: inlineRuns(children) }];
      case 'bulletList':
      case 'orderedList': {
        const start = typeof node.attrs?.start === 'number' && node.attrs.start >= 0 ? Math.floor(node.attrs.start) : 1;
        const items = children.map((item) => toBlocks(item.content ?? [])).filter((item) => item.length > 0);
        return items.length > 0 ? [{ kind: 'list', ordered: node.type === 'orderedList', start, items }] : [];
      }
      case 'blockquote':
        return [{ kind: 'quote', blocks: toBlocks(children) }];
      case 'horizontalRule':
        return [{ kind: 'rule' }];
      case figureNodeType:
        return [figure(node)];
      case tableNodeType:
        return tableBlock(node);
      default:
        if (children.some((child) => child.type === 'text' || child.type === 'hardBreak')) return [{ kind: 'paragraph', inlines: inlineRuns(children) }];
        return toBlocks(children);
    }
  }

  function figure(node: DocNode): Block {
    figureCount += 1;
    const { photoId, credit } = figureFields(node);
    const photo = photoId === null ? null : (photos.get(photoId) ?? null);
    const ownCaption = trimRuns(inlineRuns(node.content ?? []));
    const ownCredit = credit.normalize('NFC').trim();
    return {
      kind: 'figure',
      number: figureCount,
      photo,
      // The figure's own caption and credit are what the reporter wrote here; the photo's are the fallback.
      caption: ownCaption.length > 0 ? ownCaption : textToRuns(photo?.caption ?? ''),
      credit: ownCredit || (photo?.credit ?? ''),
    };
  }

  blocks.push(...toBlocks(article.body.content ?? []));
  return { meta: exportMetadata(article), blocks: dropEmptyParagraphs(blocks), photos: [...photos.values()].sort((a, b) => a.number - b.number) };
}

export function exportMetadata(article: Article): ExportMetadata {
  const counts = countText(documentToPlainText(article.body));
  return {
    headline: article.headline.replace(/\s+/gu, ' ').trim(),
    sapo: article.sapo.trim(),
    language: article.language,
    uuid: article.uuid,
    status: article.status,
    section: article.section,
    tags: article.tags,
    created: article.created,
    updated: article.updated,
    dateline: article.dateline && (article.dateline.place || article.dateline.date) ? { ...article.dateline, text: formatDateline(article.dateline, article.language) } : null,
    creditLine: article.credit ? formatCreditLine(article.credit, article.language) : '',
    creditNames: article.credit?.names ?? '',
    words: counts.words,
    characters: counts.characters,
    slug: articleSlug(article.headline, article.id),
  };
}

/** Empty paragraphs are the editor's spacing (its trailing paragraph, blank lines): not content to hand over. */
function dropEmptyParagraphs(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.kind === 'paragraph') return block.inlines.some((run) => run.kind === 'text' && run.text.trim() !== '') ? [block] : [];
    if (block.kind === 'quote') return [{ ...block, blocks: dropEmptyParagraphs(block.blocks) }];
    if (block.kind === 'list') return [{ ...block, items: block.items.map(dropEmptyParagraphs) }];
    return [block];
  });
}
