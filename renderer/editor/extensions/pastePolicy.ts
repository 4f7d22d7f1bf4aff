// Every paste goes through here: HTML is sanitised (sanitizePastedHtml), plain text becomes paragraphs split
// on blank lines (a lone line break stays a line break), and all of it is NFC, whatever the source sent.
import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { sanitizePastedHtml } from '../sanitizePastedHtml';

/** Lines holding only spaces, tabs or no-break spaces count as blank, as in the reporters' own files. */
const blankLine = /^[\s\u00a0\u2007\u202f\ufeff]*$/;

export function plainTextToSlice(text: string, schema: Schema): Slice {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (blankLine.test(line)) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  const nodes = paragraphs.map((paragraphLines) => schema.nodes.paragraph!.create(null, inlineLines(paragraphLines, schema)));
  return new Slice(Fragment.from(nodes), nodes.length > 0 ? 1 : 0, nodes.length > 0 ? 1 : 0);
}

function inlineLines(lines: string[], schema: Schema): PMNode[] {
  return lines.flatMap((line, index) => [...(index > 0 ? [schema.nodes.hardBreak!.create()] : []), ...(line ? [schema.text(line)] : [])]);
}

export const PastePolicy = Extension.create({
  name: 'pastePolicy',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pastePolicy'),
        props: {
          transformPastedHTML: (html) => sanitizePastedHtml(html),
          clipboardTextParser: (text, _context, _plain, view) => plainTextToSlice(text, view.state.schema),
          transformPastedText: (text) => text.normalize('NFC'),
        },
      }),
    ];
  },
});
