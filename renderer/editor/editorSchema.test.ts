// @vitest-environment jsdom
// The editor and the file import parse with one schema: the editor's list is built on the common one, so the
// two cannot drift apart (a node or mark added to the editor alone would make imports write something else).
import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import i18next from 'i18next';
import { editorSchema } from '../../common/document/editorSchema';
import { editorExtensions } from './editorExtensions';

function specOf(schema: ReturnType<typeof editorSchema>) {
  const nodes = Object.values(schema.nodes).map((type) => ({ name: type.name, content: type.spec.content ?? '', attrs: Object.keys(type.spec.attrs ?? {}) }));
  const marks = Object.values(schema.marks).map((type) => ({ name: type.name, attrs: Object.keys(type.spec.attrs ?? {}) }));
  return { nodes, marks };
}

describe('the editor schema', () => {
  it('is the common schema: the same nodes and marks, with the same content and attributes', () => {
    const extensions = editorExtensions({ placeholder: '', openLinkDialog: () => {}, onPhotoFiles: () => {}, figureHost: () => null, i18n: i18next });
    const editor = specOf(getSchema(extensions));
    const common = specOf(editorSchema());
    expect(editor).toEqual(common);
    expect(common.nodes.map((node) => node.name)).toEqual(expect.arrayContaining(['paragraph', 'heading', 'figure', 'table', 'tableCell', 'hardBreak']));
    expect(common.marks.map((mark) => mark.name)).toEqual(expect.arrayContaining(['bold', 'italic', 'underline', 'link']));
  });
});
