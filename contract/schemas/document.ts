// The body travels as TipTap/ProseMirror JSON; the model itself is common/document/docNode.ts. The schema
// checks its shape and bounds its size; the editor's own schema decides which node types are meaningful.
import { z } from 'zod';
import type { DocNode } from '../../common/document/docNode';

export type { DocMark, DocNode } from '../../common/document/docNode';

const typeName = z.string().min(1).max(64);
const attrs = z.record(z.string(), z.unknown());

export const docMarkSchema = z.object({ type: typeName, attrs: attrs.optional() });

export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
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

export const documentSchema = docNodeSchema
  .refine((node) => node.type === 'doc', { message: 'the body must be a document (type "doc")' })
  .refine((node) => JSON.stringify(node).length <= maxDocumentJsonLength, { message: 'the body is too large' });

export const emptyDocument: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };
