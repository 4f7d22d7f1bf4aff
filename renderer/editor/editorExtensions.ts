// The editor's schema and behaviour, in one list: StarterKit (paragraphs, H2/H3, marks, lists, quotes,
// rule, hard break, undo/redo) plus our own extensions, one file each in extensions/.
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { Figure } from './extensions/figure';
import { LinkShortcut } from './extensions/linkShortcut';
import { PastePolicy } from './extensions/pastePolicy';
import { SafeLink } from './extensions/safeLink';
import { FigureView } from './figure/FigureView';

export function editorExtensions({ placeholder, openLinkDialog }: { placeholder: string; openLinkDialog: () => void }) {
  return [
    StarterKit.configure({ link: false, heading: { levels: [2, 3] } }),
    SafeLink,
    Placeholder.configure({ placeholder, includeChildren: false }),
    Figure.configure({ nodeView: ReactNodeViewRenderer(FigureView) }),
    PastePolicy,
    LinkShortcut.configure({ openLinkDialog }),
  ];
}
