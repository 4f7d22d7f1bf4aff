// The article the crash worker saves over and over: a headline and a body of about 5,000 words that both carry
// the save's number, so a read after a kill tells which save it holds and that it holds all of one save.
import type { DocNode } from '../../contract/schemas/document';

const sentence = 'Mưa lớn kéo dài khiến nước sông dâng cao, nhiều tuyến đường ở các xã ven sông bị ngập sâu, người dân được sơ tán trong đêm.';
const paragraphs = 180;

export function autosaveBody(save: number): DocNode {
  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `${index === 0 ? `Lần lưu ${save}. ` : ''}${sentence} ${sentence}` }],
    })),
  };
}

/** The save a headline names ("Lần lưu 12" → 12); 0 before the first. */
export function savedNumber(headline: string): number {
  return Number(/^Lần lưu (\d+)$/.exec(headline)?.[1] ?? 0);
}
