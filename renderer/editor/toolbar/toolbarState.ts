// The toolbar's pressed and enabled flags. "Active" is cheap and read on every transaction; "can run" builds
// a command chain per button, so it is recomputed only when what it depends on changes: where the caret is
// in the document's structure, the stored marks, and whether there is anything to undo or redo. Typing inside
// a paragraph changes none of these.
import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { ToolbarAction } from './toolbarActions';

export function caretContextKey(editor: Editor): string {
  const { selection, storedMarks } = editor.state;
  const { $from, $to, empty } = selection;
  const path: string[] = [];
  for (let depth = 0; depth <= $from.depth; depth++) path.push(`${$from.node(depth).type.name}:${$from.index(depth)}`);
  const range = empty ? '' : `${$to.pos - $from.pos}@${$from.pos}`;
  const marks = (storedMarks ?? $from.marks()).map((mark) => mark.type.name).join(',');
  return `${path.join('/')}|${range}|${marks}|${undoDepth(editor.state) > 0}|${redoDepth(editor.state) > 0}|${editor.isEditable}`;
}

export function createToolbarState(actions: readonly ToolbarAction[]) {
  let lastKey: string | undefined;
  let canRun = '';
  return (editor: Editor): string => {
    const key = caretContextKey(editor);
    if (key !== lastKey) {
      lastKey = key;
      canRun = actions.map((action) => (action.canRun(editor) ? '1' : '0')).join('');
    }
    const active = actions.map((action) => (action.isActive?.(editor) ? '1' : '0')).join('');
    return `${active}|${canRun}`;
  };
}
