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
  const labels = figureLabels(i18n);
  return (props: NodeViewRendererProps) => new FigureNodeView(props, host, i18n, labels);
}

type Labels = ReturnType<ReturnType<typeof figureLabels>>;

/** The figure's words, translated once per language, not once per figure. */
function figureLabels(i18n: I18n) {
  let language: string | undefined;
  let labels: Record<'move' | 'remove' | 'captionPlaceholder' | 'creditPlaceholder' | 'creditLabel' | 'awaitingPhoto' | 'addPhoto', string>;
  return () => {
    if (i18n.language !== language) {
      language = i18n.language;
      labels = {
        move: i18n.t('figure.move'),
        remove: i18n.t('figure.remove'),
        captionPlaceholder: i18n.t('figure.captionPlaceholder'),
        creditPlaceholder: i18n.t('figure.creditPlaceholder'),
        creditLabel: i18n.t('figure.creditLabel'),
        awaitingPhoto: i18n.t('figure.awaitingPhoto'),
        addPhoto: i18n.t('figure.addPhoto'),
      };
    }
    return labels;
  };
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
    private readonly labels: () => Labels,
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
    image.setAttribute('decoding', 'async');
    image.setAttribute('loading', 'lazy');
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
    const labels = this.labels();
    this.handle.title = labels.move;
    this.handle.setAttribute('aria-label', labels.move);
    this.removeButton.title = labels.remove;
    this.removeButton.setAttribute('aria-label', labels.remove);
    this.caption.dataset.placeholder = labels.captionPlaceholder;
    this.credit.placeholder = labels.creditPlaceholder;
    this.credit.setAttribute('aria-label', labels.creditLabel);
    this.awaitingNote.textContent = labels.awaitingPhoto;
    this.addButton.textContent = labels.addPhoto;
  };

  private readonly remove = () => {
    // The caret takes the figure's place, so the focus does not drop to the page with the button.
    const pos = this.getPos();
    this.deleteNode();
    this.editor.commands.focus(typeof pos === 'number' ? Math.min(pos, this.editor.state.doc.content.size) : 'end');
  };
}
