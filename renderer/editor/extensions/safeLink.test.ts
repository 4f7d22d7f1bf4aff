// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLinkHref, normaliseLinkInput, SafeLink } from './safeLink';

let editor: Editor;
afterEach(() => editor?.destroy());

function makeEditor(html: string): Editor {
  editor = new Editor({ extensions: [StarterKit.configure({ link: false }), SafeLink], content: html });
  return editor;
}

describe('isSafeLinkHref', () => {
  it.each(['https://baochinhphu.vn/tin-tuc', 'http://example.com', 'mailto:toasoan@baomoi.vn', 'https://vi.wikipedia.org/wiki/Đảng'])(
    'allows %s',
    (href) => expect(isSafeLinkHref(href)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', 'ftp://x.vn', 'https://', 'mailto:', '/relative', '', 'newsdesk://app/'])(
    'refuses %s',
    (href) => expect(isSafeLinkHref(href)).toBe(false),
  );
});

describe('normaliseLinkInput', () => {
  it('completes what a reporter types', () => {
    expect(normaliseLinkInput('vnexpress.net/thoi-su')).toBe('https://vnexpress.net/thoi-su');
    expect(normaliseLinkInput('  toasoan@nhandan.vn ')).toBe('mailto:toasoan@nhandan.vn');
    expect(normaliseLinkInput('https://nhandan.vn')).toBe('https://nhandan.vn');
  });
  it('refuses what is not a web or mail link', () => {
    expect(normaliseLinkInput('javascript:alert(1)')).toBeUndefined();
    expect(normaliseLinkInput('   ')).toBeUndefined();
  });
});

describe('SafeLink in the editor', () => {
  it('keeps web and mail links from HTML and drops the rest, keeping their text', () => {
    makeEditor('<p><a href="https://nhandan.vn">Nhân Dân</a> <a href="javascript:alert(1)">độc hại</a> <a href="mailto:a@b.vn">thư</a></p>');
    const html = editor.getHTML();
    expect(html).toContain('href="https://nhandan.vn"');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).not.toContain('javascript:');
    expect(editor.getText()).toContain('độc hại');
  });

  it('setLink refuses an unsafe target', () => {
    makeEditor('<p>Hội nghị</p>');
    editor.commands.selectAll();
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor.getHTML()).not.toContain('<a');
    expect(editor.commands.setLink({ href: 'https://dangcongsan.vn' })).toBe(true);
    expect(editor.getHTML()).toContain('href="https://dangcongsan.vn"');
  });
});
