// A table as a real Word table in the "Report Table" table style: thin grey rules, a little padding, and its
// first row bold on a grey ground when that row is a header (Word's "Header Row" style option, tblLook).
// Header rows repeat at the top of each page. The style lives in styles.xml, so an editor restyles every
// table of the report from Word's Table Design tab.
import { Paragraph, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import type { Inline, TableBlock } from '../documentTree/exportDocument';

export const reportTableStyleId = 'ReportTable';

/** 170 mm of line (A4 less 20 mm margins) in twentieths of a point, shared evenly between the columns. */
const lineWidth = 9638;

/** `runs` writes a cell's text as the body's paragraphs write theirs (docxBlocks). */
export function docxTable(table: TableBlock, runs: (inlines: readonly Inline[]) => ParagraphChild[]): Table {
  const width = table.rows[0]?.cells.length ?? 1;
  const columnWidth = Math.floor(lineWidth / width);
  return new Table({
    style: reportTableStyleId,
    width: { size: lineWidth, type: WidthType.DXA },
    columnWidths: Array.from({ length: width }, () => columnWidth),
    tableLook: { firstRow: table.rows[0]?.header === true, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: table.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header || undefined,
          cantSplit: true,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: columnWidth, type: WidthType.DXA },
                // A header row further down has no conditional style: its bold is written on its text.
                children: [new Paragraph({ children: runs(row.header && row !== table.rows[0] ? cell.map((run) => (run.kind === 'text' ? { ...run, bold: true } : run)) : cell) })],
              }),
          ),
        }),
    ),
  });
}

const namespaces =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';
const rule = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="8A8A8A"/>`;

/**
 * styles.xml holding the table style alone, for the docx library's `externalStyles`: its own default styles
 * and the report's paragraph styles are added around it (the library has no table-style builder).
 */
export const reportTableStylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${namespaces}><w:style w:type="table" w:customStyle="1" w:styleId="${reportTableStyleId}"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="264" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(rule).join('')}</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="ECECEC"/></w:tcPr></w:tblStylePr></w:style></w:styles>`;
