// Simple tables: a header row, rows, and cells holding paragraphs of text, with Tab and Shift+Tab moving
// between cells. The nodes are the schema's (common/document/tableExtension.ts), shared with the file import.
export { SimpleTable, tableNodeTypes } from '../../../common/document/tableExtension';
