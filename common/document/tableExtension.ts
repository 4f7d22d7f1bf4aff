// Simple tables: a header row, rows, and cells holding paragraphs of text (no lists, figures or tables inside
// a cell, and no merged cells: every path from import to export keeps a plain grid). TipTap's table nodes,
// declared here so the editor and the file import share them (renderer/editor/extensions/table.ts); TipTap's
// table brings Tab and Shift+Tab between cells (Tab in the last cell adds a row).
import { Extension } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

/** What a cell holds: inline text in paragraphs, never a block that would not fit a Word or Markdown cell. */
const cellContent = 'paragraph+';

export const SimpleTable = Extension.create({
  name: 'simpleTable',
  addExtensions() {
    return [
      // No inline style on <table>: the page's CSP refuses style attributes (the column widths live in CSS).
      Table.extend({ renderHTML: ({ HTMLAttributes }) => ['table', HTMLAttributes, ['tbody', 0]] }).configure({ resizable: false }),
      TableRow,
      TableHeader.extend({ content: cellContent }),
      TableCell.extend({ content: cellContent }),
    ];
  },
});

export const tableNodeTypes = ['table', 'tableRow', 'tableHeader', 'tableCell'] as const;
