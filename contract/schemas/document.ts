// The body travels as TipTap/ProseMirror JSON; the model itself is common/document/docNode.ts. The schema
// checks its shape and bounds its size; the editor's own schema decides which node types are meaningful.
import { z } from 'zod';
import type { DocNode } from '../../common/document/docNode';

export { emptyDocument } from '../constants';
export type { DocMark, DocNode } from '../../common/document/docNode';

const typeName = z.string().min(1).max(64);
const attrs = z.record(z.string(), z.unknown());

export const docMarkSchema = z.object({ type: typeName, attrs: attrs.optional() });

export const docNodeSchema: z.ZodType<DocNode, DocNode> = z.lazy(() =>
  z.object({
    type: typeName,
    attrs: attrs.optional(),
    content: z.array(docNodeSchema).optional(),
    marks: z.array(docMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

/** 8 MiB of JSON is far beyond any report (the seed is ~10 KiB) and keeps one save bounded. */
export const maxDocumentJsonLength = 8 * 1024 * 1024;

/**
 * Far deeper than any article (a list in a list in a quote is six): validation recurses once per level, so a
 * body nested thousands deep would overflow the stack before any rule could refuse it.
 */
export const maxDocumentDepth = 100;

/** How many levels of `content` a node has (the doc alone is 1), counted without recursion, up to `limit` + 1. */
export function documentDepth(node: unknown, limit = maxDocumentDepth): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[node, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    const content = (current as { content?: unknown } | null)?.content;
    if (current && typeof current === 'object' && Array.isArray(content)) for (const child of content) pending.push([child, depth + 1]);
  }
  return deepest;
}

export const documentSchema = z
  .custom<DocNode>((node) => documentDepth(node) <= maxDocumentDepth, { message: `the body is nested more than ${maxDocumentDepth} levels deep` })
  .pipe(docNodeSchema)
  .refine((node) => node.type === 'doc', { message: 'the body must be a document (type "doc")' })
  .refine((node) => JSON.stringify(node).length <= maxDocumentJsonLength, { message: 'the body is too large' });
