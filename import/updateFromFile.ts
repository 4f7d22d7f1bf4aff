// Update from a file: an editor sends back a corrected DOCX or TXT, and its content replaces the article's,
// read by the same importers as an import. The article keeps its id, status and details (section, tags,
// target); its dateline and credit line are the file's when the file has them. Its photos stay: each figure
// of the file takes the photo of the article's figure with the same caption, else the next one in order, and
// figures the file lacks are kept at the end. The write is a revision of its own ('update'), after the text it
// replaces was sealed and kept, so the history shows exactly what the editor changed.
import { documentFigures } from '../common/text/documentText';
import { appendFigures, figureFields, figureNode, figureNodeType, type FigureFields } from '../common/document/figure';
import { toNfc } from '../common/text/nfc';
import type { Article } from '../contract/schemas/article';
import type { DocNode } from '../contract/schemas/document';
import type { ArticleStore } from '../store/articleStore';
import { readImportedArticleNoted, type ImportSource, type ReportedImport } from './importArticle';

export interface UpdateTarget {
  articles: Pick<ArticleStore, 'get' | 'update'>;
}

export async function updateArticleFromFile(library: UpdateTarget, id: number, source: ImportSource, baseVersion?: number): Promise<Article> {
  return (await updateArticleFromFileReported(library, id, source, baseVersion)).article;
}

/** The update and what reading the file converted, dropped or guessed (the app shows it as an import's report). */
export async function updateArticleFromFileReported(library: UpdateTarget, id: number, source: ImportSource, baseVersion?: number): Promise<ReportedImport> {
  const current = library.articles.get(id);
  const { imported, notes } = await readImportedArticleNoted(source);
  const body = keepPhotos(imported.body, documentFigures(current.body));
  library.articles.update(
    id,
    {
      headline: imported.headline,
      sapo: imported.sapo,
      body,
      ...(imported.dateline ? { dateline: imported.dateline } : {}),
      ...(imported.credit ? { credit: imported.credit } : {}),
    },
    // Without a base from the caller, the version read before parsing: a save made meanwhile is not overwritten.
    { reason: 'update', baseVersion: baseVersion ?? current.version },
  );
  return { article: library.articles.get(id), report: { notes, duplicateOf: null } };
}

/** The file's body with the article's photos in its figures: matched by caption first, then by order. */
export function keepPhotos(body: DocNode, existing: readonly FigureFields[]): DocNode {
  const unused = existing.filter((figure) => figure.photoId !== null);
  const incoming: DocNode[] = [];
  collectFigures(body, incoming);
  const assigned = new Map<DocNode, FigureFields>();
  for (const node of incoming) {
    const caption = captionKey(figureFields(node).caption);
    const index = caption ? unused.findIndex((figure) => captionKey(figure.caption) === caption) : -1;
    if (index >= 0) assigned.set(node, unused.splice(index, 1)[0]!);
  }
  for (const node of incoming) {
    if (!assigned.has(node) && figureFields(node).photoId === null && unused.length > 0) assigned.set(node, unused.shift()!);
  }
  const withPhotos = replaceFigures(body, assigned);
  return unused.length > 0 ? appendFigures(withPhotos, unused) : withPhotos;
}

function captionKey(caption: string): string {
  return toNfc(caption).replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');
}

function collectFigures(node: DocNode, into: DocNode[]): void {
  if (node.type === figureNodeType) into.push(node);
  else node.content?.forEach((child) => collectFigures(child, into));
}

function replaceFigures(node: DocNode, assigned: Map<DocNode, FigureFields>): DocNode {
  const photo = assigned.get(node);
  if (photo) {
    const fields = figureFields(node);
    // The file's caption (the editor's correction) with the article's photo, and its credit when the file has none.
    return figureNode({ photoId: photo.photoId, credit: fields.credit || photo.credit, caption: node.content ?? [] });
  }
  return node.content ? { ...node, content: node.content.map((child) => replaceFigures(child, assigned)) } : node;
}
