// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import i18next from 'i18next';
import { resources } from '../../../common/i18n/catalog';
import type { DocNode } from '../../../contract/schemas/document';
import { Figure } from '../extensions/figure';
import type { FigureHost } from './figureHost';
import { figureNodeView } from './figureNodeView';

let editor: Editor;
afterEach(() => editor?.destroy());

const figure = (photoId: number | null, caption: string, credit = ''): DocNode => ({
  type: 'figure',
  attrs: { photoId, credit },
  content: caption ? [{ type: 'text', text: caption }] : [],
});

async function makeEditor(...content: DocNode[]) {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'en', fallbackLng: 'en', showSupportNotice: false, interpolation: { escapeValue: false } });
  const host: FigureHost = { photoSrc: (id, size) => `/photo/${id}/${size}`, addPhoto: vi.fn() };
  editor = new Editor({
    extensions: [StarterKit, Figure.configure({ nodeView: figureNodeView({ host: () => host, i18n }) })],
    content: { type: 'doc', content },
  });
  const figures = () => [...editor.view.dom.querySelectorAll('figure')];
  return { i18n, host, figures };
}

function figurePositions(): number[] {
  const positions: number[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'figure') positions.push(pos);
  });
  return positions;
}

describe('the figure node view', () => {
  it('shows the photo, decoded async and loaded lazily, with the caption as its alt text and the credit', async () => {
    const { figures } = await makeEditor(figure(7, 'Quang cảnh Hội nghị', 'Ảnh: TTXVN'));
    const [shown] = figures();
    const image = shown!.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('/photo/7/display');
    expect(image.getAttribute('decoding')).toBe('async');
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(image.alt).toBe('Quang cảnh Hội nghị');
    expect(shown!.dataset.photoId).toBe('7');
    expect(shown!.querySelector('figcaption')!.textContent).toBe('Quang cảnh Hội nghị');
    expect(shown!.querySelector<HTMLInputElement>('[data-testid="figure-credit"]')!.value).toBe('Ảnh: TTXVN');
  });

  it('offers "Add photo" while it awaits one, asking the host for the photo of that figure', async () => {
    const { figures, host } = await makeEditor({ type: 'paragraph', content: [{ type: 'text', text: 'Mở đầu' }] }, figure(null, ''));
    const add = figures()[0]!.querySelector<HTMLButtonElement>('[data-testid="figure-add-photo"]')!;
    expect(add.textContent).toBe('Add photo');
    expect(figures()[0]!.querySelector('figcaption')!.classList.contains('is-empty')).toBe(true);
    add.click();
    expect(host.addPhoto).toHaveBeenCalledWith(figurePositions()[0]);
  });

  it('follows the node: a photo attached, a caption typed, a credit set elsewhere', async () => {
    const { figures } = await makeEditor(figure(null, ''));
    const pos = figurePositions()[0]!;
    editor.commands.setFigurePhoto(pos, { photoId: 12, credit: 'Ảnh: Minh Khôi' });
    editor.commands.insertContentAt(pos + 1, 'Đại biểu dự Hội nghị');
    const [shown] = figures();
    expect(shown!.querySelector('[data-testid="figure-add-photo"]')).toBeNull();
    expect(shown!.querySelector('img')!.getAttribute('src')).toBe('/photo/12/display');
    expect(shown!.querySelector('img')!.alt).toBe('Đại biểu dự Hội nghị');
    expect(shown!.querySelector<HTMLInputElement>('[data-testid="figure-credit"]')!.value).toBe('Ảnh: Minh Khôi');
    expect(shown!.querySelector('figcaption')!.classList.contains('is-empty')).toBe(false);
  });

  it('writes what is typed in the credit field to the node', async () => {
    const { figures } = await makeEditor(figure(3, 'Chú thích'));
    const input = figures()[0]!.querySelector<HTMLInputElement>('[data-testid="figure-credit"]')!;
    input.value = 'Ảnh: Đức Anh';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(editor.state.doc.firstChild!.attrs.credit).toBe('Ảnh: Đức Anh');
  });

  it('removes the figure with its × button', async () => {
    const { figures } = await makeEditor(figure(3, 'Một'), figure(4, 'Hai'));
    figures()[0]!.querySelector<HTMLButtonElement>('.figure-tools button')!.click();
    expect(figurePositions()).toHaveLength(1);
    expect(editor.state.doc.firstChild!.attrs.photoId).toBe(4);
    expect(figures().map((shown) => shown.dataset.photoId)).toEqual(['4']);
  });

  it('speaks the reader’s language and follows a switch', async () => {
    const { figures, i18n } = await makeEditor(figure(null, ''));
    const [shown] = figures();
    expect(shown!.querySelector('.figure-handle')!.getAttribute('aria-label')).toBe('Drag to move');
    await i18n.changeLanguage('vi');
    expect(shown!.querySelector('[data-testid="figure-add-photo"]')!.textContent).toBe('Thêm ảnh');
    expect(shown!.querySelector('.figure-tools button')!.getAttribute('aria-label')).toBe('Xóa khung ảnh');
    expect(shown!.querySelector('figcaption')!.dataset.placeholder).toBe('Chú thích ảnh');
    expect(shown!.querySelector<HTMLInputElement>('[data-testid="figure-credit"]')!.placeholder).toBe('Nguồn ảnh');
  });
});
