// What the checker reports. A finding names its kind, the text it covers (block index and UTF-16 offsets
// into that block's text), what to write instead (best first) and a message code the faces translate from
// the `spelling.message` catalog entries.

export const findingKinds = ['spelling', 'telex', 'tonePlacement', 'spacing', 'quotes', 'repeatedWord', 'dateFormat'] as const;
export type FindingKind = (typeof findingKinds)[number];

/** Spelling kinds say the word is wrong; the others are house style, and may be fixed all at once. */
export const styleKinds: readonly FindingKind[] = ['tonePlacement', 'spacing', 'quotes', 'repeatedWord', 'dateFormat'];

export const findingMessages = [
  'notASyllable',
  'notAWord',
  'unconvertedTelex',
  'tonePlacementOld',
  'tonePlacementNew',
  'doubleSpace',
  'spaceBeforePunctuation',
  'noSpaceAfterPunctuation',
  'straightQuote',
  'repeatedWord',
  'dateFormat',
] as const;
export type FindingMessage = (typeof findingMessages)[number];

export interface Finding {
  kind: FindingKind;
  /** The text as it stands in the block. */
  text: string;
  /** Index of the text block in reading order. */
  block: number;
  /** Start of `text` in the block's text (UTF-16 code units). */
  offset: number;
  /** End of `text` in the block's text (exclusive). */
  end: number;
  /** Replacements for `text`, best first; may be empty (spelling with no good guess). */
  suggestions: string[];
  message: FindingMessage;
}

/** A finding inside one block, before it knows which block it is in (the per-block cache keeps these). */
export type BlockFinding = Omit<Finding, 'block'>;

/**
 * House tone style, named as the newsroom brief names them: 'new' writes `hòa`, `thủy`, `khỏe` (the default,
 * the seed's style); 'old' writes `hoà`, `thuỷ`, `khoẻ`. (Some references name the two the other way round;
 * the README shows both with examples.)
 */
export type ToneStyle = 'old' | 'new';
export const toneStyles: readonly ToneStyle[] = ['old', 'new'];
export const defaultToneStyle: ToneStyle = 'new';

export function isStyleKind(kind: FindingKind): boolean {
  return styleKinds.includes(kind);
}
