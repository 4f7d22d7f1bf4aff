// The editor's document schema, in one list: StarterKit (paragraphs, H2/H3, marks, lists, quotes, rule, hard
// break, undo/redo) plus the report's own nodes and marks (figures, safe links, simple tables). The editor
// builds on this list (renderer/editor/editorExtensions.ts) and the file import parses with the schema it
// gives, so what an import writes is what the editor holds.
import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';
import { FigureNode } from './figureExtension';
import { SafeLink } from './safeLinkExtension';
import { SimpleTable } from './tableExtension';

export interface DocumentExtensionParts {
  /** The figure as the host configures it (the editor adds its commands and node view). */
  figure?: AnyExtension;
  /** The host's own behaviour (no nodes or marks), placed before the tables as the editor has always had it. */
  behaviour?: AnyExtension[];
}

/** The extensions that make the document's schema, in the editor's order. */
export function documentExtensions({ figure = FigureNode, behaviour = [] }: DocumentExtensionParts = {}): AnyExtension[] {
  return [StarterKit.configure({ link: false, heading: { levels: [2, 3] } }), SafeLink, figure, ...behaviour, SimpleTable];
}

let schema: Schema | undefined;

/** The editor's schema, built once. */
export function editorSchema(): Schema {
  schema ??= getSchema(documentExtensions());
  return schema;
}
