// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { sanitizePastedHtml } from '../sanitizePastedHtml';
import { PastePolicy, plainTextToSlice } from './pastePolicy';
import { SafeLink } from './safeLink';

// ProseMirror's pasteText/pasteHTML build a ClipboardEvent only as a carrier; jsdom has none.
if (!('ClipboardEvent' in globalThis)) {
  Object.assign(globalThis, { ClipboardEvent: class extends Event { clipboardData = null; } });
}

let editor: Editor;
afterEach(() => editor?.destroy());

function makeEditor(): Editor {
  editor = new Editor({ extensions: [StarterKit.configure({ link: false, heading: { levels: [2, 3] } }), SafeLink, PastePolicy], content: '<p></p>' });
  return editor;
}

const hostile = `
  <meta charset="utf-8"><style>p{color:red}</style>
  <h1 class="Title" style="mso-x:1">Tiêu đề <script>alert(1)</script></h1>
  <p class="MsoNormal" style="margin:0" onclick="alert(2)">Đoạn <span style="font-weight:bold">đậm</span>
    <span style="font-style:italic">nghiêng</span> <a href="javascript:alert(3)">xấu</a>
    <a href="https://nhandan.vn" target="_blank" onmouseover="x()">tốt</a><o:p></o:p></p>
  <img src="https://tracker.example/pixel.gif" onerror="alert(4)">
  <iframe src="https://evil.example/"></iframe>
  <ul><li>một</li><li>hai</li></ul>
  <blockquote>trích dẫn</blockquote>
  <svg><script>alert(5)</script></svg>
  <form action="https://evil.example"><input value="x"></form>`;

describe('sanitizePastedHtml', () => {
  it('keeps structure and formatting, drops styles, scripts, frames, handlers, bad links and images', () => {
    const clean = sanitizePastedHtml(hostile);
    expect(clean).toContain('<h2>Tiêu đề </h2>');
    expect(clean).toContain('<strong>đậm</strong>');
    expect(clean).toContain('<em>nghiêng</em>');
    expect(clean).toContain('<a href="https://nhandan.vn">tốt</a>');
    expect(clean).toContain('xấu');
    expect(clean).toContain('<ul><li>một</li><li>hai</li></ul>');
    expect(clean).toContain('<blockquote>trích dẫn</blockquote>');
    for (const banned of ['<script', 'alert', 'onclick', 'onmouseover', 'onerror', '<img', '<iframe', 'javascript:', 'style=', 'class=', 'tracker.example', 'evil.example', '<svg', '<form', '<input', '<o:p']) {
      expect(clean, banned).not.toContain(banned);
    }
  });

  it('unwraps the Google Docs <b style="font-weight:normal"> wrapper', () => {
    expect(sanitizePastedHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p>Văn bản</p></b>')).toBe('<p>Văn bản</p>');
  });

  it('makes pasted NFD text NFC', () => {
    const nfd = '<p>Đảng nghị thường trực</p>'.normalize('NFD');
    expect(sanitizePastedHtml(nfd)).toBe('<p>Đảng nghị thường trực</p>'.normalize('NFC'));
  });
});

describe('plain-text paste', () => {
  it('splits paragraphs on blank lines (no-break-space lines count as blank) and keeps single line breaks', () => {
    makeEditor();
    const slice = plainTextToSlice('Quang cảnh\r\nHội nghị\n\u00a0\n\nĐoạn hai'.normalize('NFD'), editor.schema);
    expect(slice.content.childCount).toBe(2);
    expect(slice.content.child(0).content.childCount).toBe(3); // text, hard break, text
    expect(slice.content.child(0).textContent).toBe('Quang cảnhHội nghị'.normalize('NFC'));
    expect(slice.content.child(1).textContent).toBe('Đoạn hai');
  });

  it('pastes through the editor as paragraphs', () => {
    makeEditor();
    editor.view.pasteText('Một\n\nHai\nba');
    expect(editor.getJSON().content!.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(editor.getText()).toContain('Một');
  });

  it('pastes hostile HTML through the editor without any of its payload', () => {
    makeEditor();
    editor.view.pasteHTML(hostile);
    const html = editor.getHTML();
    expect(html).toContain('<h2>');
    expect(html).toContain('<strong>đậm</strong>');
    expect(html).not.toMatch(/script|alert|javascript:|<img|iframe|style=/);
  });
});
