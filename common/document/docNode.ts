// The body of an article as TipTap/ProseMirror JSON: the one document model, read and written by the editor,
// the store, search, import and export alike. The contract validates it (contract/schemas/document.ts).

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

/** Inline content as text: a hard break is a line break; anything else but text counts for nothing. */
export function inlineText(children: readonly DocNode[]): string {
  return children.map((child) => (child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? '\n' : '')).join('');
}
