// The Word styles of an exported report: every paragraph carries a named style, so an editor restyles the
// whole report from Word's Styles pane. Word's own built-ins where they exist (Title, Heading 1/2, Caption,
// Quote, List Paragraph, Hyperlink), named styles of ours for the rest (Sapo, Dateline, Figure, Photo
// Credit, Credit Line). Fonts every Word has that hold every Vietnamese letter: Times New Roman and Arial.
import { AlignmentType, LevelFormat, LineRuleType, type ILevelsOptions, type INumberingOptions, type IStylesOptions } from 'docx';

export const styleIds = {
  sapo: 'Sapo',
  dateline: 'Dateline',
  figure: 'Figure',
  caption: 'Caption',
  photoCredit: 'PhotoCredit',
  creditLine: 'CreditLine',
  quote: 'Quote',
  listParagraph: 'ListParagraph',
  /** A rule: an empty paragraph with a bottom border, named so an import knows it from an empty line. */
  rule: 'HorizontalLine',
} as const;

const serif = 'Times New Roman';
const sans = 'Arial';
/** Half-points, as Word counts. */
const pt = (points: number) => points * 2;
/** Twentieths of a point. */
const spacing = (pointsBefore: number, pointsAfter: number) => ({ before: pointsBefore * 20, after: pointsAfter * 20 });

export function reportStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: serif, size: pt(12), language: { value: language } },
        paragraph: { spacing: { after: 160, line: 288, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: serif, size: pt(22), bold: true, color: '1B1B1B' }, paragraph: { spacing: spacing(0, 10), keepNext: true } },
      heading1: { run: { font: serif, size: pt(15), bold: true, color: '1B1B1B' }, paragraph: { spacing: spacing(16, 6), keepNext: true, keepLines: true } },
      heading2: { run: { font: serif, size: pt(13), bold: true, color: '1B1B1B' }, paragraph: { spacing: spacing(12, 4), keepNext: true, keepLines: true } },
      caption: { run: { font: sans, size: pt(10), italics: true, color: '404040' }, paragraph: { spacing: spacing(4, 0), keepNext: true, keepLines: true } },
      listParagraph: { paragraph: { spacing: spacing(0, 4) } },
      hyperlink: { run: { color: '0B57D0', underline: {} } },
    },
    paragraphStyles: [
      { id: styleIds.sapo, name: 'Sapo', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { spacing: spacing(0, 12) } },
      { id: styleIds.dateline, name: 'Dateline', basedOn: 'Normal', next: 'Title', quickFormat: true, run: { font: sans, size: pt(10), color: '555555' }, paragraph: { spacing: spacing(0, 6) } },
      { id: styleIds.figure, name: 'Figure', basedOn: 'Normal', next: styleIds.caption, quickFormat: true, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, spacing: spacing(12, 0) } },
      { id: styleIds.photoCredit, name: 'Photo Credit', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: sans, size: pt(9), italics: true, color: '555555' }, paragraph: { alignment: AlignmentType.RIGHT, spacing: spacing(0, 0) } },
      { id: styleIds.creditLine, name: 'Credit Line', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { alignment: AlignmentType.RIGHT, spacing: spacing(18, 0) } },
      { id: styleIds.quote, name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '333333' }, paragraph: { indent: { left: 720, right: 720 } } },
      { id: styleIds.rule, name: 'Horizontal Line', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: spacing(6, 12) } },
    ],
  };
}

export const bulletReference = 'report-bullets';

export function orderedReference(start: number): string {
  return `report-numbers-${start}`;
}

/** Nine levels each, as Word's own lists have; numbered lists get one definition per starting number. */
export function reportNumbering(orderedStarts: ReadonlySet<number>): INumberingOptions {
  const bullets = ['•', '◦', '▪'];
  const bulletLevels: ILevelsOptions[] = Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: bullets[level % bullets.length]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  const numberLevels = (start: number): ILevelsOptions[] =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: formats[level % formats.length]!,
      text: `%${level + 1}.`,
      start: level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    }));
  return {
    config: [
      { reference: bulletReference, levels: bulletLevels },
      ...[...orderedStarts].map((start) => ({ reference: orderedReference(start), levels: numberLevels(start) })),
    ],
  };
}
