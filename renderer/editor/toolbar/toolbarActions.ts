// Every toolbar button: what it does, how to tell it is active, and its keyboard shortcut (TipTap's own
// keymaps, written here once so the tooltip always tells the truth).
import type { Editor } from '@tiptap/core';
import { linkShortcutKey } from '../extensions/linkShortcutKey';

export type ToolbarActionId =
  | 'undo'
  | 'redo'
  | 'paragraph'
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'link'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'horizontalRule'
  | 'insertPhoto'
  | 'insertTable'
  | 'addRowAfter'
  | 'deleteRow'
  | 'addColumnAfter'
  | 'deleteColumn'
  | 'deleteTable';

export interface ToolbarAction {
  id: ToolbarActionId;
  shortcut?: string;
  /** Text shown on the button when it has no icon. */
  glyph?: string;
  isActive?: (editor: Editor) => boolean;
  canRun: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  /** Shown as an entry of this toolbar menu rather than as a button of its own, to keep the toolbar one line. */
  menu?: ToolbarMenuId;
}

export type ToolbarMenuId = 'tableMenu';

export interface ToolbarHost {
  openLinkDialog: () => void;
  insertPhoto: () => void;
}

export function toolbarGroups(host: ToolbarHost): ToolbarAction[][] {
  return [
    [
      { id: 'undo', shortcut: 'Mod-z', canRun: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
      { id: 'redo', shortcut: 'Mod-Shift-z', canRun: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
    ],
    [
      {
        id: 'paragraph',
        glyph: '¶',
        shortcut: 'Mod-Alt-0',
        isActive: (e) => e.isActive('paragraph'),
        canRun: (e) => e.can().setParagraph(),
        run: (e) => e.chain().focus().setParagraph().run(),
      },
      {
        id: 'heading2',
        glyph: 'H2',
        shortcut: 'Mod-Alt-2',
        isActive: (e) => e.isActive('heading', { level: 2 }),
        canRun: (e) => e.can().toggleHeading({ level: 2 }),
        run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
      },
      {
        id: 'heading3',
        glyph: 'H3',
        shortcut: 'Mod-Alt-3',
        isActive: (e) => e.isActive('heading', { level: 3 }),
        canRun: (e) => e.can().toggleHeading({ level: 3 }),
        run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
      },
    ],
    [
      {
        id: 'bold',
        glyph: 'B',
        shortcut: 'Mod-b',
        isActive: (e) => e.isActive('bold'),
        canRun: (e) => e.can().toggleBold(),
        run: (e) => e.chain().focus().toggleBold().run(),
      },
      {
        id: 'italic',
        glyph: 'I',
        shortcut: 'Mod-i',
        isActive: (e) => e.isActive('italic'),
        canRun: (e) => e.can().toggleItalic(),
        run: (e) => e.chain().focus().toggleItalic().run(),
      },
      {
        id: 'underline',
        glyph: 'U',
        shortcut: 'Mod-u',
        isActive: (e) => e.isActive('underline'),
        canRun: (e) => e.can().toggleUnderline(),
        run: (e) => e.chain().focus().toggleUnderline().run(),
      },
      {
        id: 'link',
        shortcut: linkShortcutKey,
        isActive: (e) => e.isActive('link'),
        canRun: (e) => e.isEditable,
        run: () => host.openLinkDialog(),
      },
    ],
    [
      {
        id: 'bulletList',
        shortcut: 'Mod-Shift-8',
        isActive: (e) => e.isActive('bulletList'),
        canRun: (e) => e.can().toggleBulletList(),
        run: (e) => e.chain().focus().toggleBulletList().run(),
      },
      {
        id: 'orderedList',
        shortcut: 'Mod-Shift-7',
        isActive: (e) => e.isActive('orderedList'),
        canRun: (e) => e.can().toggleOrderedList(),
        run: (e) => e.chain().focus().toggleOrderedList().run(),
      },
      {
        id: 'blockquote',
        shortcut: 'Mod-Shift-b',
        isActive: (e) => e.isActive('blockquote'),
        canRun: (e) => e.can().toggleBlockquote(),
        run: (e) => e.chain().focus().toggleBlockquote().run(),
      },
      {
        id: 'horizontalRule',
        canRun: (e) => e.can().setHorizontalRule(),
        run: (e) => e.chain().focus().setHorizontalRule().run(),
      },
    ],
    // Tables and photos share a group: one separator fewer keeps the toolbar one line at 1024 px (issue #16).
    [...tableActions, { id: 'insertPhoto', canRun: (e) => e.isEditable, run: () => host.insertPhoto() }],
  ];
}

/** The table commands exist only in an editor with the table extension (editorExtensions has it). */
const hasTables = (e: Editor) => 'insertTable' in e.commands;

/** A table with a header row; the row, column and delete entries (the "Edit table" menu) work only with the caret in a table. */
const tableActions: ToolbarAction[] = [
  {
    id: 'insertTable',
    // Not inside a table: a cell holds text only, and ProseMirror would split the table around the new one.
    canRun: (e) => hasTables(e) && !e.isActive('table') && e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
    run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  { id: 'addRowAfter', menu: 'tableMenu', canRun: (e) => hasTables(e) && e.can().addRowAfter(), run: (e) => e.chain().focus().addRowAfter().run() },
  { id: 'deleteRow', menu: 'tableMenu', canRun: (e) => hasTables(e) && e.can().deleteRow(), run: (e) => e.chain().focus().deleteRow().run() },
  { id: 'addColumnAfter', menu: 'tableMenu', canRun: (e) => hasTables(e) && e.can().addColumnAfter(), run: (e) => e.chain().focus().addColumnAfter().run() },
  { id: 'deleteColumn', menu: 'tableMenu', canRun: (e) => hasTables(e) && e.can().deleteColumn(), run: (e) => e.chain().focus().deleteColumn().run() },
  { id: 'deleteTable', menu: 'tableMenu', canRun: (e) => hasTables(e) && e.can().deleteTable(), run: (e) => e.chain().focus().deleteTable().run() },
];
