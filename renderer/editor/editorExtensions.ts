// The editor's schema and behaviour, in one list: StarterKit (paragraphs, H2/H3, marks, lists, quotes,
// rule, hard break, undo/redo) plus our own extensions (figures, simple tables…), one file each in extensions/.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import type { i18n as I18n } from 'i18next';
import { CaptionSelectAll } from './extensions/captionSelectAll';
import { Figure } from './extensions/figure';
import { LinkShortcut } from './extensions/linkShortcut';
import { PastePolicy } from './extensions/pastePolicy';
import { PhotoFiles } from './extensions/photoFiles';
import { SafeLink } from './extensions/safeLink';
import type { FigureHost } from './figure/figureHost';
import { figureNodeView } from './figure/figureNodeView';
import { SimpleTable } from './extensions/table';

interface EditorHooks {
  placeholder: string;
  openLinkDialog: () => void;
  onPhotoFiles: (files: File[], pos: number | null) => void;
  /** What the figures need from the screen, read when they need it. */
  figureHost: () => FigureHost | null;
  i18n: I18n;
  /** Extensions the editor's host owns (the spelling checker). */
  extra?: AnyExtension[];
}

export function editorExtensions({ placeholder, openLinkDialog, onPhotoFiles, figureHost, i18n, extra = [] }: EditorHooks) {
  return [
    StarterKit.configure({ link: false, heading: { levels: [2, 3] } }),
    SafeLink,
    Placeholder.configure({ placeholder, includeChildren: false }),
    Figure.configure({ nodeView: figureNodeView({ host: figureHost, i18n }) }),
    CaptionSelectAll,
    PastePolicy,
    LinkShortcut.configure({ openLinkDialog }),
    PhotoFiles.configure({ onFiles: onPhotoFiles }),
    SimpleTable,
    ...extra,
  ];
}
