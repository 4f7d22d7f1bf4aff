// The editor's schema and behaviour, in one list: the document's schema (common/document/editorSchema.ts:
// StarterKit, safe links, figures, simple tables) plus the editor's own behaviour, one file each in extensions/.
import type { AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import type { i18n as I18n } from 'i18next';
import { documentExtensions } from '../../common/document/editorSchema';
import { CaptionSelectAll } from './extensions/captionSelectAll';
import { Figure } from './extensions/figure';
import { LinkShortcut } from './extensions/linkShortcut';
import { PastePolicy } from './extensions/pastePolicy';
import { PhotoFiles } from './extensions/photoFiles';
import type { FigureHost } from './figure/figureHost';
import { figureNodeView } from './figure/figureNodeView';

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
    // The schema's own list (the file import parses with the same), the figure with its editing and view.
    ...documentExtensions({
      figure: Figure.configure({ nodeView: figureNodeView({ host: figureHost, i18n }) }),
      behaviour: [
        Placeholder.configure({ placeholder, includeChildren: false }),
        CaptionSelectAll,
        PastePolicy,
        LinkShortcut.configure({ openLinkDialog }),
        PhotoFiles.configure({ onFiles: onPhotoFiles }),
      ],
    }),
    ...extra,
  ];
}
