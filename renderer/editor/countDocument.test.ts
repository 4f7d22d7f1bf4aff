// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { documentToPlainText } from '../../common/text/documentText';
import type { DocNode } from '../../contract/schemas/document';
import { readSeed } from '../../tests/helpers/seed';
import { countText } from '../../common/text/countText';
import { countDocument, documentBodyText } from './countDocument';
import { Figure, captionContent } from './extensions/figure';

describe('countDocument', () => {
  it('counts the seed body as the store does: 871 words, captions left out', () => {
    const seed = readSeed();
    const content: DocNode[] = [
      { type: 'figure', attrs: { photoId: null, credit: '' }, content: captionContent(seed.captions[0]!) },
      ...seed.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    ];
    const editor = new Editor({ extensions: [StarterKit, Figure], content: { type: 'doc', content } });
    const counts = countDocument(editor.state.doc);
    expect(counts.words).toBe(871);
    expect(documentBodyText(editor.state.doc)).toBe(documentToPlainText(editor.getJSON() as DocNode));
    expect(counts.characters).toBeGreaterThan(4000);
    editor.destroy();
  });

  it('ignores tokens without a letter or digit and counts NFD text as NFC', () => {
    const editor = new Editor({ extensions: [StarterKit], content: `<p>${'Đảng - thường trực …'.normalize('NFD')}</p><h2>Hội nghị 2022</h2>` });
    // 8 tokens; '-' and '…' hold no letter or digit.
    expect(countDocument(editor.state.doc)).toEqual({ words: 8 - 2, characters: 'Đảng - thường trực …'.length + 'Hội nghị 2022'.length });
    editor.destroy();
  });

  it('counts block by block what the whole text counts, edit after edit (each block remembered by its node)', () => {
    const seed = readSeed();
    const content = seed.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
    const editor = new Editor({ extensions: [StarterKit], content: { type: 'doc', content } });
    const whole = () => countText(documentBodyText(editor.state.doc));
    expect(countDocument(editor.state.doc)).toEqual(whole());
    const inSecond = editor.state.doc.child(0).nodeSize + 3;
    editor.commands.insertContentAt(inSecond, ' Đảng ủy khối');
    expect(countDocument(editor.state.doc)).toEqual(whole());
    editor.chain().setTextSelection(inSecond).splitBlock().run();
    expect(countDocument(editor.state.doc)).toEqual(whole());
    editor.commands.deleteRange({ from: 1, to: editor.state.doc.child(0).nodeSize + 5 });
    expect(countDocument(editor.state.doc)).toEqual(whole());
    editor.commands.setContent('<p>   </p><p>Hết.</p>');
    expect(countDocument(editor.state.doc)).toEqual({ words: 1, characters: 4 });
    editor.destroy();
  });
});
