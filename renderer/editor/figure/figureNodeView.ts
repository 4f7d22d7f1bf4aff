// The figure as the reporter sees it: the photo (or an "Add photo" action while it awaits one), the caption
// as ordinary editable text below it, and the photo credit. Drag the handle to move the figure.
// Plain DOM, not a React node view: a long article mounts dozens of figures at once, and a React root per
// figure was the largest part of opening one. TipTap's NodeView base brings the event and mutation rules
// (buttons and the credit field keep their events, the caption is ProseMirror's) and the handle's drag.
import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { i18n as I18n } from 'i18next';
import type { FigureHost } from './figureHost';

export interface FigureViewOptions {
  /** The screen's current host (photo addresses, the photo picker); read when needed, never cached. */
  host: () => FigureHost | null;
  i18n: I18n;
}

export function figureNodeView({ host, i18n }: FigureViewOptions) {
  return (props: NodeViewRendererProps) => new FigureNodeView(props, host, i18n);
}

class FigureNodeView extends NodeView<null> {
  private readonly figure = document.createElement('figure');
  private readonly media = document.createElement('div');
  private readonly caption = document.createElement('figcaption');
  private readonly credit = document.createElement('input');
  private readonly handle = document.createElement('span');
  private readonly removeButton = document.createElement('button');
  /** The placeholder's text and button, shown while the figure awaits its photo. */
  private readonly awaitingNote = document.createElement('span');
  private readonly addButton = document.createElement('button');
  private shownPhotoId: number | null | undefined;
  /** The photo, or the placeholder awaiting one. */
  private shown: HTMLElement | undefined;

  constructor(
    props: NodeViewRendererProps,
    private readonly host: () => FigureHost | null,
    private readonly i18n: I18n,
  ) {
    super(null, props);
    const { figure, media, caption, credit, handle, removeButton } = this;
    figure.className = 'figure';
    media.className = 'figure-media';
    media.contentEditable = 'false';
    caption.className = 'figure-caption';

    const tools = document.createElement('div');
    tools.className = 'figure-tools';
    handle.className = 'figure-handle';
    handle.dataset.dragHandle = '';
    handle.draggable = true;
    handle.textContent = '⠿';
    removeButton.type = 'button';
    removeButton.className = 'quiet';
    removeButton.textContent = '×';
    removeButton.addEventListener('click', this.remove);
    tools.append(handle, removeButton);
    media.append(tools);

    const creditBox = document.createElement('div');
    creditBox.className = 'figure-credit';
    creditBox.contentEditable = 'false';
    credit.type = 'text';
    credit.dataset.testid = 'figure-credit';
    credit.addEventListener('input', () => this.updateAttributes({ credit: credit.value }));
    creditBox.append(credit);

    figure.append(media, caption, creditBox);
    figure.addEventListener('dragstart', (event) => this.onDragStart(event));
    this.i18n.on('languageChanged', this.label);
    this.label();
    this.show(this.node);
  }

  override get dom(): HTMLElement {
    return this.figure;
  }

  override get contentDOM(): HTMLElement {
    return this.caption;
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.show(node);
    return true;
  }

  selectNode(): void {
    this.figure.classList.add('is-selected');
  }

  deselectNode(): void {
    this.figure.classList.remove('is-selected');
  }

  destroy(): void {
    this.i18n.off('languageChanged', this.label);
  }

  /** The node's attributes and caption onto the DOM, touching only what changed. */
  private show(node: ProseMirrorNode): void {
    const photoId = (node.attrs.photoId as number | null) ?? null;
    if (photoId !== this.shownPhotoId) {
      this.shownPhotoId = photoId;
      const src = photoId ? this.host()?.photoSrc(photoId, 'display') : undefined;
      this.shown?.remove();
      this.shown = src ? this.photo(src) : this.placeholder();
      this.media.prepend(this.shown);
      if (photoId) this.figure.dataset.photoId = String(photoId);
      else delete this.figure.dataset.photoId;
    }
    const image = this.media.querySelector('img');
    if (image && image.alt !== node.textContent) image.alt = node.textContent;
    const credit = node.attrs.credit as string;
    if (this.credit.value !== credit) this.credit.value = credit;
    this.caption.classList.toggle('is-empty', node.content.size === 0);
  }

  private photo(src: string): HTMLElement {
    const image = document.createElement('img');
    image.draggable = false;
    // Off-screen photos of a long article neither hold up its opening nor decode on the main thread.
    image.decoding = 'async';
    image.loading = 'lazy';
    image.src = src;
    return image;
  }

  private placeholder(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'figure-placeholder';
    this.awaitingNote.className = 'muted';
    const add = this.addButton;
    add.type = 'button';
    add.className = 'primary';
    add.dataset.testid = 'figure-add-photo';
    add.onclick = () => {
      const pos = this.getPos();
      if (typeof pos === 'number') this.host()?.addPhoto(pos);
    };
    box.append(this.awaitingNote, add);
    return box;
  }

  private readonly label = () => {
    const t = this.i18n.t.bind(this.i18n);
    this.handle.title = t('figure.move');
    this.handle.setAttribute('aria-label', t('figure.move'));
    this.removeButton.title = t('figure.remove');
    this.removeButton.setAttribute('aria-label', t('figure.remove'));
    this.caption.dataset.placeholder = t('figure.captionPlaceholder');
    this.credit.placeholder = t('figure.creditPlaceholder');
    this.credit.setAttribute('aria-label', t('figure.creditLabel'));
    this.awaitingNote.textContent = t('figure.awaitingPhoto');
    this.addButton.textContent = t('figure.addPhoto');
  };

  private readonly remove = () => {
    // The caret takes the figure's place, so the focus does not drop to the page with the button.
    const pos = this.getPos();
    this.deleteNode();
    this.editor.commands.focus(typeof pos === 'number' ? Math.min(pos, this.editor.state.doc.content.size) : 'end');
  };
}
