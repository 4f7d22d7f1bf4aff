// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { documentToPlainText } from '../../common/text/documentText';
import type { DocNode } from '../../contract/schemas/document';
import { readSeed } from '../../tests/helpers/seed';
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
});
