import type { DocNode } from '../../../contract/schemas/document';

/** What the bare page fetches from /content.json. */
export interface BarePageContent {
  doc: DocNode;
  /** The real editor body's computed width, font size and line height, so both sides break lines alike. */
  text: { widthPx: number; fontSize: string; lineHeight: string };
}
