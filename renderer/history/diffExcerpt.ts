// A long stretch of unchanged text between two changes is shortened to its ends: the panel shows where a
// change sits without making the reader scroll through a whole unchanged article. Changed words are never cut.
import type { DiffPart } from '../../contract/schemas/revision';

export type ShownPart = DiffPart | { op: 'gap' };

/** Unchanged text longer than this is cut down to `context` characters either side of the changes. */
const longestKept = 600;
const context = 200;

export function excerptParts(parts: readonly DiffPart[]): ShownPart[] {
  return parts.flatMap((part, index): ShownPart[] => {
    if (part.op !== 'same' || part.text.length <= longestKept) return [part];
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = first ? '' : cutAtSpace(part.text.slice(0, context), 'end');
    const tail = last ? '' : cutAtSpace(part.text.slice(-context), 'start');
    return [...(head ? [{ op: 'same' as const, text: head }] : []), { op: 'gap' }, ...(tail ? [{ op: 'same' as const, text: tail }] : [])];
  });
}

/** Whole words only: the cut falls on a space. */
function cutAtSpace(text: string, side: 'start' | 'end'): string {
  if (side === 'end') {
    const at = text.lastIndexOf(' ');
    return at > 0 ? text.slice(0, at + 1) : text;
  }
  const at = text.indexOf(' ');
  return at >= 0 ? text.slice(at) : text;
}
